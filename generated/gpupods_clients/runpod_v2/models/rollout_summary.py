from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RolloutSummary")

_FIELDS = frozenset(
    (
        "inProgress",
        "workersOnLatest",
        "workersTotal",
        "percentOnLatest",
    )
)


@_attrs_define
class RolloutSummary:
    in_progress: bool

    workers_on_latest: int

    workers_total: int

    percent_on_latest: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_progress = self.in_progress

        workers_on_latest = self.workers_on_latest

        workers_total = self.workers_total

        percent_on_latest = self.percent_on_latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inProgress": in_progress,
                "workersOnLatest": workers_on_latest,
                "workersTotal": workers_total,
                "percentOnLatest": percent_on_latest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        rollout_summary = cls(
            src_dict["inProgress"],  # in_progress
            src_dict["workersOnLatest"],  # workers_on_latest
            src_dict["workersTotal"],  # workers_total
            src_dict["percentOnLatest"],  # percent_on_latest
        )
        if len(src_dict) != 4:  # every required key was read: any other is unknown
            rollout_summary.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return rollout_summary

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
