from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_bucket_size import BillingBucketSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterBillingQuery")

_FIELDS = frozenset(
    (
        "startTime",
        "endTime",
        "bucketSize",
        "clusterId",
    )
)


@_attrs_define
class ClusterBillingQuery:
    start_time: datetime.datetime

    end_time: datetime.datetime

    bucket_size: BillingBucketSize

    cluster_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        bucket_size: str = self.bucket_size

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
                "bucketSize": bucket_size,
            }
        )
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cluster_billing_query = cls(
            datetime.datetime.fromisoformat(src_dict["startTime"]),  # start_time
            datetime.datetime.fromisoformat(src_dict["endTime"]),  # end_time
            src_dict["bucketSize"],  # bucket_size
            src_dict.get("clusterId", UNSET),  # cluster_id
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            cluster_billing_query.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return cluster_billing_query

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
