from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upgrade_volume_mount_type import (
    UpgradeVolumeMountType,
)

T = TypeVar("T", bound="UpgradeVolumeMount")

_FIELDS = frozenset(
    (
        "type",
        "id",
        "mountPath",
    )
)


@_attrs_define
class UpgradeVolumeMount:
    type_: UpgradeVolumeMountType

    id: str

    mount_path: str = "/network"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id = self.id

        mount_path = self.mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "mountPath": mount_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        upgrade_volume_mount = cls(
            src_dict["type"],  # type_
            src_dict["id"],  # id
            src_dict["mountPath"],  # mount_path
        )
        if len(src_dict) != 3:  # every required key was read: any other is unknown
            upgrade_volume_mount.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return upgrade_volume_mount

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
