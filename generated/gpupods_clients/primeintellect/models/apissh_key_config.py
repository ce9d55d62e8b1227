from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="APISSHKeyConfig")

_FIELDS = frozenset(
    (
        "id",
        "userId",
        "name",
        "publicKey",
        "isPrimary",
        "isUserKey",
        "createdAt",
        "updatedAt",
    )
)


@_attrs_define
class APISSHKeyConfig:
    """A stored SSH public key."""

    id: str

    user_id: str

    name: str

    public_key: str

    is_primary: bool

    is_user_key: bool

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        name = self.name

        public_key = self.public_key

        is_primary = self.is_primary

        is_user_key = self.is_user_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userId": user_id,
                "name": name,
                "publicKey": public_key,
                "isPrimary": is_primary,
                "isUserKey": is_user_key,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        apissh_key_config = cls(
            src_dict["id"],  # id
            src_dict["userId"],  # user_id
            src_dict["name"],  # name
            src_dict["publicKey"],  # public_key
            src_dict["isPrimary"],  # is_primary
            src_dict["isUserKey"],  # is_user_key
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET,  # created_at
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET,  # updated_at
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            apissh_key_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return apissh_key_config

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
