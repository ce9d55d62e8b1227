from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_severity import TicketSeverity
from ..models.ticket_status import TicketStatus
from ..models.ticket_type import TicketType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Ticket")

_FIELDS = frozenset(
    (
        "id",
        "subject",
        "description",
        "status",
        "created_at",
        "comments",
        "type",
        "severity",
        "external_ticket_provider",
        "external_ticket_id",
        "updated_at",
        "resolved_at",
    )
)


@_attrs_define
class Ticket:
    """A support ticket with its comments."""

    id: str
    """ The ticket's id. """

    subject: str
    """ The one-line summary. """

    description: str
    """ The full text. """

    status: TicketStatus
    """ Where a ticket is in its handling. """

    created_at: datetime.datetime
    """ When it was opened. """

    comments: list[TicketComment]
    """ The conversation so far. """

    type_: TicketType | Unset = UNSET
    """ The kind of ticket, including events Lambda opens itself. """

    severity: TicketSeverity | Unset = UNSET
    """ How bad an incident is, `sev_1` the worst. """

    external_ticket_provider: str | Unset = UNSET
    """ The help-desk system that holds the ticket. """

    external_ticket_id: str | Unset = UNSET
    """ The ticket's id in that system. """

    updated_at: datetime.datetime | Unset = UNSET
    """ When it last changed. """

    resolved_at: datetime.datetime | Unset = UNSET
    """ When it was solved. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        description = self.description

        status: str = self.status

        created_at = self.created_at.isoformat()

        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        external_ticket_provider = self.external_ticket_provider

        external_ticket_id = self.external_ticket_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        resolved_at: str | Unset = UNSET
        if not isinstance(self.resolved_at, Unset):
            resolved_at = self.resolved_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject": subject,
                "description": description,
                "status": status,
                "created_at": created_at,
                "comments": comments,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if severity is not UNSET:
            field_dict["severity"] = severity
        if external_ticket_provider is not UNSET:
            field_dict["external_ticket_provider"] = external_ticket_provider
        if external_ticket_id is not UNSET:
            field_dict["external_ticket_id"] = external_ticket_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        ticket = cls(
            src_dict["id"],  # id
            src_dict["subject"],  # subject
            src_dict["description"],  # description
            src_dict["status"],  # status
            datetime.datetime.fromisoformat(src_dict["created_at"]),  # created_at
            [
                TicketComment.from_dict(item0) for item0 in src_dict["comments"]
            ],  # comments
            src_dict.get("type", UNSET),  # type_
            src_dict.get("severity", UNSET),  # severity
            src_dict.get("external_ticket_provider", UNSET),  # external_ticket_provider
            src_dict.get("external_ticket_id", UNSET),  # external_ticket_id
            datetime.datetime.fromisoformat(src_dict["updated_at"])
            if "updated_at" in src_dict
            else UNSET,  # updated_at
            datetime.datetime.fromisoformat(src_dict["resolved_at"])
            if "resolved_at" in src_dict
            else UNSET,  # resolved_at
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            ticket.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return ticket

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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.ticket_comment import TicketComment  # noqa: E402
