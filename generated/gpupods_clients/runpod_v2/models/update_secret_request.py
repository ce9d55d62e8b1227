from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSecretRequest")

_FIELDS = frozenset(
    (
        "value",
        "description",
    )
)


@_attrs_define
class UpdateSecretRequest:
    value: str | Unset = UNSET
    """ Under 16 MiB of UTF-8. """

    description: str | Unset = UNSET
    """ An empty string clears it. """

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        update_secret_request = cls(
            src_dict.get("value", UNSET),  # value
            src_dict.get("description", UNSET),  # description
        )
        return update_secret_request
