from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_type import EndpointType
from ..models.flash_boot import FlashBoot
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEndpointRequest")

_FIELDS = frozenset(
    (
        "name",
        "scaling",
        "type",
        "args",
        "cmd",
        "entrypoint",
        "disk",
        "env",
        "image",
        "ports",
        "registry",
        "gpu",
        "cpu",
        "dataCenterIds",
        "flashboot",
        "networkVolumes",
        "templateId",
        "timeout",
        "workers",
    )
)


@_attrs_define
class CreateEndpointRequest:
    """image is required unless templateId is given; send exactly one of gpu or cpu (checked by the server, 400); a
    LOAD_BALANCER endpoint must use RequestCountScaling.

    """

    name: str

    scaling: QueueDelayScaling | RequestCountScaling

    type_: EndpointType
    """ QUEUE takes jobs through RunPod's queue; LOAD_BALANCER passes HTTP requests straight to workers. """

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

    gpu: CreateEndpointGpuConfig | Unset = UNSET

    cpu: list[BaseCpuConfig] | Unset = UNSET

    data_center_ids: list[str] | Unset = UNSET

    flashboot: FlashBoot | Unset = "OFF"
    """ Faster cold starts - off, on, or on with reserved priority capacity. """

    network_volumes: list[str] | Unset = UNSET

    template_id: str | Unset = UNSET
    """ Must be a serverless template. """

    timeout: int | Unset = 300000
    """ Milliseconds. """

    workers: EndpointWorkers | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scaling: dict[str, Any]
        if isinstance(self.scaling, QueueDelayScaling):
            scaling = self.scaling.to_dict()
        else:
            scaling = self.scaling.to_dict()

        type_: str = self.type_

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

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        cpu: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = []
            for cpu_item_data in self.cpu:
                cpu_item = cpu_item_data.to_dict()
                cpu.append(cpu_item)

        data_center_ids: list[str] | Unset = UNSET
        if not isinstance(self.data_center_ids, Unset):
            data_center_ids = self.data_center_ids

        flashboot: str | Unset = UNSET
        if not isinstance(self.flashboot, Unset):
            flashboot = self.flashboot

        network_volumes: list[str] | Unset = UNSET
        if not isinstance(self.network_volumes, Unset):
            network_volumes = self.network_volumes

        template_id = self.template_id

        timeout = self.timeout

        workers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = self.workers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "scaling": scaling,
                "type": type_,
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
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if data_center_ids is not UNSET:
            field_dict["dataCenterIds"] = data_center_ids
        if flashboot is not UNSET:
            field_dict["flashboot"] = flashboot
        if network_volumes is not UNSET:
            field_dict["networkVolumes"] = network_volumes
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if workers is not UNSET:
            field_dict["workers"] = workers

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

        create_endpoint_request = cls(
            src_dict["name"],  # name
            scaling,  # scaling
            src_dict["type"],  # type_
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
            CreateEndpointGpuConfig.from_dict(src_dict["gpu"])
            if "gpu" in src_dict
            else UNSET,  # gpu
            [BaseCpuConfig.from_dict(item0) for item0 in src_dict["cpu"]]
            if "cpu" in src_dict
            else UNSET,  # cpu
            src_dict.get("dataCenterIds", UNSET),  # data_center_ids
            src_dict.get("flashboot", UNSET),  # flashboot
            src_dict.get("networkVolumes", UNSET),  # network_volumes
            src_dict.get("templateId", UNSET),  # template_id
            src_dict.get("timeout", UNSET),  # timeout
            EndpointWorkers.from_dict(src_dict["workers"])
            if "workers" in src_dict
            else UNSET,  # workers
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            create_endpoint_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_endpoint_request

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
from ..models.base_cpu_config import BaseCpuConfig  # noqa: E402
from ..models.create_endpoint_gpu_config import CreateEndpointGpuConfig  # noqa: E402
from ..models.endpoint_workers import EndpointWorkers  # noqa: E402
from ..models.queue_delay_scaling import QueueDelayScaling  # noqa: E402
from ..models.request_count_scaling import RequestCountScaling  # noqa: E402
