from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavingsPlan")

_FIELDS = frozenset(
    (
        "costPerHr",
        "endTime",
        "gpuTypeId",
        "id",
        "podId",
        "startTime",
    )
)


@_attrs_define
class SavingsPlan:
    cost_per_hr: float | Unset = UNSET

    end_time: str | Unset = UNSET

    gpu_type_id: str | Unset = UNSET

    id: str | Unset = UNSET

    pod_id: str | Unset = UNSET

    start_time: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_per_hr = self.cost_per_hr

        end_time = self.end_time

        gpu_type_id = self.gpu_type_id

        id = self.id

        pod_id = self.pod_id

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_per_hr is not UNSET:
            field_dict["costPerHr"] = cost_per_hr
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if gpu_type_id is not UNSET:
            field_dict["gpuTypeId"] = gpu_type_id
        if id is not UNSET:
            field_dict["id"] = id
        if pod_id is not UNSET:
            field_dict["podId"] = pod_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        savings_plan = cls(
            src_dict.get("costPerHr", UNSET),  # cost_per_hr
            src_dict.get("endTime", UNSET),  # end_time
            src_dict.get("gpuTypeId", UNSET),  # gpu_type_id
            src_dict.get("id", UNSET),  # id
            src_dict.get("podId", UNSET),  # pod_id
            src_dict.get("startTime", UNSET),  # start_time
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            savings_plan.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return savings_plan

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
