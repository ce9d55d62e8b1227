from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkVolumeBillingRecord")

_FIELDS = frozenset(
    (
        "amount",
        "diskSpaceBilledGb",
        "highPerformanceStorageAmount",
        "highPerformanceStorageDiskSpaceBilledGb",
        "time",
    )
)


@_attrs_define
class NetworkVolumeBillingRecord:
    """Storage charges for one time bucket."""

    amount: float | Unset = UNSET
    """ USD. """

    disk_space_billed_gb: int | Unset = UNSET

    high_performance_storage_amount: float | Unset = UNSET

    high_performance_storage_disk_space_billed_gb: int | Unset = UNSET

    time: datetime.datetime | Unset = UNSET
    """ Start of the bucket. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        disk_space_billed_gb = self.disk_space_billed_gb

        high_performance_storage_amount = self.high_performance_storage_amount

        high_performance_storage_disk_space_billed_gb = (
            self.high_performance_storage_disk_space_billed_gb
        )

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if disk_space_billed_gb is not UNSET:
            field_dict["diskSpaceBilledGb"] = disk_space_billed_gb
        if high_performance_storage_amount is not UNSET:
            field_dict["highPerformanceStorageAmount"] = high_performance_storage_amount
        if high_performance_storage_disk_space_billed_gb is not UNSET:
            field_dict["highPerformanceStorageDiskSpaceBilledGb"] = (
                high_performance_storage_disk_space_billed_gb
            )
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        network_volume_billing_record = cls(
            src_dict.get("amount", UNSET),  # amount
            src_dict.get("diskSpaceBilledGb", UNSET),  # disk_space_billed_gb
            src_dict.get(
                "highPerformanceStorageAmount", UNSET
            ),  # high_performance_storage_amount
            src_dict.get(
                "highPerformanceStorageDiskSpaceBilledGb", UNSET
            ),  # high_performance_storage_disk_space_billed_gb
            datetime.datetime.fromisoformat(src_dict["time"])
            if "time" in src_dict
            else UNSET,  # time
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            network_volume_billing_record.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return network_volume_billing_record

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
