from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pod_gpu_utilization import PodGpuUtilization
    from ..models.pod_runtime_port import PodRuntimePort
    from ..models.utilization import Utilization


T = TypeVar("T", bound="PodRuntime")


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
        from ..models.pod_gpu_utilization import PodGpuUtilization  # noqa: PLC0415
        from ..models.pod_runtime_port import PodRuntimePort  # noqa: PLC0415
        from ..models.utilization import Utilization  # noqa: PLC0415

        d = dict(src_dict)
        uptime = d.pop("uptime", UNSET)

        _gpus = d.pop("gpus", UNSET)
        gpus: list[PodGpuUtilization] | Unset = UNSET
        if _gpus is not UNSET:
            gpus = []
            for gpus_item_data in _gpus:
                gpus_item = PodGpuUtilization.from_dict(gpus_item_data)

                gpus.append(gpus_item)

        _cpu = d.pop("cpu", UNSET)
        cpu: Utilization | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = Utilization.from_dict(_cpu)

        _memory = d.pop("memory", UNSET)
        memory: Utilization | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = Utilization.from_dict(_memory)

        _ports = d.pop("ports", UNSET)
        ports: list[PodRuntimePort] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = PodRuntimePort.from_dict(ports_item_data)

                ports.append(ports_item)

        pod_runtime = cls(
            uptime=uptime,
            gpus=gpus,
            cpu=cpu,
            memory=memory,
            ports=ports,
        )

        pod_runtime.additional_properties = d
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
