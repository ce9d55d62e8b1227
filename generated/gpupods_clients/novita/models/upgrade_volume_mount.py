from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upgrade_volume_mount_type import (
    UpgradeVolumeMountType,
    check_upgrade_volume_mount_type,
)

T = TypeVar("T", bound="UpgradeVolumeMount")


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
        d = dict(src_dict)
        type_ = check_upgrade_volume_mount_type(d.pop("type"))

        id = d.pop("id")

        mount_path = d.pop("mountPath")

        upgrade_volume_mount = cls(
            type_=type_,
            id=id,
            mount_path=mount_path,
        )

        upgrade_volume_mount.additional_properties = d
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
