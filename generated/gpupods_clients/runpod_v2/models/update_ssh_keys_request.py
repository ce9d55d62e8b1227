from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateSshKeysRequest")

_FIELDS = frozenset(("keys",))


@_attrs_define
class UpdateSshKeysRequest:
    keys: list[str]
    """ OpenSSH public key lines; the list replaces the stored one. """

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "keys": keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        update_ssh_keys_request = cls(
            src_dict["keys"],  # keys
        )
        return update_ssh_keys_request
