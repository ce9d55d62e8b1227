from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectLog")

_FIELDS = frozenset(
    (
        "systemLogAddress",
        "instanceLogAddress",
        "isRunning",
    )
)


@_attrs_define
class ConnectLog:
    system_log_address: None | str | Unset = UNSET

    instance_log_address: None | str | Unset = UNSET

    is_running: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_log_address: None | str | Unset
        if isinstance(self.system_log_address, Unset):
            system_log_address = UNSET
        else:
            system_log_address = self.system_log_address

        instance_log_address: None | str | Unset
        if isinstance(self.instance_log_address, Unset):
            instance_log_address = UNSET
        else:
            instance_log_address = self.instance_log_address

        is_running: bool | None | Unset
        if isinstance(self.is_running, Unset):
            is_running = UNSET
        else:
            is_running = self.is_running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_log_address is not UNSET:
            field_dict["systemLogAddress"] = system_log_address
        if instance_log_address is not UNSET:
            field_dict["instanceLogAddress"] = instance_log_address
        if is_running is not UNSET:
            field_dict["isRunning"] = is_running

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        connect_log = cls(
            src_dict.get("systemLogAddress", UNSET),  # system_log_address
            src_dict.get("instanceLogAddress", UNSET),  # instance_log_address
            src_dict.get("isRunning", UNSET),  # is_running
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            connect_log.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return connect_log

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
