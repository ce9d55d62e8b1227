from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClusterCompute")

_FIELDS = frozenset(
    (
        "gpuTypeId",
        "gpuCountPerPod",
        "podCount",
    )
)


@_attrs_define
class ClusterCompute:
    gpu_type_id: str

    gpu_count_per_pod: int

    pod_count: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_type_id = self.gpu_type_id

        gpu_count_per_pod = self.gpu_count_per_pod

        pod_count = self.pod_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gpuTypeId": gpu_type_id,
                "gpuCountPerPod": gpu_count_per_pod,
                "podCount": pod_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cluster_compute = cls(
            src_dict["gpuTypeId"],  # gpu_type_id
            src_dict["gpuCountPerPod"],  # gpu_count_per_pod
            src_dict["podCount"],  # pod_count
        )
        if len(src_dict) != 3:  # every required key was read: any other is unknown
            cluster_compute.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return cluster_compute

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
