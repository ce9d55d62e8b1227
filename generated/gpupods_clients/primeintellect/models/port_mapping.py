from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol_enum import ProtocolEnum, check_protocol_enum
from ..models.used_by_enum import UsedByEnum, check_used_by_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PortMapping")


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
        d = dict(src_dict)
        internal = d.pop("internal")

        external = d.pop("external")

        protocol = check_protocol_enum(d.pop("protocol"))

        def _parse_used_by(data: object) -> None | Unset | UsedByEnum:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                used_by_type_0 = check_used_by_enum(data)

                return used_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsedByEnum, data)

        used_by = _parse_used_by(d.pop("usedBy", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        port_mapping = cls(
            internal=internal,
            external=external,
            protocol=protocol,
            used_by=used_by,
            description=description,
        )

        port_mapping.additional_properties = d
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
