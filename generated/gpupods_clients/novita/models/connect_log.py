from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectLog")


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
        d = dict(src_dict)

        def _parse_system_log_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_log_address = _parse_system_log_address(d.pop("systemLogAddress", UNSET))

        def _parse_instance_log_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_log_address = _parse_instance_log_address(
            d.pop("instanceLogAddress", UNSET)
        )

        def _parse_is_running(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_running = _parse_is_running(d.pop("isRunning", UNSET))

        connect_log = cls(
            system_log_address=system_log_address,
            instance_log_address=instance_log_address,
            is_running=is_running,
        )

        connect_log.additional_properties = d
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
