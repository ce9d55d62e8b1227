from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.serverless_billing_amounts import ServerlessBillingAmounts
    from ..models.serverless_billing_query import ServerlessBillingQuery


T = TypeVar("T", bound="ServerlessBillingMetadata")


@_attrs_define
class ServerlessBillingMetadata:
    query: ServerlessBillingQuery
    record_count: int
    unique_serverless_count: int
    totals: ServerlessBillingAmounts
    """ USD. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        record_count = self.record_count

        unique_serverless_count = self.unique_serverless_count

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "recordCount": record_count,
                "uniqueServerlessCount": unique_serverless_count,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.serverless_billing_amounts import (
            ServerlessBillingAmounts,  # noqa: PLC0415
        )
        from ..models.serverless_billing_query import (
            ServerlessBillingQuery,  # noqa: PLC0415
        )

        d = dict(src_dict)
        query = ServerlessBillingQuery.from_dict(d.pop("query"))

        record_count = d.pop("recordCount")

        unique_serverless_count = d.pop("uniqueServerlessCount")

        totals = ServerlessBillingAmounts.from_dict(d.pop("totals"))

        serverless_billing_metadata = cls(
            query=query,
            record_count=record_count,
            unique_serverless_count=unique_serverless_count,
            totals=totals,
        )

        serverless_billing_metadata.additional_properties = d
        return serverless_billing_metadata

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
