from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CpuTypeVcpu")

_FIELDS = frozenset(
    (
        "min",
        "max",
    )
)


@_attrs_define
class CpuTypeVcpu:
    """Range of vCPU counts the flavor offers."""

    min_: int

    max_: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cpu_type_vcpu = cls(
            src_dict["min"],  # min_
            src_dict["max"],  # max_
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            cpu_type_vcpu.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return cpu_type_vcpu

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
