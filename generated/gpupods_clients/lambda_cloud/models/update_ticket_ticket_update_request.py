from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_severity import TicketSeverity
from ..models.update_ticket_ticket_update_request_status import (
    UpdateTicketTicketUpdateRequestStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTicketTicketUpdateRequest")

_FIELDS = frozenset(
    (
        "status",
        "severity",
        "comment",
    )
)


@_attrs_define
class UpdateTicketTicketUpdateRequest:
    status: UpdateTicketTicketUpdateRequestStatus | Unset = UNSET
    """ The only status a customer can set. """

    severity: TicketSeverity | Unset = UNSET
    """ How bad an incident is, `sev_1` the worst. """

    comment: TicketCommentInput | Unset = UNSET
    """ A comment to add. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if severity is not UNSET:
            field_dict["severity"] = severity
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        update_ticket_ticket_update_request = cls(
            src_dict.get("status", UNSET),  # status
            src_dict.get("severity", UNSET),  # severity
            TicketCommentInput.from_dict(src_dict["comment"])
            if "comment" in src_dict
            else UNSET,  # comment
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            update_ticket_ticket_update_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return update_ticket_ticket_update_request

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
from ..models.ticket_comment_input import TicketCommentInput  # noqa: E402
