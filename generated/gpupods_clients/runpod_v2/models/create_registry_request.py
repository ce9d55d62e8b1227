from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateRegistryRequest")


@_attrs_define
class CreateRegistryRequest:
    name: str
    password: str
    username: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "password": password,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        password = d.pop("password")

        username = d.pop("username")

        create_registry_request = cls(
            name=name,
            password=password,
            username=username,
        )

        return create_registry_request
