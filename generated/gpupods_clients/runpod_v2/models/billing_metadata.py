from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.billing_amounts import BillingAmounts
    from ..models.billing_query import BillingQuery


T = TypeVar("T", bound="BillingMetadata")


@_attrs_define
class BillingMetadata:
    query: BillingQuery
    """ The window and bucket size the answer covers. """
    record_count: int
    totals: BillingAmounts
    """ USD, in total and per kind of charge. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        record_count = self.record_count

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "recordCount": record_count,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_amounts import BillingAmounts  # noqa: PLC0415
        from ..models.billing_query import BillingQuery  # noqa: PLC0415

        d = dict(src_dict)
        query = BillingQuery.from_dict(d.pop("query"))

        record_count = d.pop("recordCount")

        totals = BillingAmounts.from_dict(d.pop("totals"))

        billing_metadata = cls(
            query=query,
            record_count=record_count,
            totals=totals,
        )

        billing_metadata.additional_properties = d
        return billing_metadata

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
