from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateNetworkVolumeRequest")

_FIELDS = frozenset(
    (
        "name",
        "size",
    )
)


@_attrs_define
class UpdateNetworkVolumeRequest:
    name: str | Unset = UNSET

    size: int | Unset = UNSET
    """ GB; may only grow. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        update_network_volume_request = cls(
            src_dict.get("name", UNSET),  # name
            src_dict.get("size", UNSET),  # size
        )
        return update_network_volume_request
