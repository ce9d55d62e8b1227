from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingInfo")

_FIELDS = frozenset(
    (
        "onDemand",
        "communityPrice",
        "spotPrice",
    )
)


@_attrs_define
class PricingInfo:
    on_demand: float | None | Unset = UNSET

    community_price: float | None | Unset = UNSET

    spot_price: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_demand: float | None | Unset
        if isinstance(self.on_demand, Unset):
            on_demand = UNSET
        else:
            on_demand = self.on_demand

        community_price: float | None | Unset
        if isinstance(self.community_price, Unset):
            community_price = UNSET
        else:
            community_price = self.community_price

        spot_price: float | None | Unset
        if isinstance(self.spot_price, Unset):
            spot_price = UNSET
        else:
            spot_price = self.spot_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_demand is not UNSET:
            field_dict["onDemand"] = on_demand
        if community_price is not UNSET:
            field_dict["communityPrice"] = community_price
        if spot_price is not UNSET:
            field_dict["spotPrice"] = spot_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        pricing_info = cls(
            src_dict.get("onDemand", UNSET),  # on_demand
            src_dict.get("communityPrice", UNSET),  # community_price
            src_dict.get("spotPrice", UNSET),  # spot_price
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            pricing_info.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pricing_info

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
