from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud import Cloud
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePodRequest")

_FIELDS = frozenset(
    (
        "name",
        "args",
        "cmd",
        "entrypoint",
        "disk",
        "env",
        "image",
        "ports",
        "registry",
        "cloud",
        "cpu",
        "dataCenterIds",
        "globalNetworking",
        "gpu",
        "mounts",
        "startJupyter",
        "startSsh",
        "templateId",
    )
)


@_attrs_define
class CreatePodRequest:
    """image is required unless templateId is given; send exactly one of gpu or cpu (checked by the server, 400)."""

    name: str

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

    cloud: Cloud | Unset = "SECURE"

    cpu: BaseCpuConfig | Unset = UNSET

    data_center_ids: list[str] | Unset = UNSET
    """ Data centers to place the pod in; any when left out. """

    global_networking: bool | Unset = False

    gpu: CreateGpuConfig | Unset = UNSET
    """ The GPU part of a new pod, with optional limits on the host: its CUDA version, and the least RAM and vCPUs
    per GPU it must offer (placement filters, not requests: what the pod gets comes back as gpu.memory and
    gpu.vcpuCount). """

    mounts: Mounts | Unset = UNSET
    """ Storage for a pod; persistent and network are not accepted together (400). """

    start_jupyter: bool | Unset = False

    start_ssh: bool | Unset = False

    template_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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

        cloud: str | Unset = UNSET
        if not isinstance(self.cloud, Unset):
            cloud = self.cloud

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        data_center_ids: list[str] | Unset = UNSET
        if not isinstance(self.data_center_ids, Unset):
            data_center_ids = self.data_center_ids

        global_networking = self.global_networking

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        mounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = self.mounts.to_dict()

        start_jupyter = self.start_jupyter

        start_ssh = self.start_ssh

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
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
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if data_center_ids is not UNSET:
            field_dict["dataCenterIds"] = data_center_ids
        if global_networking is not UNSET:
            field_dict["globalNetworking"] = global_networking
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if start_jupyter is not UNSET:
            field_dict["startJupyter"] = start_jupyter
        if start_ssh is not UNSET:
            field_dict["startSsh"] = start_ssh
        if template_id is not UNSET:
            field_dict["templateId"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_pod_request = cls(
            src_dict["name"],  # name
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
            src_dict.get("cloud", UNSET),  # cloud
            BaseCpuConfig.from_dict(src_dict["cpu"])
            if "cpu" in src_dict
            else UNSET,  # cpu
            src_dict.get("dataCenterIds", UNSET),  # data_center_ids
            src_dict.get("globalNetworking", UNSET),  # global_networking
            CreateGpuConfig.from_dict(src_dict["gpu"])
            if "gpu" in src_dict
            else UNSET,  # gpu
            Mounts.from_dict(src_dict["mounts"])
            if "mounts" in src_dict
            else UNSET,  # mounts
            src_dict.get("startJupyter", UNSET),  # start_jupyter
            src_dict.get("startSsh", UNSET),  # start_ssh
            src_dict.get("templateId", UNSET),  # template_id
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            create_pod_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_pod_request

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
from ..models.create_gpu_config import CreateGpuConfig  # noqa: E402
from ..models.mounts import Mounts  # noqa: E402
