from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_enum import ProtocolEnum
from ..models.used_by_enum import UsedByEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PortMapping")

_FIELDS = frozenset(
    (
        "internal",
        "external",
        "protocol",
        "usedBy",
        "description",
    )
)


@_attrs_define
class PortMapping:
    """A port exposed by the pod."""

    internal: str

    external: str

    protocol: ProtocolEnum

    used_by: None | Unset | UsedByEnum = UNSET

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal = self.internal

        external = self.external

        protocol: str = self.protocol

        used_by: None | str | Unset
        if isinstance(self.used_by, Unset):
            used_by = UNSET
        elif isinstance(self.used_by, str):
            used_by = self.used_by
        else:
            used_by = self.used_by

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "internal": internal,
                "external": external,
                "protocol": protocol,
            }
        )
        if used_by is not UNSET:
            field_dict["usedBy"] = used_by
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        port_mapping = cls(
            src_dict["internal"],  # internal
            src_dict["external"],  # external
            src_dict["protocol"],  # protocol
            src_dict.get("usedBy", UNSET),  # used_by
            src_dict.get("description", UNSET),  # description
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            port_mapping.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return port_mapping

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
