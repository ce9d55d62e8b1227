from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="Prices")

_FIELDS = frozenset(
    (
        "currency",
        "onDemand",
        "communityPrice",
        "isVariable",
    )
)


@_attrs_define
class Prices:
    """Hourly prices of an offer."""

    currency: Currency

    on_demand: float | None | Unset = UNSET

    community_price: float | None | Unset = UNSET

    is_variable: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: str = self.currency

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

        is_variable: bool | None | Unset
        if isinstance(self.is_variable, Unset):
            is_variable = UNSET
        else:
            is_variable = self.is_variable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if on_demand is not UNSET:
            field_dict["onDemand"] = on_demand
        if community_price is not UNSET:
            field_dict["communityPrice"] = community_price
        if is_variable is not UNSET:
            field_dict["isVariable"] = is_variable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        prices = cls(
            src_dict["currency"],  # currency
            src_dict.get("onDemand", UNSET),  # on_demand
            src_dict.get("communityPrice", UNSET),  # community_price
            src_dict.get("isVariable", UNSET),  # is_variable
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            prices.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return prices

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
