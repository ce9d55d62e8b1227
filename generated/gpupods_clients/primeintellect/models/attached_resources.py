from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachable_resource_status import (
    AttachableResourceStatus,
)
from ..models.attachable_resource_type import (
    AttachableResourceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachedResources")

_FIELDS = frozenset(
    (
        "resourceType",
        "id",
        "status",
        "isDetachable",
        "mountPath",
        "resourcePath",
        "size",
        "isShared",
    )
)


@_attrs_define
class AttachedResources:
    """A disk attached to the pod."""

    resource_type: AttachableResourceType

    id: int | str

    status: AttachableResourceStatus | Unset = UNSET

    is_detachable: bool | Unset = True

    mount_path: str | Unset = "/workspace"

    resource_path: None | str | Unset = UNSET

    size: int | None | str | Unset = UNSET

    is_shared: bool | None | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type: str = self.resource_type

        id: int | str
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        is_detachable = self.is_detachable

        mount_path = self.mount_path

        resource_path: None | str | Unset
        if isinstance(self.resource_path, Unset):
            resource_path = UNSET
        else:
            resource_path = self.resource_path

        size: int | None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        is_shared: bool | None | Unset
        if isinstance(self.is_shared, Unset):
            is_shared = UNSET
        else:
            is_shared = self.is_shared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceType": resource_type,
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if is_detachable is not UNSET:
            field_dict["isDetachable"] = is_detachable
        if mount_path is not UNSET:
            field_dict["mountPath"] = mount_path
        if resource_path is not UNSET:
            field_dict["resourcePath"] = resource_path
        if size is not UNSET:
            field_dict["size"] = size
        if is_shared is not UNSET:
            field_dict["isShared"] = is_shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        attached_resources = cls(
            src_dict["resourceType"],  # resource_type
            src_dict["id"],  # id
            src_dict.get("status", UNSET),  # status
            src_dict.get("isDetachable", UNSET),  # is_detachable
            src_dict.get("mountPath", UNSET),  # mount_path
            src_dict.get("resourcePath", UNSET),  # resource_path
            src_dict.get("size", UNSET),  # size
            src_dict.get("isShared", UNSET),  # is_shared
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            attached_resources.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return attached_resources

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
