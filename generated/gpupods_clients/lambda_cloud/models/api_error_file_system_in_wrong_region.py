from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_error_file_system_in_wrong_region_code import (
    ApiErrorFileSystemInWrongRegionCode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiErrorFileSystemInWrongRegion")

_FIELDS = frozenset(
    (
        "code",
        "message",
        "suggestion",
    )
)


@_attrs_define
class ApiErrorFileSystemInWrongRegion:
    """A filesystem named in a launch lives in another region than the instance."""

    code: ApiErrorFileSystemInWrongRegionCode
    """ The error's stable code. """

    message: str
    """ What went wrong, for people. """

    suggestion: str | Unset = UNSET
    """ What may fix it, for people. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        message = self.message

        suggestion = self.suggestion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        api_error_file_system_in_wrong_region = cls(
            src_dict["code"],  # code
            src_dict["message"],  # message
            src_dict.get("suggestion", UNSET),  # suggestion
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            api_error_file_system_in_wrong_region.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return api_error_file_system_in_wrong_region

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
