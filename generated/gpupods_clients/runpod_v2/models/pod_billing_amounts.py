from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PodBillingAmounts")


@_attrs_define
class PodBillingAmounts:
    """USD."""

    total_amount: float
    gpu_amount: float
    cpu_amount: float
    disk_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        gpu_amount = self.gpu_amount

        cpu_amount = self.cpu_amount

        disk_amount = self.disk_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAmount": total_amount,
                "gpuAmount": gpu_amount,
                "cpuAmount": cpu_amount,
                "diskAmount": disk_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_amount = d.pop("totalAmount")

        gpu_amount = d.pop("gpuAmount")

        cpu_amount = d.pop("cpuAmount")

        disk_amount = d.pop("diskAmount")

        pod_billing_amounts = cls(
            total_amount=total_amount,
            gpu_amount=gpu_amount,
            cpu_amount=cpu_amount,
            disk_amount=disk_amount,
        )

        pod_billing_amounts.additional_properties = d
        return pod_billing_amounts

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
