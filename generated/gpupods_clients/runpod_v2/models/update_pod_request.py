from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePodRequest")

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
        "globalNetworking",
        "locked",
        "mounts",
        "name",
        "templateId",
    )
)


@_attrs_define
class UpdatePodRequest:
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

    global_networking: bool | Unset = UNSET

    locked: bool | Unset = UNSET

    mounts: Mounts | Unset = UNSET
    """ Storage for a pod; persistent and network are not accepted together (400). """

    name: str | Unset = UNSET

    template_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        global_networking = self.global_networking

        locked = self.locked

        mounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = self.mounts.to_dict()

        name = self.name

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if global_networking is not UNSET:
            field_dict["globalNetworking"] = global_networking
        if locked is not UNSET:
            field_dict["locked"] = locked
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if name is not UNSET:
            field_dict["name"] = name
        if template_id is not UNSET:
            field_dict["templateId"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        update_pod_request = cls(
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
            src_dict.get("globalNetworking", UNSET),  # global_networking
            src_dict.get("locked", UNSET),  # locked
            Mounts.from_dict(src_dict["mounts"])
            if "mounts" in src_dict
            else UNSET,  # mounts
            src_dict.get("name", UNSET),  # name
            src_dict.get("templateId", UNSET),  # template_id
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            update_pod_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return update_pod_request

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
from ..models.mounts import Mounts  # noqa: E402
