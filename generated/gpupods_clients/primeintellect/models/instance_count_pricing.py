from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricing_info import PricingInfo


T = TypeVar("T", bound="InstanceCountPricing")


@_attrs_define
class InstanceCountPricing:
    """Best prices for one GPU type and count."""

    cheapest: None | PricingInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_info import PricingInfo  # noqa: PLC0415

        cheapest: dict[str, Any] | None | Unset
        if isinstance(self.cheapest, Unset):
            cheapest = UNSET
        elif isinstance(self.cheapest, PricingInfo):
            cheapest = self.cheapest.to_dict()
        else:
            cheapest = self.cheapest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cheapest is not UNSET:
            field_dict["cheapest"] = cheapest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_info import PricingInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cheapest(data: object) -> None | PricingInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cheapest_type_0 = PricingInfo.from_dict(data)

                return cheapest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricingInfo | Unset, data)

        cheapest = _parse_cheapest(d.pop("cheapest", UNSET))

        instance_count_pricing = cls(
            cheapest=cheapest,
        )

        instance_count_pricing.additional_properties = d
        return instance_count_pricing

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
