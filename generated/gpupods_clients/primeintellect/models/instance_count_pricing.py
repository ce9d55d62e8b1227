from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceCountPricing")

_FIELDS = frozenset(("cheapest",))


@_attrs_define
class InstanceCountPricing:
    """Best prices for one GPU type and count."""

    cheapest: None | PricingInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)
        _cheapest = src_dict.get("cheapest", UNSET)
        cheapest: None | PricingInfo | Unset
        if _cheapest is None or isinstance(_cheapest, Unset):
            cheapest = _cheapest
        else:
            try:
                if not isinstance(_cheapest, dict):
                    raise TypeError()
                cheapest = PricingInfo.from_dict(_cheapest)
            except (TypeError, ValueError, AttributeError, KeyError):
                cheapest = _cheapest

        instance_count_pricing = cls(
            cheapest,  # cheapest
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            instance_count_pricing.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.pricing_info import PricingInfo  # noqa: E402
