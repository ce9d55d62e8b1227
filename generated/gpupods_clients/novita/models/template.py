from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_channel import TemplateChannel
from ..models.template_type import TemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")

_FIELDS = frozenset(
    (
        "Id",
        "name",
        "type",
        "channel",
        "image",
        "startCommand",
        "rootfsSize",
        "createTime",
        "user",
        "logo",
        "tools",
        "readme",
        "imageAuth",
        "volumes",
        "ports",
        "envs",
    )
)


@_attrs_define
class Template:
    id: str

    name: str

    type_: TemplateType

    channel: TemplateChannel

    image: str

    start_command: str

    rootfs_size: int

    create_time: str | Unset = UNSET
    """ Unix seconds, as a string. """

    user: str | Unset = UNSET

    logo: str | Unset = UNSET

    tools: list[TemplateTool] | Unset = UNSET

    readme: str | Unset = UNSET

    image_auth: str | Unset = UNSET

    volumes: list[TemplateVolume] | Unset = UNSET

    ports: list[TemplatePort] | Unset = UNSET

    envs: list[EnvVar] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str = self.type_

        channel: str = self.channel

        image = self.image

        start_command = self.start_command

        rootfs_size = self.rootfs_size

        create_time = self.create_time

        user = self.user

        logo = self.logo

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        readme = self.readme

        image_auth = self.image_auth

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        envs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = []
            for envs_item_data in self.envs:
                envs_item = envs_item_data.to_dict()
                envs.append(envs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "name": name,
                "type": type_,
                "channel": channel,
                "image": image,
                "startCommand": start_command,
                "rootfsSize": rootfs_size,
            }
        )
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if user is not UNSET:
            field_dict["user"] = user
        if logo is not UNSET:
            field_dict["logo"] = logo
        if tools is not UNSET:
            field_dict["tools"] = tools
        if readme is not UNSET:
            field_dict["readme"] = readme
        if image_auth is not UNSET:
            field_dict["imageAuth"] = image_auth
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if ports is not UNSET:
            field_dict["ports"] = ports
        if envs is not UNSET:
            field_dict["envs"] = envs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        template = cls(
            src_dict["Id"],  # id
            src_dict["name"],  # name
            src_dict["type"],  # type_
            src_dict["channel"],  # channel
            src_dict["image"],  # image
            src_dict["startCommand"],  # start_command
            src_dict["rootfsSize"],  # rootfs_size
            src_dict.get("createTime", UNSET),  # create_time
            src_dict.get("user", UNSET),  # user
            src_dict.get("logo", UNSET),  # logo
            [TemplateTool.from_dict(item0) for item0 in src_dict["tools"]]
            if "tools" in src_dict
            else UNSET,  # tools
            src_dict.get("readme", UNSET),  # readme
            src_dict.get("imageAuth", UNSET),  # image_auth
            [TemplateVolume.from_dict(item0) for item0 in src_dict["volumes"]]
            if "volumes" in src_dict
            else UNSET,  # volumes
            [TemplatePort.from_dict(item0) for item0 in src_dict["ports"]]
            if "ports" in src_dict
            else UNSET,  # ports
            [EnvVar.from_dict(item0) for item0 in src_dict["envs"]]
            if "envs" in src_dict
            else UNSET,  # envs
        )
        if len(src_dict) > 7 and not _FIELDS.issuperset(src_dict):
            template.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return template

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
from ..models.template_tool import TemplateTool  # noqa: E402
from ..models.template_volume import TemplateVolume  # noqa: E402
