from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDelegationRequest")

_FIELDS = frozenset(
    (
        "resource",
        "name",
    )
)


@_attrs_define
class CreateDelegationRequest:
    resource: str
    """ ARN of the ECR repository. """

    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "resource": resource,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_delegation_request = cls(
            src_dict["resource"],  # resource
            src_dict.get("name", UNSET),  # name
        )
        return create_delegation_request
