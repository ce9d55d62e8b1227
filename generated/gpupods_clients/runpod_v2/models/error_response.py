from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")

_FIELDS = frozenset(
    (
        "title",
        "status",
        "detail",
        "errors",
    )
)


@_attrs_define
class ErrorResponse:
    """An RFC 9457 problem document."""

    title: str

    status: int
    """ The HTTP status again. """

    detail: str

    errors: list[str] | Unset = UNSET
    """ Validation failures, one per entry. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        detail = self.detail

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
                "detail": detail,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        error_response = cls(
            src_dict["title"],  # title
            src_dict["status"],  # status
            src_dict["detail"],  # detail
            src_dict.get("errors", UNSET),  # errors
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            error_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return error_response

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
