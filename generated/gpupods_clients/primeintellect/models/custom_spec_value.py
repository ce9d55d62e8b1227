from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomSpecValue")

_FIELDS = frozenset(
    (
        "minCount",
        "defaultCount",
        "maxCount",
        "pricePerUnit",
        "step",
        "defaultIncludedInPrice",
        "additionalInfo",
    )
)


@_attrs_define
class CustomSpecValue:
    """A configurable size (disk, memory, vCPUs) with its bounds and unit price."""

    min_count: int | None | Unset = UNSET

    default_count: int | None | Unset = UNSET

    max_count: int | None | Unset = UNSET

    price_per_unit: float | None | Unset = UNSET

    step: int | None | Unset = UNSET

    default_included_in_price: bool | None | Unset = UNSET

    additional_info: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_count: int | None | Unset
        if isinstance(self.min_count, Unset):
            min_count = UNSET
        else:
            min_count = self.min_count

        default_count: int | None | Unset
        if isinstance(self.default_count, Unset):
            default_count = UNSET
        else:
            default_count = self.default_count

        max_count: int | None | Unset
        if isinstance(self.max_count, Unset):
            max_count = UNSET
        else:
            max_count = self.max_count

        price_per_unit: float | None | Unset
        if isinstance(self.price_per_unit, Unset):
            price_per_unit = UNSET
        else:
            price_per_unit = self.price_per_unit

        step: int | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        default_included_in_price: bool | None | Unset
        if isinstance(self.default_included_in_price, Unset):
            default_included_in_price = UNSET
        else:
            default_included_in_price = self.default_included_in_price

        additional_info: None | str | Unset
        if isinstance(self.additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = self.additional_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_count is not UNSET:
            field_dict["minCount"] = min_count
        if default_count is not UNSET:
            field_dict["defaultCount"] = default_count
        if max_count is not UNSET:
            field_dict["maxCount"] = max_count
        if price_per_unit is not UNSET:
            field_dict["pricePerUnit"] = price_per_unit
        if step is not UNSET:
            field_dict["step"] = step
        if default_included_in_price is not UNSET:
            field_dict["defaultIncludedInPrice"] = default_included_in_price
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        custom_spec_value = cls(
            src_dict.get("minCount", UNSET),  # min_count
            src_dict.get("defaultCount", UNSET),  # default_count
            src_dict.get("maxCount", UNSET),  # max_count
            src_dict.get("pricePerUnit", UNSET),  # price_per_unit
            src_dict.get("step", UNSET),  # step
            src_dict.get("defaultIncludedInPrice", UNSET),  # default_included_in_price
            src_dict.get("additionalInfo", UNSET),  # additional_info
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            custom_spec_value.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return custom_spec_value

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
