from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_channel import TemplateChannel
from ..models.template_create_payload_type import (
    TemplateCreatePayloadType,
)

T = TypeVar("T", bound="TemplateCreatePayload")

_FIELDS = frozenset(
    (
        "name",
        "readme",
        "type",
        "channel",
        "image",
        "startCommand",
        "rootfsSize",
        "ports",
        "volumes",
        "envs",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        template_create_payload = cls(
            src_dict["name"],  # name
            src_dict["readme"],  # readme
            src_dict["type"],  # type_
            src_dict["channel"],  # channel
            src_dict["image"],  # image
            src_dict["startCommand"],  # start_command
            src_dict["rootfsSize"],  # rootfs_size
            [TemplatePort.from_dict(item0) for item0 in src_dict["ports"]],  # ports
            [
                TemplateVolume.from_dict(item0) for item0 in src_dict["volumes"]
            ],  # volumes
            [EnvVar.from_dict(item0) for item0 in src_dict["envs"]],  # envs
        )
        if len(src_dict) != 10:  # every required key was read: any other is unknown
            template_create_payload.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.env_var import EnvVar  # noqa: E402
from ..models.template_port import TemplatePort  # noqa: E402
from ..models.template_volume import TemplateVolume  # noqa: E402
