from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_delay_scaling_type import (
    QueueDelayScalingType,
    check_queue_delay_scaling_type,
)

T = TypeVar("T", bound="QueueDelayScaling")


@_attrs_define
class QueueDelayScaling:
    """Add workers when jobs wait too long; queue endpoints only."""

    type_: QueueDelayScalingType
    queue_delay: float
    """ Seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        queue_delay = self.queue_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "queueDelay": queue_delay,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_queue_delay_scaling_type(d.pop("type"))

        queue_delay = d.pop("queueDelay")

        queue_delay_scaling = cls(
            type_=type_,
            queue_delay=queue_delay,
        )

        queue_delay_scaling.additional_properties = d
        return queue_delay_scaling

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
