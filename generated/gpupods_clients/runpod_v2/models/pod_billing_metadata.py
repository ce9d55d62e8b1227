from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pod_billing_amounts import PodBillingAmounts
    from ..models.pod_billing_query import PodBillingQuery


T = TypeVar("T", bound="PodBillingMetadata")


@_attrs_define
class PodBillingMetadata:
    query: PodBillingQuery
    record_count: int
    unique_pod_count: int
    totals: PodBillingAmounts
    """ USD. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        record_count = self.record_count

        unique_pod_count = self.unique_pod_count

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "recordCount": record_count,
                "uniquePodCount": unique_pod_count,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pod_billing_amounts import PodBillingAmounts  # noqa: PLC0415
        from ..models.pod_billing_query import PodBillingQuery  # noqa: PLC0415

        d = dict(src_dict)
        query = PodBillingQuery.from_dict(d.pop("query"))

        record_count = d.pop("recordCount")

        unique_pod_count = d.pop("uniquePodCount")

        totals = PodBillingAmounts.from_dict(d.pop("totals"))

        pod_billing_metadata = cls(
            query=query,
            record_count=record_count,
            unique_pod_count=unique_pod_count,
            totals=totals,
        )

        pod_billing_metadata.additional_properties = d
        return pod_billing_metadata

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
