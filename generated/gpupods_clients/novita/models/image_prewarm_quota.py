from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImagePrewarmQuota")

_FIELDS = frozenset(
    (
        "total",
        "limit",
        "perImageSize",
    )
)


@_attrs_define
class ImagePrewarmQuota:
    total: int

    limit: int

    per_image_size: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        limit = self.limit

        per_image_size = self.per_image_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "limit": limit,
                "perImageSize": per_image_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        image_prewarm_quota = cls(
            src_dict["total"],  # total
            src_dict["limit"],  # limit
            src_dict["perImageSize"],  # per_image_size
        )
        if len(src_dict) != 3:  # every required key was read: any other is unknown
            image_prewarm_quota.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return image_prewarm_quota

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
