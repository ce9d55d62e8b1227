from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TicketComment")

_FIELDS = frozenset(
    (
        "body",
        "author",
        "created_at",
    )
)


@_attrs_define
class TicketComment:
    """One comment on a ticket."""

    body: str
    """ The comment's text. """

    author: str
    """ Who wrote it. """

    created_at: datetime.datetime
    """ When it was written. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        author = self.author

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "author": author,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        ticket_comment = cls(
            src_dict["body"],  # body
            src_dict["author"],  # author
            datetime.datetime.fromisoformat(src_dict["created_at"]),  # created_at
        )
        if len(src_dict) != 3:  # every required key was read: any other is unknown
            ticket_comment.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return ticket_comment

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
