from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkVolumeBillingRecord")


@_attrs_define
class NetworkVolumeBillingRecord:
    start_time: datetime.datetime
    end_time: datetime.datetime
    total_amount: float
    standard_amount: float
    high_performance_amount: float
    network_volume_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        total_amount = self.total_amount

        standard_amount = self.standard_amount

        high_performance_amount = self.high_performance_amount

        network_volume_id = self.network_volume_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
                "totalAmount": total_amount,
                "standardAmount": standard_amount,
                "highPerformanceAmount": high_performance_amount,
                "networkVolumeId": network_volume_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        total_amount = d.pop("totalAmount")

        standard_amount = d.pop("standardAmount")

        high_performance_amount = d.pop("highPerformanceAmount")

        network_volume_id = d.pop("networkVolumeId")

        network_volume_billing_record = cls(
            start_time=start_time,
            end_time=end_time,
            total_amount=total_amount,
            standard_amount=standard_amount,
            high_performance_amount=high_performance_amount,
            network_volume_id=network_volume_id,
        )

        network_volume_billing_record.additional_properties = d
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
