from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateRegistryRequest")

_FIELDS = frozenset(
    (
        "name",
        "password",
        "username",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_registry_request = cls(
            src_dict["name"],  # name
            src_dict["password"],  # password
            src_dict["username"],  # username
        )
        return create_registry_request
