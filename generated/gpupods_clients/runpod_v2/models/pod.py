from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud import Cloud
from ..models.pod_action import PodAction
from ..models.pod_status import PodStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pod")

_FIELDS = frozenset(
    (
        "args",
        "cmd",
        "entrypoint",
        "disk",
        "env",
        "image",
        "ports",
        "registry",
        "id",
        "name",
        "status",
        "actions",
        "mounts",
        "cloud",
        "dataCenterId",
        "cudaVersion",
        "ssh",
        "template",
        "cost",
        "locked",
        "globalNetworking",
        "runtime",
        "createdAt",
        "startedAt",
        "gpu",
        "cpu",
        "cluster",
    )
)


@_attrs_define
class Pod:
    args: str
    """ The stored form of the command: a shell string (taken as CMD and split), or a JSON string {"entrypoint":
    [...], "cmd": [...]}. With cmd or entrypoint it must describe the same command. "" clears it; left out, it
    stays. """

    cmd: list[str]
    """ CMD in exec form; [] clears it, left out it stays. """

    entrypoint: list[str]
    """ ENTRYPOINT in exec form; [] clears it, left out it stays. """

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
    """ The GPU part of a pod, with what the pod was given besides its GPUs. """

    cpu: CpuConfig | Unset = UNSET

    cluster: PodCluster | Unset = UNSET
    """ A pod's place in its cluster. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args = self.args

        cmd = self.cmd

        entrypoint = self.entrypoint

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
                "cmd": cmd,
                "entrypoint": entrypoint,
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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _runtime = src_dict["runtime"]
        runtime: None | PodRuntime
        if _runtime is None:
            runtime = _runtime
        else:
            try:
                if not isinstance(_runtime, dict):
                    raise TypeError()
                runtime = PodRuntime.from_dict(_runtime)
            except (TypeError, ValueError, AttributeError, KeyError):
                runtime = _runtime

        _started_at = src_dict["startedAt"]
        started_at: datetime.datetime | None
        if _started_at is None:
            started_at = _started_at
        else:
            try:
                if not isinstance(_started_at, str):
                    raise TypeError()
                started_at = datetime.datetime.fromisoformat(_started_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                started_at = _started_at

        pod = cls(
            src_dict["args"],  # args
            src_dict["cmd"],  # cmd
            src_dict["entrypoint"],  # entrypoint
            src_dict["disk"],  # disk
            BaseContainerConfigEnv.from_dict(src_dict["env"]),  # env
            src_dict["image"],  # image
            src_dict["ports"],  # ports
            src_dict["registry"],  # registry
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["status"],  # status
            list(src_dict["actions"]),  # actions
            Mounts.from_dict(src_dict["mounts"]),  # mounts
            src_dict["cloud"],  # cloud
            src_dict["dataCenterId"],  # data_center_id
            src_dict["cudaVersion"],  # cuda_version
            PodSsh.from_dict(src_dict["ssh"]),  # ssh
            src_dict["template"],  # template
            src_dict["cost"],  # cost
            src_dict["locked"],  # locked
            PodGlobalNetworking.from_dict(
                src_dict["globalNetworking"]
            ),  # global_networking
            runtime,  # runtime
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            started_at,  # started_at
            GpuConfig.from_dict(src_dict["gpu"]) if "gpu" in src_dict else UNSET,  # gpu
            CpuConfig.from_dict(src_dict["cpu"]) if "cpu" in src_dict else UNSET,  # cpu
            PodCluster.from_dict(src_dict["cluster"])
            if "cluster" in src_dict
            else UNSET,  # cluster
        )
        if len(src_dict) > 24 and not _FIELDS.issuperset(src_dict):
            pod.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.base_container_config_env import BaseContainerConfigEnv  # noqa: E402
from ..models.cpu_config import CpuConfig  # noqa: E402
from ..models.gpu_config import GpuConfig  # noqa: E402
from ..models.mounts import Mounts  # noqa: E402
from ..models.pod_cluster import PodCluster  # noqa: E402
from ..models.pod_global_networking import PodGlobalNetworking  # noqa: E402
from ..models.pod_runtime import PodRuntime  # noqa: E402
from ..models.pod_ssh import PodSsh  # noqa: E402
