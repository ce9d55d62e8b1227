from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_type import EndpointType
from ..models.flash_boot import FlashBoot
from ..types import UNSET, Unset

T = TypeVar("T", bound="Endpoint")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "workers",
        "scaling",
        "dataCenterIds",
        "networkVolumes",
        "timeout",
        "flashboot",
        "createdAt",
        "args",
        "cmd",
        "entrypoint",
        "disk",
        "env",
        "image",
        "ports",
        "registry",
        "type",
        "requestUrls",
        "gpu",
        "cpu",
    )
)


@_attrs_define
class Endpoint:
    id: str

    name: str

    workers: EndpointWorkers

    scaling: QueueDelayScaling | RequestCountScaling

    data_center_ids: list[str]

    network_volumes: list[str]

    timeout: int
    """ Longest a request may run, in milliseconds. """

    flashboot: FlashBoot
    """ Faster cold starts - off, on, or on with reserved priority capacity. """

    created_at: datetime.datetime

    args: str | Unset = UNSET
    """ The stored form of the command: a shell string (taken as CMD and split), or a JSON string {"entrypoint":
    [...], "cmd": [...]}. With cmd or entrypoint it must describe the same command. "" clears it; left out, it
    stays. """

    cmd: list[str] | Unset = UNSET
    """ CMD in exec form; [] clears it, left out it stays. """

    entrypoint: list[str] | Unset = UNSET
    """ ENTRYPOINT in exec form; [] clears it, left out it stays. """

    disk: int | Unset = UNSET
    """ Size of the container's scratch disk in GB; lost on restart. """

    env: BaseContainerConfigEnv | Unset = UNSET

    image: str | Unset = UNSET
    """ Image reference, such as runpod/pytorch:latest. """

    ports: list[str] | Unset = UNSET
    """ Ports to expose, written number/protocol (8888/http, 22/tcp). """

    registry: None | str | Unset = UNSET
    """ Id of a stored registry login, for images that need one. """

    type_: EndpointType | Unset = UNSET
    """ QUEUE takes jobs through RunPod's queue; LOAD_BALANCER passes HTTP requests straight to workers. """

    request_urls: LoadBalancingRequestUrls | QueueBasedRequestUrls | Unset = UNSET

    gpu: EndpointGpuConfig | None | Unset = UNSET

    cpu: list[CpuConfig] | Unset = UNSET
    """ Set on CPU endpoints. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        workers = self.workers.to_dict()

        scaling: dict[str, Any]
        if isinstance(self.scaling, QueueDelayScaling):
            scaling = self.scaling.to_dict()
        else:
            scaling = self.scaling.to_dict()

        data_center_ids = self.data_center_ids

        network_volumes = self.network_volumes

        timeout = self.timeout

        flashboot: str = self.flashboot

        created_at = self.created_at.isoformat()

        args = self.args

        cmd: list[str] | Unset = UNSET
        if not isinstance(self.cmd, Unset):
            cmd = self.cmd

        entrypoint: list[str] | Unset = UNSET
        if not isinstance(self.entrypoint, Unset):
            entrypoint = self.entrypoint

        disk = self.disk

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        image = self.image

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        registry: None | str | Unset
        if isinstance(self.registry, Unset):
            registry = UNSET
        else:
            registry = self.registry

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        request_urls: dict[str, Any] | Unset
        if isinstance(self.request_urls, Unset):
            request_urls = UNSET
        elif isinstance(self.request_urls, QueueBasedRequestUrls):
            request_urls = self.request_urls.to_dict()
        else:
            request_urls = self.request_urls.to_dict()

        gpu: dict[str, Any] | None | Unset
        if isinstance(self.gpu, Unset):
            gpu = UNSET
        elif isinstance(self.gpu, EndpointGpuConfig):
            gpu = self.gpu.to_dict()
        else:
            gpu = self.gpu

        cpu: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = []
            for cpu_item_data in self.cpu:
                cpu_item = cpu_item_data.to_dict()
                cpu.append(cpu_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "workers": workers,
                "scaling": scaling,
                "dataCenterIds": data_center_ids,
                "networkVolumes": network_volumes,
                "timeout": timeout,
                "flashboot": flashboot,
                "createdAt": created_at,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if disk is not UNSET:
            field_dict["disk"] = disk
        if env is not UNSET:
            field_dict["env"] = env
        if image is not UNSET:
            field_dict["image"] = image
        if ports is not UNSET:
            field_dict["ports"] = ports
        if registry is not UNSET:
            field_dict["registry"] = registry
        if type_ is not UNSET:
            field_dict["type"] = type_
        if request_urls is not UNSET:
            field_dict["requestUrls"] = request_urls
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if cpu is not UNSET:
            field_dict["cpu"] = cpu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _scaling = src_dict["scaling"]
        scaling: QueueDelayScaling | RequestCountScaling
        try:
            if not isinstance(_scaling, dict):
                raise TypeError()
            scaling = QueueDelayScaling.from_dict(_scaling)
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_scaling, dict):
                raise TypeError()
            scaling = RequestCountScaling.from_dict(_scaling)

        _request_urls = src_dict.get("requestUrls", UNSET)
        request_urls: LoadBalancingRequestUrls | QueueBasedRequestUrls | Unset
        if isinstance(_request_urls, Unset):
            request_urls = _request_urls
        else:
            try:
                if not isinstance(_request_urls, dict):
                    raise TypeError()
                request_urls = QueueBasedRequestUrls.from_dict(_request_urls)
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_request_urls, dict):
                    raise TypeError()
                request_urls = LoadBalancingRequestUrls.from_dict(_request_urls)

        _gpu = src_dict.get("gpu", UNSET)
        gpu: EndpointGpuConfig | None | Unset
        if _gpu is None or isinstance(_gpu, Unset):
            gpu = _gpu
        else:
            try:
                if not isinstance(_gpu, dict):
                    raise TypeError()
                gpu = EndpointGpuConfig.from_dict(_gpu)
            except (TypeError, ValueError, AttributeError, KeyError):
                gpu = _gpu

        endpoint = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            EndpointWorkers.from_dict(src_dict["workers"]),  # workers
            scaling,  # scaling
            src_dict["dataCenterIds"],  # data_center_ids
            src_dict["networkVolumes"],  # network_volumes
            src_dict["timeout"],  # timeout
            src_dict["flashboot"],  # flashboot
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            src_dict.get("args", UNSET),  # args
            src_dict.get("cmd", UNSET),  # cmd
            src_dict.get("entrypoint", UNSET),  # entrypoint
            src_dict.get("disk", UNSET),  # disk
            BaseContainerConfigEnv.from_dict(src_dict["env"])
            if "env" in src_dict
            else UNSET,  # env
            src_dict.get("image", UNSET),  # image
            src_dict.get("ports", UNSET),  # ports
            src_dict.get("registry", UNSET),  # registry
            src_dict.get("type", UNSET),  # type_
            request_urls,  # request_urls
            gpu,  # gpu
            [CpuConfig.from_dict(item0) for item0 in src_dict["cpu"]]
            if "cpu" in src_dict
            else UNSET,  # cpu
        )
        if len(src_dict) > 9 and not _FIELDS.issuperset(src_dict):
            endpoint.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint

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
from ..models.base_container_config_env import BaseContainerConfigEnv  # noqa: E402
from ..models.cpu_config import CpuConfig  # noqa: E402
from ..models.endpoint_gpu_config import EndpointGpuConfig  # noqa: E402
from ..models.endpoint_workers import EndpointWorkers  # noqa: E402
from ..models.load_balancing_request_urls import LoadBalancingRequestUrls  # noqa: E402
from ..models.queue_based_request_urls import QueueBasedRequestUrls  # noqa: E402
from ..models.queue_delay_scaling import QueueDelayScaling  # noqa: E402
from ..models.request_count_scaling import RequestCountScaling  # noqa: E402
