from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_request_type import TicketRequestType
from ..models.ticket_severity import TicketSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTicketTicketCreateRequest")

_FIELDS = frozenset(
    (
        "subject",
        "description",
        "type",
        "severity",
        "ip",
        "instance_id",
        "cluster_id",
    )
)


@_attrs_define
class CreateTicketTicketCreateRequest:
    subject: str
    """ A one-line summary. """

    description: str
    """ What happened, in full. """

    type_: TicketRequestType
    """ The kinds of ticket a customer can open. """

    severity: TicketSeverity | Unset = UNSET
    """ How bad an incident is, `sev_1` the worst. """

    ip: str | Unset = UNSET
    """ The IP address of the machine concerned. """

    instance_id: str | Unset = UNSET
    """ The instance concerned. """

    cluster_id: str | Unset = UNSET
    """ The cluster concerned. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        description = self.description

        type_: str = self.type_

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        ip = self.ip

        instance_id = self.instance_id

        cluster_id = self.cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "description": description,
                "type": type_,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity
        if ip is not UNSET:
            field_dict["ip"] = ip
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_ticket_ticket_create_request = cls(
            src_dict["subject"],  # subject
            src_dict["description"],  # description
            src_dict["type"],  # type_
            src_dict.get("severity", UNSET),  # severity
            src_dict.get("ip", UNSET),  # ip
            src_dict.get("instance_id", UNSET),  # instance_id
            src_dict.get("cluster_id", UNSET),  # cluster_id
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            create_ticket_ticket_create_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_ticket_ticket_create_request

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
