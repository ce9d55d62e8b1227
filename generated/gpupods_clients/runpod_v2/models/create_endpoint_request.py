from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_type import EndpointType, check_endpoint_type
from ..models.flash_boot import FlashBoot, check_flash_boot
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_container_config_env import BaseContainerConfigEnv
    from ..models.base_cpu_config import BaseCpuConfig
    from ..models.create_endpoint_gpu_config import CreateEndpointGpuConfig
    from ..models.endpoint_workers import EndpointWorkers
    from ..models.queue_delay_scaling import QueueDelayScaling
    from ..models.request_count_scaling import RequestCountScaling


T = TypeVar("T", bound="CreateEndpointRequest")


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
    """ Arguments for the image's entrypoint. """
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
        from ..models.queue_delay_scaling import QueueDelayScaling  # noqa: PLC0415

        name = self.name

        scaling: dict[str, Any]
        if isinstance(self.scaling, QueueDelayScaling):
            scaling = self.scaling.to_dict()
        else:
            scaling = self.scaling.to_dict()

        type_: str = self.type_

        args = self.args

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
        from ..models.base_container_config_env import (
            BaseContainerConfigEnv,  # noqa: PLC0415
        )
        from ..models.base_cpu_config import BaseCpuConfig  # noqa: PLC0415
        from ..models.create_endpoint_gpu_config import (
            CreateEndpointGpuConfig,  # noqa: PLC0415
        )
        from ..models.endpoint_workers import EndpointWorkers  # noqa: PLC0415
        from ..models.queue_delay_scaling import QueueDelayScaling  # noqa: PLC0415
        from ..models.request_count_scaling import RequestCountScaling  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_scaling(data: object) -> QueueDelayScaling | RequestCountScaling:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_endpoint_scaling_type_0 = QueueDelayScaling.from_dict(
                    data
                )

                return componentsschemas_endpoint_scaling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_endpoint_scaling_type_1 = RequestCountScaling.from_dict(
                data
            )

            return componentsschemas_endpoint_scaling_type_1

        scaling = _parse_scaling(d.pop("scaling"))

        type_ = check_endpoint_type(d.pop("type"))

        args = d.pop("args", UNSET)

        disk = d.pop("disk", UNSET)

        _env = d.pop("env", UNSET)
        env: BaseContainerConfigEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = BaseContainerConfigEnv.from_dict(_env)

        image = d.pop("image", UNSET)

        ports = cast(list[str], d.pop("ports", UNSET))

        def _parse_registry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry = _parse_registry(d.pop("registry", UNSET))

        _gpu = d.pop("gpu", UNSET)
        gpu: CreateEndpointGpuConfig | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = CreateEndpointGpuConfig.from_dict(_gpu)

        _cpu = d.pop("cpu", UNSET)
        cpu: list[BaseCpuConfig] | Unset = UNSET
        if _cpu is not UNSET:
            cpu = []
            for cpu_item_data in _cpu:
                cpu_item = BaseCpuConfig.from_dict(cpu_item_data)

                cpu.append(cpu_item)

        data_center_ids = cast(list[str], d.pop("dataCenterIds", UNSET))

        _flashboot = d.pop("flashboot", UNSET)
        flashboot: FlashBoot | Unset
        if isinstance(_flashboot, Unset):
            flashboot = UNSET
        else:
            flashboot = check_flash_boot(_flashboot)

        network_volumes = cast(list[str], d.pop("networkVolumes", UNSET))

        template_id = d.pop("templateId", UNSET)

        timeout = d.pop("timeout", UNSET)

        _workers = d.pop("workers", UNSET)
        workers: EndpointWorkers | Unset
        if isinstance(_workers, Unset):
            workers = UNSET
        else:
            workers = EndpointWorkers.from_dict(_workers)

        create_endpoint_request = cls(
            name=name,
            scaling=scaling,
            type_=type_,
            args=args,
            disk=disk,
            env=env,
            image=image,
            ports=ports,
            registry=registry,
            gpu=gpu,
            cpu=cpu,
            data_center_ids=data_center_ids,
            flashboot=flashboot,
            network_volumes=network_volumes,
            template_id=template_id,
            timeout=timeout,
            workers=workers,
        )

        create_endpoint_request.additional_properties = d
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
