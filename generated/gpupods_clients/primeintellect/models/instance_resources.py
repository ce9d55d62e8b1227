from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceResources")

_FIELDS = frozenset(
    (
        "memory",
        "disk",
        "shared_disk",
        "vcpus",
    )
)


@_attrs_define
class InstanceResources:
    """Sizes granted to the pod (memory and disks in GB)."""

    memory: int | None | Unset = UNSET

    disk: int | None | Unset = UNSET

    shared_disk: int | None | Unset = UNSET

    vcpus: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory: int | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        disk: int | None | Unset
        if isinstance(self.disk, Unset):
            disk = UNSET
        else:
            disk = self.disk

        shared_disk: int | None | Unset
        if isinstance(self.shared_disk, Unset):
            shared_disk = UNSET
        else:
            shared_disk = self.shared_disk

        vcpus: int | None | Unset
        if isinstance(self.vcpus, Unset):
            vcpus = UNSET
        else:
            vcpus = self.vcpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk is not UNSET:
            field_dict["disk"] = disk
        if shared_disk is not UNSET:
            field_dict["shared_disk"] = shared_disk
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance_resources = cls(
            src_dict.get("memory", UNSET),  # memory
            src_dict.get("disk", UNSET),  # disk
            src_dict.get("shared_disk", UNSET),  # shared_disk
            src_dict.get("vcpus", UNSET),  # vcpus
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            instance_resources.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_resources

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
