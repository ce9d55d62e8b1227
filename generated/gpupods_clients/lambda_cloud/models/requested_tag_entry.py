from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestedTagEntry")

_FIELDS = frozenset(
    (
        "key",
        "value",
    )
)


@_attrs_define
class RequestedTagEntry:
    """A key/value label to set."""

    key: str
    """ The label's key. """

    value: str
    """ The label's value. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        requested_tag_entry = cls(
            src_dict["key"],  # key
            src_dict["value"],  # value
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            requested_tag_entry.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return requested_tag_entry

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
