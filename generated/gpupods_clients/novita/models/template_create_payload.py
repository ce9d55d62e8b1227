from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_channel import TemplateChannel, check_template_channel
from ..models.template_create_payload_type import (
    TemplateCreatePayloadType,
    check_template_create_payload_type,
)

if TYPE_CHECKING:
    from ..models.env_var import EnvVar
    from ..models.template_port import TemplatePort
    from ..models.template_volume import TemplateVolume


T = TypeVar("T", bound="TemplateCreatePayload")


@_attrs_define
class TemplateCreatePayload:
    name: str
    readme: str
    type_: TemplateCreatePayloadType
    channel: TemplateChannel
    image: str
    start_command: str
    rootfs_size: int
    ports: list[TemplatePort]
    volumes: list[TemplateVolume]
    envs: list[EnvVar]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        readme = self.readme

        type_: str = self.type_

        channel: str = self.channel

        image = self.image

        start_command = self.start_command

        rootfs_size = self.rootfs_size

        ports = []
        for ports_item_data in self.ports:
            ports_item = ports_item_data.to_dict()
            ports.append(ports_item)

        volumes = []
        for volumes_item_data in self.volumes:
            volumes_item = volumes_item_data.to_dict()
            volumes.append(volumes_item)

        envs = []
        for envs_item_data in self.envs:
            envs_item = envs_item_data.to_dict()
            envs.append(envs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readme": readme,
                "type": type_,
                "channel": channel,
                "image": image,
                "startCommand": start_command,
                "rootfsSize": rootfs_size,
                "ports": ports,
                "volumes": volumes,
                "envs": envs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.env_var import EnvVar  # noqa: PLC0415
        from ..models.template_port import TemplatePort  # noqa: PLC0415
        from ..models.template_volume import TemplateVolume  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        readme = d.pop("readme")

        type_ = check_template_create_payload_type(d.pop("type"))

        channel = check_template_channel(d.pop("channel"))

        image = d.pop("image")

        start_command = d.pop("startCommand")

        rootfs_size = d.pop("rootfsSize")

        ports = []
        _ports = d.pop("ports")
        for ports_item_data in _ports:
            ports_item = TemplatePort.from_dict(ports_item_data)

            ports.append(ports_item)

        volumes = []
        _volumes = d.pop("volumes")
        for volumes_item_data in _volumes:
            volumes_item = TemplateVolume.from_dict(volumes_item_data)

            volumes.append(volumes_item)

        envs = []
        _envs = d.pop("envs")
        for envs_item_data in _envs:
            envs_item = EnvVar.from_dict(envs_item_data)

            envs.append(envs_item)

        template_create_payload = cls(
            name=name,
            readme=readme,
            type_=type_,
            channel=channel,
            image=image,
            start_command=start_command,
            rootfs_size=rootfs_size,
            ports=ports,
            volumes=volumes,
            envs=envs,
        )

        template_create_payload.additional_properties = d
        return template_create_payload

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
