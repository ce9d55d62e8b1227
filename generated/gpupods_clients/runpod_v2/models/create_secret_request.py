from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSecretRequest")

_FIELDS = frozenset(
    (
        "name",
        "value",
        "description",
    )
)


@_attrs_define
class CreateSecretRequest:
    name: str
    """ Unique in the account and fixed once set; names starting with RUNPOD (any case) are refused. """

    value: str
    """ Under 16 MiB of UTF-8. """

    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_secret_request = cls(
            src_dict["name"],  # name
            src_dict["value"],  # value
            src_dict.get("description", UNSET),  # description
        )
        return create_secret_request
