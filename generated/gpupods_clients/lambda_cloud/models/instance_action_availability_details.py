from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_action_unavailable_code import (
    InstanceActionUnavailableCode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceActionAvailabilityDetails")

_FIELDS = frozenset(
    (
        "available",
        "reason_code",
        "reason_description",
    )
)


@_attrs_define
class InstanceActionAvailabilityDetails:
    """Whether one action is allowed now, and if not, why."""

    available: bool
    """ Whether the action can be requested now. """

    reason_code: InstanceActionUnavailableCode | Unset = UNSET
    """ Why an action is not available. """

    reason_description: str | Unset = UNSET
    """ The reason, for people. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        reason_code: str | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code

        reason_description = self.reason_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
            }
        )
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code
        if reason_description is not UNSET:
            field_dict["reason_description"] = reason_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance_action_availability_details = cls(
            src_dict["available"],  # available
            src_dict.get("reason_code", UNSET),  # reason_code
            src_dict.get("reason_description", UNSET),  # reason_description
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            instance_action_availability_details.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_action_availability_details

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
