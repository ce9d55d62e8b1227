from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceActionAvailability")

_FIELDS = frozenset(
    (
        "migrate",
        "rebuild",
        "restart",
        "cold_reboot",
        "terminate",
    )
)


@_attrs_define
class InstanceActionAvailability:
    """Which actions the instance allows right now."""

    migrate: InstanceActionAvailabilityDetails
    """ Whether one action is allowed now, and if not, why. """

    rebuild: InstanceActionAvailabilityDetails
    """ Whether one action is allowed now, and if not, why. """

    restart: InstanceActionAvailabilityDetails
    """ Whether one action is allowed now, and if not, why. """

    cold_reboot: InstanceActionAvailabilityDetails
    """ Whether one action is allowed now, and if not, why. """

    terminate: InstanceActionAvailabilityDetails
    """ Whether one action is allowed now, and if not, why. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migrate = self.migrate.to_dict()

        rebuild = self.rebuild.to_dict()

        restart = self.restart.to_dict()

        cold_reboot = self.cold_reboot.to_dict()

        terminate = self.terminate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "migrate": migrate,
                "rebuild": rebuild,
                "restart": restart,
                "cold_reboot": cold_reboot,
                "terminate": terminate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance_action_availability = cls(
            InstanceActionAvailabilityDetails.from_dict(src_dict["migrate"]),  # migrate
            InstanceActionAvailabilityDetails.from_dict(src_dict["rebuild"]),  # rebuild
            InstanceActionAvailabilityDetails.from_dict(src_dict["restart"]),  # restart
            InstanceActionAvailabilityDetails.from_dict(
                src_dict["cold_reboot"]
            ),  # cold_reboot
            InstanceActionAvailabilityDetails.from_dict(
                src_dict["terminate"]
            ),  # terminate
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            instance_action_availability.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_action_availability

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
from ..models.instance_action_availability_details import (
    InstanceActionAvailabilityDetails,  # noqa: E402
)
