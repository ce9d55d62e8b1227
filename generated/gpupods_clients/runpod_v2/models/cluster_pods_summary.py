from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_pods_summary_by_status import ClusterPodsSummaryByStatus


T = TypeVar("T", bound="ClusterPodsSummary")


@_attrs_define
class ClusterPodsSummary:
    total: int
    by_status: ClusterPodsSummaryByStatus
    """ Number of member pods per pod status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_status = self.by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "byStatus": by_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_pods_summary_by_status import (
            ClusterPodsSummaryByStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        total = d.pop("total")

        by_status = ClusterPodsSummaryByStatus.from_dict(d.pop("byStatus"))

        cluster_pods_summary = cls(
            total=total,
            by_status=by_status,
        )

        cluster_pods_summary.additional_properties = d
        return cluster_pods_summary

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
