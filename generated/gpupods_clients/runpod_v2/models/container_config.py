from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_container_config_env import BaseContainerConfigEnv


T = TypeVar("T", bound="ContainerConfig")


@_attrs_define
class ContainerConfig:
    """BaseContainerConfig plus a private-registry login."""

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_container_config_env import (
            BaseContainerConfigEnv,  # noqa: PLC0415
        )

        d = dict(src_dict)
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

        container_config = cls(
            args=args,
            disk=disk,
            env=env,
            image=image,
            ports=ports,
            registry=registry,
        )

        container_config.additional_properties = d
        return container_config

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
