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

T = TypeVar("T", bound="TicketCreateResponse")

_FIELDS = frozenset(
    (
        "id",
        "status",
        "type",
        "created_at",
        "external_ticket_provider",
        "external_ticket_id",
        "severity",
    )
)


@_attrs_define
class TicketCreateResponse:
    """What opening a ticket answers."""

    id: str
    """ The ticket's id. """

    status: TicketStatus
    """ Where a ticket is in its handling. """

    type_: TicketType
    """ The kind of ticket, including events Lambda opens itself. """

    created_at: datetime.datetime
    """ When it was opened. """

    external_ticket_provider: str | Unset = UNSET
    """ The help-desk system that holds the ticket. """

    external_ticket_id: str | Unset = UNSET
    """ The ticket's id in that system. """

    severity: TicketSeverity | Unset = UNSET
    """ How bad an incident is, `sev_1` the worst. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        type_: str = self.type_

        created_at = self.created_at.isoformat()

        external_ticket_provider = self.external_ticket_provider

        external_ticket_id = self.external_ticket_id

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
                "created_at": created_at,
            }
        )
        if external_ticket_provider is not UNSET:
            field_dict["external_ticket_provider"] = external_ticket_provider
        if external_ticket_id is not UNSET:
            field_dict["external_ticket_id"] = external_ticket_id
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        ticket_create_response = cls(
            src_dict["id"],  # id
            src_dict["status"],  # status
            src_dict["type"],  # type_
            datetime.datetime.fromisoformat(src_dict["created_at"]),  # created_at
            src_dict.get("external_ticket_provider", UNSET),  # external_ticket_provider
            src_dict.get("external_ticket_id", UNSET),  # external_ticket_id
            src_dict.get("severity", UNSET),  # severity
        )
        if len(src_dict) > 4 and not _FIELDS.issuperset(src_dict):
            ticket_create_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return ticket_create_response

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
