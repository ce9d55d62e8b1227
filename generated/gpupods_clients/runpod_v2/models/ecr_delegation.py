from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EcrDelegation")

_FIELDS = frozenset(
    (
        "id",
        "delegatorUserId",
        "awsUser",
        "repository",
        "tag",
        "awsRegion",
        "createdAt",
        "name",
        "dockerRegistryUri",
    )
)


@_attrs_define
class EcrDelegation:
    id: str

    delegator_user_id: str

    aws_user: str

    repository: str

    tag: str

    aws_region: str

    created_at: datetime.datetime

    name: None | str | Unset = UNSET

    docker_registry_uri: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delegator_user_id = self.delegator_user_id

        aws_user = self.aws_user

        repository = self.repository

        tag = self.tag

        aws_region = self.aws_region

        created_at = self.created_at.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        docker_registry_uri = self.docker_registry_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "delegatorUserId": delegator_user_id,
                "awsUser": aws_user,
                "repository": repository,
                "tag": tag,
                "awsRegion": aws_region,
                "createdAt": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if docker_registry_uri is not UNSET:
            field_dict["dockerRegistryUri"] = docker_registry_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        ecr_delegation = cls(
            src_dict["id"],  # id
            src_dict["delegatorUserId"],  # delegator_user_id
            src_dict["awsUser"],  # aws_user
            src_dict["repository"],  # repository
            src_dict["tag"],  # tag
            src_dict["awsRegion"],  # aws_region
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            src_dict.get("name", UNSET),  # name
            src_dict.get("dockerRegistryUri", UNSET),  # docker_registry_uri
        )
        if len(src_dict) > 7 and not _FIELDS.issuperset(src_dict):
            ecr_delegation.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return ecr_delegation

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
