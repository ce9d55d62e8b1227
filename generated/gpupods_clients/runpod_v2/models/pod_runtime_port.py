from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PodRuntimePort")

_FIELDS = frozenset(
    (
        "private",
        "public",
        "type",
        "ip",
    )
)


@_attrs_define
class PodRuntimePort:
    """How one container port is reached from outside."""

    private: int | Unset = UNSET

    public: int | None | Unset = UNSET

    type_: str | Unset = UNSET

    ip: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private = self.private

        public: int | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        type_ = self.type_

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if private is not UNSET:
            field_dict["private"] = private
        if public is not UNSET:
            field_dict["public"] = public
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        pod_runtime_port = cls(
            src_dict.get("private", UNSET),  # private
            src_dict.get("public", UNSET),  # public
            src_dict.get("type", UNSET),  # type_
            src_dict.get("ip", UNSET),  # ip
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            pod_runtime_port.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pod_runtime_port

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
