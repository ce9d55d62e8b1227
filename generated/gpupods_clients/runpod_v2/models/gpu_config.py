from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GpuConfig")

_FIELDS = frozenset(
    (
        "id",
        "vcpuCount",
        "memory",
        "count",
    )
)


@_attrs_define
class GpuConfig:
    """The GPU part of a pod, with what the pod was given besides its GPUs."""

    id: str
    """ Catalog GPU type id. """

    vcpu_count: float
    """ vCPUs of the whole pod. """

    memory: float
    """ System RAM of the whole pod, GB. """

    count: int | Unset = 1

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vcpu_count = self.vcpu_count

        memory = self.memory

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vcpuCount": vcpu_count,
                "memory": memory,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        gpu_config = cls(
            src_dict["id"],  # id
            src_dict["vcpuCount"],  # vcpu_count
            src_dict["memory"],  # memory
            src_dict.get("count", UNSET),  # count
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            gpu_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return gpu_config

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
