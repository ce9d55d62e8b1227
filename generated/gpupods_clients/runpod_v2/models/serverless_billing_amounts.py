from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerlessBillingAmounts")

_FIELDS = frozenset(
    (
        "totalAmount",
        "gpuAmount",
        "cpuAmount",
        "diskAmount",
        "feeAmount",
    )
)


@_attrs_define
class ServerlessBillingAmounts:
    """USD."""

    total_amount: float

    gpu_amount: float

    cpu_amount: float

    disk_amount: float

    fee_amount: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        gpu_amount = self.gpu_amount

        cpu_amount = self.cpu_amount

        disk_amount = self.disk_amount

        fee_amount = self.fee_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAmount": total_amount,
                "gpuAmount": gpu_amount,
                "cpuAmount": cpu_amount,
                "diskAmount": disk_amount,
                "feeAmount": fee_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        serverless_billing_amounts = cls(
            src_dict["totalAmount"],  # total_amount
            src_dict["gpuAmount"],  # gpu_amount
            src_dict["cpuAmount"],  # cpu_amount
            src_dict["diskAmount"],  # disk_amount
            src_dict["feeAmount"],  # fee_amount
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            serverless_billing_amounts.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return serverless_billing_amounts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
