from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegistryCredentialsSummary")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "server",
        "createdAt",
        "updatedAt",
        "userId",
        "teamId",
    )
)


@_attrs_define
class RegistryCredentialsSummary:
    """Summary of the stored credentials for one container registry."""

    id: str

    name: str

    server: str

    created_at: datetime.datetime

    updated_at: datetime.datetime

    user_id: None | str

    team_id: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        server = self.server

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id: None | str
        user_id = self.user_id

        team_id: None | str
        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "server": server,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "userId": user_id,
                "teamId": team_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        registry_credentials_summary = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["server"],  # server
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            datetime.datetime.fromisoformat(src_dict["updatedAt"]),  # updated_at
            src_dict["userId"],  # user_id
            src_dict["teamId"],  # team_id
        )
        if len(src_dict) != 7:  # every required key was read: any other is unknown
            registry_credentials_summary.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return registry_credentials_summary

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
