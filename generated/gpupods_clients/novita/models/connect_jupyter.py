from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectJupyter")

_FIELDS = frozenset(
    (
        "port",
        "address",
        "isRunning",
    )
)


@_attrs_define
class ConnectJupyter:
    port: int | None | Unset = UNSET

    address: None | str | Unset = UNSET

    is_running: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        is_running: bool | None | Unset
        if isinstance(self.is_running, Unset):
            is_running = UNSET
        else:
            is_running = self.is_running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port is not UNSET:
            field_dict["port"] = port
        if address is not UNSET:
            field_dict["address"] = address
        if is_running is not UNSET:
            field_dict["isRunning"] = is_running

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        connect_jupyter = cls(
            src_dict.get("port", UNSET),  # port
            src_dict.get("address", UNSET),  # address
            src_dict.get("isRunning", UNSET),  # is_running
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            connect_jupyter.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return connect_jupyter

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
