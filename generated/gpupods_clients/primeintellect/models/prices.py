from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency, check_currency
from ..types import UNSET, Unset

T = TypeVar("T", bound="Prices")


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
        d = dict(src_dict)
        currency = check_currency(d.pop("currency"))

        def _parse_on_demand(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        on_demand = _parse_on_demand(d.pop("onDemand", UNSET))

        def _parse_community_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        community_price = _parse_community_price(d.pop("communityPrice", UNSET))

        def _parse_is_variable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_variable = _parse_is_variable(d.pop("isVariable", UNSET))

        prices = cls(
            currency=currency,
            on_demand=on_demand,
            community_price=community_price,
            is_variable=is_variable,
        )

        prices.additional_properties = d
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
