from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud import Cloud, check_cloud
from ..models.pod_action import PodAction, check_pod_action
from ..models.pod_status import PodStatus, check_pod_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_container_config_env import BaseContainerConfigEnv
    from ..models.cpu_config import CpuConfig
    from ..models.gpu_config import GpuConfig
    from ..models.mounts import Mounts
    from ..models.pod_cluster import PodCluster
    from ..models.pod_global_networking import PodGlobalNetworking
    from ..models.pod_runtime import PodRuntime
    from ..models.pod_ssh import PodSsh


T = TypeVar("T", bound="Pod")


@_attrs_define
class Pod:
    args: str
    """ Arguments for the image's entrypoint. """
    disk: int
    """ Size of the container's scratch disk in GB; lost on restart. """
    env: BaseContainerConfigEnv
    image: str
    """ Image reference, such as runpod/pytorch:latest. """
    ports: list[str]
    """ Ports to expose, written number/protocol (8888/http, 22/tcp). """
    registry: None | str
    """ Id of a stored registry login, for images that need one. """
    id: str
    name: str
    status: PodStatus
    """ PROVISIONING, then STARTING, then RUNNING; EXITED once stopped, ERROR if it cannot recover, TERMINATED once
    deleted. """
    actions: list[PodAction]
    """ What podAction accepts right now (RUNNING - stop, restart, terminate; EXITED or ERROR - start, terminate;
    PROVISIONING or STARTING - stop, terminate). """
    mounts: Mounts
    """ Storage for a pod; persistent and network are not accepted together (400). """
    cloud: Cloud
    data_center_id: None | str
    cuda_version: None | str
    """ CUDA version of the host. """
    ssh: PodSsh
    """ proxy goes through RunPod's SSH gateway (shell only); direct needs 22/tcp exposed on a running pod. Each is
    null when not possible. """
    template: None | str
    """ Source template id, or null. """
    cost: float
    """ Hourly charge in USD; zero once stopped or terminated. """
    locked: bool
    """ While true the pod cannot be stopped or reset. """
    global_networking: PodGlobalNetworking
    runtime: None | PodRuntime
    """ Live figures; null while the container is not running. """
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    gpu: GpuConfig | Unset = UNSET
    cpu: CpuConfig | Unset = UNSET
    cluster: PodCluster | Unset = UNSET
    """ A pod's place in its cluster. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pod_runtime import PodRuntime  # noqa: PLC0415

        args = self.args

        disk = self.disk

        env = self.env.to_dict()

        image = self.image

        ports = self.ports

        registry: None | str
        registry = self.registry

        id = self.id

        name = self.name

        status: str = self.status

        actions = []
        for actions_item_data in self.actions:
            actions_item: str = actions_item_data
            actions.append(actions_item)

        mounts = self.mounts.to_dict()

        cloud: str = self.cloud

        data_center_id: None | str
        data_center_id = self.data_center_id

        cuda_version: None | str
        cuda_version = self.cuda_version

        ssh = self.ssh.to_dict()

        template: None | str
        template = self.template

        cost = self.cost

        locked = self.locked

        global_networking = self.global_networking.to_dict()

        runtime: dict[str, Any] | None
        if isinstance(self.runtime, PodRuntime):
            runtime = self.runtime.to_dict()
        else:
            runtime = self.runtime

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "args": args,
                "disk": disk,
                "env": env,
                "image": image,
                "ports": ports,
                "registry": registry,
                "id": id,
                "name": name,
                "status": status,
                "actions": actions,
                "mounts": mounts,
                "cloud": cloud,
                "dataCenterId": data_center_id,
                "cudaVersion": cuda_version,
                "ssh": ssh,
                "template": template,
                "cost": cost,
                "locked": locked,
                "globalNetworking": global_networking,
                "runtime": runtime,
                "createdAt": created_at,
                "startedAt": started_at,
            }
        )
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if cluster is not UNSET:
            field_dict["cluster"] = cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_container_config_env import (
            BaseContainerConfigEnv,  # noqa: PLC0415
        )
        from ..models.cpu_config import CpuConfig  # noqa: PLC0415
        from ..models.gpu_config import GpuConfig  # noqa: PLC0415
        from ..models.mounts import Mounts  # noqa: PLC0415
        from ..models.pod_cluster import PodCluster  # noqa: PLC0415
        from ..models.pod_global_networking import PodGlobalNetworking  # noqa: PLC0415
        from ..models.pod_runtime import PodRuntime  # noqa: PLC0415
        from ..models.pod_ssh import PodSsh  # noqa: PLC0415

        d = dict(src_dict)
        args = d.pop("args")

        disk = d.pop("disk")

        env = BaseContainerConfigEnv.from_dict(d.pop("env"))

        image = d.pop("image")

        ports = cast(list[str], d.pop("ports"))

        def _parse_registry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry = _parse_registry(d.pop("registry"))

        id = d.pop("id")

        name = d.pop("name")

        status = check_pod_status(d.pop("status"))

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = check_pod_action(actions_item_data)

            actions.append(actions_item)

        mounts = Mounts.from_dict(d.pop("mounts"))

        cloud = check_cloud(d.pop("cloud"))

        def _parse_data_center_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_center_id = _parse_data_center_id(d.pop("dataCenterId"))

        def _parse_cuda_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cuda_version = _parse_cuda_version(d.pop("cudaVersion"))

        ssh = PodSsh.from_dict(d.pop("ssh"))

        def _parse_template(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        template = _parse_template(d.pop("template"))

        cost = d.pop("cost")

        locked = d.pop("locked")

        global_networking = PodGlobalNetworking.from_dict(d.pop("globalNetworking"))

        def _parse_runtime(data: object) -> None | PodRuntime:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                runtime_type_0 = PodRuntime.from_dict(data)

                return runtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PodRuntime, data)

        runtime = _parse_runtime(d.pop("runtime"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        _gpu = d.pop("gpu", UNSET)
        gpu: GpuConfig | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = GpuConfig.from_dict(_gpu)

        _cpu = d.pop("cpu", UNSET)
        cpu: CpuConfig | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = CpuConfig.from_dict(_cpu)

        _cluster = d.pop("cluster", UNSET)
        cluster: PodCluster | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = PodCluster.from_dict(_cluster)

        pod = cls(
            args=args,
            disk=disk,
            env=env,
            image=image,
            ports=ports,
            registry=registry,
            id=id,
            name=name,
            status=status,
            actions=actions,
            mounts=mounts,
            cloud=cloud,
            data_center_id=data_center_id,
            cuda_version=cuda_version,
            ssh=ssh,
            template=template,
            cost=cost,
            locked=locked,
            global_networking=global_networking,
            runtime=runtime,
            created_at=created_at,
            started_at=started_at,
            gpu=gpu,
            cpu=cpu,
            cluster=cluster,
        )

        pod.additional_properties = d
        return pod

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
