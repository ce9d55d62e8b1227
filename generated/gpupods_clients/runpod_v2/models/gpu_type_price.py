from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GpuTypePrice")

_FIELDS = frozenset(
    (
        "secure",
        "community",
        "serverless",
    )
)


@_attrs_define
class GpuTypePrice:
    """List price in USD per GPU-hour; multiply by the GPU count. Account discounts not applied."""

    secure: float

    community: float

    serverless: float | Unset = UNSET
    """ Rate of the GPU's serverless pool; absent if it has none. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secure = self.secure

        community = self.community

        serverless = self.serverless

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secure": secure,
                "community": community,
            }
        )
        if serverless is not UNSET:
            field_dict["serverless"] = serverless

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        gpu_type_price = cls(
            src_dict["secure"],  # secure
            src_dict["community"],  # community
            src_dict.get("serverless", UNSET),  # serverless
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            gpu_type_price.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return gpu_type_price

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
