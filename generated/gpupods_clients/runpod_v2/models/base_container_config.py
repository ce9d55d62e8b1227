from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseContainerConfig")

_FIELDS = frozenset(
    (
        "args",
        "cmd",
        "entrypoint",
        "disk",
        "env",
        "image",
        "ports",
    )
)


@_attrs_define
class BaseContainerConfig:
    """Container settings every containerized resource takes (clusters take only these)."""

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        base_container_config = cls(
            src_dict.get("args", UNSET),  # args
            src_dict.get("cmd", UNSET),  # cmd
            src_dict.get("entrypoint", UNSET),  # entrypoint
            src_dict.get("disk", UNSET),  # disk
            BaseContainerConfigEnv.from_dict(src_dict["env"])
            if "env" in src_dict
            else UNSET,  # env
            src_dict.get("image", UNSET),  # image
            src_dict.get("ports", UNSET),  # ports
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            base_container_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return base_container_config

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
