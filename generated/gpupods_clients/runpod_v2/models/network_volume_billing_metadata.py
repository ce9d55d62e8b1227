from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_volume_billing_amounts import NetworkVolumeBillingAmounts
    from ..models.network_volume_billing_query import NetworkVolumeBillingQuery


T = TypeVar("T", bound="NetworkVolumeBillingMetadata")


@_attrs_define
class NetworkVolumeBillingMetadata:
    query: NetworkVolumeBillingQuery
    record_count: int
    unique_network_volume_count: int
    totals: NetworkVolumeBillingAmounts
    """ USD. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        record_count = self.record_count

        unique_network_volume_count = self.unique_network_volume_count

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "recordCount": record_count,
                "uniqueNetworkVolumeCount": unique_network_volume_count,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_volume_billing_amounts import (
            NetworkVolumeBillingAmounts,  # noqa: PLC0415
        )
        from ..models.network_volume_billing_query import (
            NetworkVolumeBillingQuery,  # noqa: PLC0415
        )

        d = dict(src_dict)
        query = NetworkVolumeBillingQuery.from_dict(d.pop("query"))

        record_count = d.pop("recordCount")

        unique_network_volume_count = d.pop("uniqueNetworkVolumeCount")

        totals = NetworkVolumeBillingAmounts.from_dict(d.pop("totals"))

        network_volume_billing_metadata = cls(
            query=query,
            record_count=record_count,
            unique_network_volume_count=unique_network_volume_count,
            totals=totals,
        )

        network_volume_billing_metadata.additional_properties = d
        return network_volume_billing_metadata

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
