from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_type import ClusterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClusterRequest")

_FIELDS = frozenset(
    (
        "compute",
        "name",
        "type",
        "args",
        "cmd",
        "entrypoint",
        "disk",
        "env",
        "image",
        "ports",
        "dataCenterIds",
        "mounts",
        "startJupyter",
        "startSsh",
    )
)


@_attrs_define
class CreateClusterRequest:
    compute: ClusterCompute

    name: str

    type_: ClusterType

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

    data_center_ids: list[str] | Unset = UNSET

    mounts: Mounts | Unset = UNSET
    """ Storage for a pod; persistent and network are not accepted together (400). """

    start_jupyter: bool | Unset = False

    start_ssh: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compute = self.compute.to_dict()

        name = self.name

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

        data_center_ids: list[str] | Unset = UNSET
        if not isinstance(self.data_center_ids, Unset):
            data_center_ids = self.data_center_ids

        mounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = self.mounts.to_dict()

        start_jupyter = self.start_jupyter

        start_ssh = self.start_ssh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compute": compute,
                "name": name,
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
        if data_center_ids is not UNSET:
            field_dict["dataCenterIds"] = data_center_ids
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if start_jupyter is not UNSET:
            field_dict["startJupyter"] = start_jupyter
        if start_ssh is not UNSET:
            field_dict["startSsh"] = start_ssh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_cluster_request = cls(
            ClusterCompute.from_dict(src_dict["compute"]),  # compute
            src_dict["name"],  # name
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
            src_dict.get("dataCenterIds", UNSET),  # data_center_ids
            Mounts.from_dict(src_dict["mounts"])
            if "mounts" in src_dict
            else UNSET,  # mounts
            src_dict.get("startJupyter", UNSET),  # start_jupyter
            src_dict.get("startSsh", UNSET),  # start_ssh
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            create_cluster_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_cluster_request

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
from ..models.cluster_compute import ClusterCompute  # noqa: E402
from ..models.mounts import Mounts  # noqa: E402
