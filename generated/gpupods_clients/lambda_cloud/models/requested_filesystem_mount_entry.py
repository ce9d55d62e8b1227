from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestedFilesystemMountEntry")

_FIELDS = frozenset(
    (
        "mount_point",
        "file_system_id",
    )
)


@_attrs_define
class RequestedFilesystemMountEntry:
    """Where to mount a filesystem."""

    mount_point: str
    """ A path under /home, /lambda/nfs or /data. """

    file_system_id: str
    """ The filesystem's id. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_point = self.mount_point

        file_system_id = self.file_system_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mount_point": mount_point,
                "file_system_id": file_system_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        requested_filesystem_mount_entry = cls(
            src_dict["mount_point"],  # mount_point
            src_dict["file_system_id"],  # file_system_id
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            requested_filesystem_mount_entry.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return requested_filesystem_mount_entry

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
