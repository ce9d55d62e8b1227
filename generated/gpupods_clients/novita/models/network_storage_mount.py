from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkStorageMount")

_FIELDS = frozenset(
    (
        "Id",
        "mountPoint",
    )
)


@_attrs_define
class NetworkStorageMount:
    id: str | Unset = UNSET
    """ Network volume id (capital I, as the API spells it). """

    mount_point: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        mount_point = self.mount_point

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if mount_point is not UNSET:
            field_dict["mountPoint"] = mount_point

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        network_storage_mount = cls(
            src_dict.get("Id", UNSET),  # id
            src_dict.get("mountPoint", UNSET),  # mount_point
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            network_storage_mount.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return network_storage_mount

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
