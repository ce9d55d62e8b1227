from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PodRuntime")

_FIELDS = frozenset(
    (
        "uptime",
        "gpus",
        "cpu",
        "memory",
        "ports",
    )
)


@_attrs_define
class PodRuntime:
    uptime: int | Unset = UNSET
    """ Container uptime in seconds. """

    gpus: list[PodGpuUtilization] | Unset = UNSET

    cpu: Utilization | Unset = UNSET

    memory: Utilization | Unset = UNSET

    ports: list[PodRuntimePort] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uptime = self.uptime

        gpus: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gpus, Unset):
            gpus = []
            for gpus_item_data in self.gpus:
                gpus_item = gpus_item_data.to_dict()
                gpus.append(gpus_item)

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uptime is not UNSET:
            field_dict["uptime"] = uptime
        if gpus is not UNSET:
            field_dict["gpus"] = gpus
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if ports is not UNSET:
            field_dict["ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        pod_runtime = cls(
            src_dict.get("uptime", UNSET),  # uptime
            [PodGpuUtilization.from_dict(item0) for item0 in src_dict["gpus"]]
            if "gpus" in src_dict
            else UNSET,  # gpus
            Utilization.from_dict(src_dict["cpu"])
            if "cpu" in src_dict
            else UNSET,  # cpu
            Utilization.from_dict(src_dict["memory"])
            if "memory" in src_dict
            else UNSET,  # memory
            [PodRuntimePort.from_dict(item0) for item0 in src_dict["ports"]]
            if "ports" in src_dict
            else UNSET,  # ports
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            pod_runtime.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pod_runtime

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
from ..models.pod_gpu_utilization import PodGpuUtilization  # noqa: E402
from ..models.pod_runtime_port import PodRuntimePort  # noqa: E402
from ..models.utilization import Utilization  # noqa: E402
