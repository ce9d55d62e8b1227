from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkerSummary")

_FIELDS = frozenset(
    (
        "running",
        "idle",
        "initializing",
        "throttled",
        "unhealthy",
        "total",
    )
)


@_attrs_define
class WorkerSummary:
    running: int

    idle: int

    initializing: int

    throttled: int

    unhealthy: int

    total: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        running = self.running

        idle = self.idle

        initializing = self.initializing

        throttled = self.throttled

        unhealthy = self.unhealthy

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "running": running,
                "idle": idle,
                "initializing": initializing,
                "throttled": throttled,
                "unhealthy": unhealthy,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        worker_summary = cls(
            src_dict["running"],  # running
            src_dict["idle"],  # idle
            src_dict["initializing"],  # initializing
            src_dict["throttled"],  # throttled
            src_dict["unhealthy"],  # unhealthy
            src_dict["total"],  # total
        )
        if len(src_dict) != 6:  # every required key was read: any other is unknown
            worker_summary.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return worker_summary

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
