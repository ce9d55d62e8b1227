from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_type import EndpointType, check_endpoint_type
from ..models.flash_boot import FlashBoot, check_flash_boot
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_container_config_env import BaseContainerConfigEnv
    from ..models.cpu_config import CpuConfig
    from ..models.endpoint_gpu_config import EndpointGpuConfig
    from ..models.endpoint_workers import EndpointWorkers
    from ..models.load_balancing_request_urls import LoadBalancingRequestUrls
    from ..models.queue_based_request_urls import QueueBasedRequestUrls
    from ..models.queue_delay_scaling import QueueDelayScaling
    from ..models.request_count_scaling import RequestCountScaling


T = TypeVar("T", bound="Endpoint")


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
    type_: EndpointType | Unset = UNSET
    """ QUEUE takes jobs through RunPod's queue; LOAD_BALANCER passes HTTP requests straight to workers. """
    request_urls: LoadBalancingRequestUrls | QueueBasedRequestUrls | Unset = UNSET
    gpu: EndpointGpuConfig | None | Unset = UNSET
    cpu: list[CpuConfig] | Unset = UNSET
    """ Set on CPU endpoints. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_gpu_config import EndpointGpuConfig  # noqa: PLC0415
        from ..models.queue_based_request_urls import (
            QueueBasedRequestUrls,  # noqa: PLC0415
        )
        from ..models.queue_delay_scaling import QueueDelayScaling  # noqa: PLC0415

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
        from ..models.base_container_config_env import (
            BaseContainerConfigEnv,  # noqa: PLC0415
        )
        from ..models.cpu_config import CpuConfig  # noqa: PLC0415
        from ..models.endpoint_gpu_config import EndpointGpuConfig  # noqa: PLC0415
        from ..models.endpoint_workers import EndpointWorkers  # noqa: PLC0415
        from ..models.load_balancing_request_urls import (
            LoadBalancingRequestUrls,  # noqa: PLC0415
        )
        from ..models.queue_based_request_urls import (
            QueueBasedRequestUrls,  # noqa: PLC0415
        )
        from ..models.queue_delay_scaling import QueueDelayScaling  # noqa: PLC0415
        from ..models.request_count_scaling import RequestCountScaling  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        workers = EndpointWorkers.from_dict(d.pop("workers"))

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

        data_center_ids = cast(list[str], d.pop("dataCenterIds"))

        network_volumes = cast(list[str], d.pop("networkVolumes"))

        timeout = d.pop("timeout")

        flashboot = check_flash_boot(d.pop("flashboot"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

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

        _type_ = d.pop("type", UNSET)
        type_: EndpointType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_endpoint_type(_type_)

        def _parse_request_urls(
            data: object,
        ) -> LoadBalancingRequestUrls | QueueBasedRequestUrls | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_endpoint_request_urls_type_0 = (
                    QueueBasedRequestUrls.from_dict(data)
                )

                return componentsschemas_endpoint_request_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_endpoint_request_urls_type_1 = (
                LoadBalancingRequestUrls.from_dict(data)
            )

            return componentsschemas_endpoint_request_urls_type_1

        request_urls = _parse_request_urls(d.pop("requestUrls", UNSET))

        def _parse_gpu(data: object) -> EndpointGpuConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gpu_type_0 = EndpointGpuConfig.from_dict(data)

                return gpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointGpuConfig | None | Unset, data)

        gpu = _parse_gpu(d.pop("gpu", UNSET))

        _cpu = d.pop("cpu", UNSET)
        cpu: list[CpuConfig] | Unset = UNSET
        if _cpu is not UNSET:
            cpu = []
            for cpu_item_data in _cpu:
                cpu_item = CpuConfig.from_dict(cpu_item_data)

                cpu.append(cpu_item)

        endpoint = cls(
            id=id,
            name=name,
            workers=workers,
            scaling=scaling,
            data_center_ids=data_center_ids,
            network_volumes=network_volumes,
            timeout=timeout,
            flashboot=flashboot,
            created_at=created_at,
            args=args,
            disk=disk,
            env=env,
            image=image,
            ports=ports,
            registry=registry,
            type_=type_,
            request_urls=request_urls,
            gpu=gpu,
            cpu=cpu,
        )

        endpoint.additional_properties = d
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
