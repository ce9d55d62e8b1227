from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceTypeSpecs")

_FIELDS = frozenset(
    (
        "vcpus",
        "memory_gib",
        "storage_gib",
        "gpus",
    )
)


@_attrs_define
class InstanceTypeSpecs:
    """The machine's resources."""

    vcpus: int
    """ Virtual CPUs. """

    memory_gib: int
    """ RAM in GiB. """

    storage_gib: int
    """ Local disk in GiB. """

    gpus: int
    """ GPUs. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vcpus = self.vcpus

        memory_gib = self.memory_gib

        storage_gib = self.storage_gib

        gpus = self.gpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vcpus": vcpus,
                "memory_gib": memory_gib,
                "storage_gib": storage_gib,
                "gpus": gpus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance_type_specs = cls(
            src_dict["vcpus"],  # vcpus
            src_dict["memory_gib"],  # memory_gib
            src_dict["storage_gib"],  # storage_gib
            src_dict["gpus"],  # gpus
        )
        if len(src_dict) != 4:  # every required key was read: any other is unknown
            instance_type_specs.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_type_specs

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
