from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingRecord")

_FIELDS = frozenset(
    (
        "amount",
        "diskSpaceBilledGb",
        "endpointId",
        "gpuTypeId",
        "podId",
        "time",
        "timeBilledMs",
    )
)


@_attrs_define
class BillingRecord:
    """Charges for one time bucket and group."""

    amount: float | Unset = UNSET
    """ USD. """

    disk_space_billed_gb: int | Unset = UNSET

    endpoint_id: str | Unset = UNSET

    gpu_type_id: str | Unset = UNSET

    pod_id: str | Unset = UNSET

    time: datetime.datetime | Unset = UNSET
    """ Start of the bucket. """

    time_billed_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        disk_space_billed_gb = self.disk_space_billed_gb

        endpoint_id = self.endpoint_id

        gpu_type_id = self.gpu_type_id

        pod_id = self.pod_id

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        time_billed_ms = self.time_billed_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if disk_space_billed_gb is not UNSET:
            field_dict["diskSpaceBilledGb"] = disk_space_billed_gb
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if gpu_type_id is not UNSET:
            field_dict["gpuTypeId"] = gpu_type_id
        if pod_id is not UNSET:
            field_dict["podId"] = pod_id
        if time is not UNSET:
            field_dict["time"] = time
        if time_billed_ms is not UNSET:
            field_dict["timeBilledMs"] = time_billed_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        billing_record = cls(
            src_dict.get("amount", UNSET),  # amount
            src_dict.get("diskSpaceBilledGb", UNSET),  # disk_space_billed_gb
            src_dict.get("endpointId", UNSET),  # endpoint_id
            src_dict.get("gpuTypeId", UNSET),  # gpu_type_id
            src_dict.get("podId", UNSET),  # pod_id
            datetime.datetime.fromisoformat(src_dict["time"])
            if "time" in src_dict
            else UNSET,  # time
            src_dict.get("timeBilledMs", UNSET),  # time_billed_ms
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            billing_record.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return billing_record

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
