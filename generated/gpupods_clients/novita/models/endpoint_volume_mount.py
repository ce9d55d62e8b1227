from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_volume_mount_type import (
    EndpointVolumeMountType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointVolumeMount")

_FIELDS = frozenset(
    (
        "type",
        "mountPath",
        "size",
        "id",
    )
)


@_attrs_define
class EndpointVolumeMount:
    type_: EndpointVolumeMountType

    mount_path: str

    size: int | None | Unset = UNSET

    id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        mount_path = self.mount_path

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "mountPath": mount_path,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        endpoint_volume_mount = cls(
            src_dict["type"],  # type_
            src_dict["mountPath"],  # mount_path
            src_dict.get("size", UNSET),  # size
            src_dict.get("id", UNSET),  # id
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            endpoint_volume_mount.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint_volume_mount

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
