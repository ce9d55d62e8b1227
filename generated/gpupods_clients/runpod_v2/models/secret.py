from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Secret")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "createdAt",
        "description",
        "valueLastUpdatedAt",
    )
)


@_attrs_define
class Secret:
    """A stored secret; its value is never returned."""

    id: str

    name: str

    created_at: datetime.datetime

    description: None | str | Unset = UNSET

    value_last_updated_at: datetime.datetime | None | Unset = UNSET
    """ When the value was set or last rotated. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        value_last_updated_at: None | str | Unset
        if isinstance(self.value_last_updated_at, Unset):
            value_last_updated_at = UNSET
        elif isinstance(self.value_last_updated_at, datetime.datetime):
            value_last_updated_at = self.value_last_updated_at.isoformat()
        else:
            value_last_updated_at = self.value_last_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdAt": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if value_last_updated_at is not UNSET:
            field_dict["valueLastUpdatedAt"] = value_last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _value_last_updated_at = src_dict.get("valueLastUpdatedAt", UNSET)
        value_last_updated_at: datetime.datetime | None | Unset
        if _value_last_updated_at is None or isinstance(_value_last_updated_at, Unset):
            value_last_updated_at = _value_last_updated_at
        else:
            try:
                if not isinstance(_value_last_updated_at, str):
                    raise TypeError()
                value_last_updated_at = datetime.datetime.fromisoformat(
                    _value_last_updated_at
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                value_last_updated_at = _value_last_updated_at

        secret = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            src_dict.get("description", UNSET),  # description
            value_last_updated_at,  # value_last_updated_at
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            secret.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return secret

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
