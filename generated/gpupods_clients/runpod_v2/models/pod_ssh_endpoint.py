from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PodSshEndpoint")

_FIELDS = frozenset(
    (
        "host",
        "port",
        "username",
        "command",
    )
)


@_attrs_define
class PodSshEndpoint:
    host: str

    port: int

    username: str

    command: str
    """ A complete ssh command line to paste. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        username = self.username

        command = self.command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "port": port,
                "username": username,
                "command": command,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        pod_ssh_endpoint = cls(
            src_dict["host"],  # host
            src_dict["port"],  # port
            src_dict["username"],  # username
            src_dict["command"],  # command
        )
        if len(src_dict) != 4:  # every required key was read: any other is unknown
            pod_ssh_endpoint.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pod_ssh_endpoint

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
