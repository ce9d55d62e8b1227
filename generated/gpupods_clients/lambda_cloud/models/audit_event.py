from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditEvent")

_FIELDS = frozenset(
    (
        "service_name",
        "resource_name",
        "action",
        "catalog_version",
        "event_id",
        "event_time",
        "actor_lrn",
        "resource_lrns",
        "resource_owner_lrn",
        "request_api_key_lrn",
        "additional_details",
    )
)


@_attrs_define
class AuditEvent:
    """One thing that happened on the account."""

    service_name: str
    """ The service, such as `cloud`. """

    resource_name: str
    """ The kind of resource, such as `api_key`. """

    action: str
    """ What was done, such as `created`. """

    catalog_version: str
    """ The version of the event catalogue (a date). """

    event_id: str
    """ The event's id. """

    event_time: str
    """ When it happened (ISO 8601). """

    actor_lrn: None | str
    """ Who did it, as a Lambda resource name (`lrn:...`). """

    resource_lrns: list[str]
    """ The resources concerned. """

    resource_owner_lrn: None | str
    """ Who owns the resource. """

    request_api_key_lrn: None | str
    """ The API key the request used, if any. """

    additional_details: AuditEventAdditionalDetails
    """ Details that depend on the event. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_name = self.service_name

        resource_name = self.resource_name

        action = self.action

        catalog_version = self.catalog_version

        event_id = self.event_id

        event_time = self.event_time

        actor_lrn: None | str
        actor_lrn = self.actor_lrn

        resource_lrns = self.resource_lrns

        resource_owner_lrn: None | str
        resource_owner_lrn = self.resource_owner_lrn

        request_api_key_lrn: None | str
        request_api_key_lrn = self.request_api_key_lrn

        additional_details = self.additional_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_name": service_name,
                "resource_name": resource_name,
                "action": action,
                "catalog_version": catalog_version,
                "event_id": event_id,
                "event_time": event_time,
                "actor_lrn": actor_lrn,
                "resource_lrns": resource_lrns,
                "resource_owner_lrn": resource_owner_lrn,
                "request_api_key_lrn": request_api_key_lrn,
                "additional_details": additional_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        audit_event = cls(
            src_dict["service_name"],  # service_name
            src_dict["resource_name"],  # resource_name
            src_dict["action"],  # action
            src_dict["catalog_version"],  # catalog_version
            src_dict["event_id"],  # event_id
            src_dict["event_time"],  # event_time
            src_dict["actor_lrn"],  # actor_lrn
            src_dict["resource_lrns"],  # resource_lrns
            src_dict["resource_owner_lrn"],  # resource_owner_lrn
            src_dict["request_api_key_lrn"],  # request_api_key_lrn
            AuditEventAdditionalDetails.from_dict(
                src_dict["additional_details"]
            ),  # additional_details
        )
        if len(src_dict) != 11:  # every required key was read: any other is unknown
            audit_event.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return audit_event

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
from ..models.audit_event_additional_details import (
    AuditEventAdditionalDetails,  # noqa: E402
)
