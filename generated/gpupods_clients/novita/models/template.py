from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_channel import TemplateChannel, check_template_channel
from ..models.template_type import TemplateType, check_template_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar
    from ..models.template_port import TemplatePort
    from ..models.template_tool import TemplateTool
    from ..models.template_volume import TemplateVolume


T = TypeVar("T", bound="Template")


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
        from ..models.env_var import EnvVar  # noqa: PLC0415
        from ..models.template_port import TemplatePort  # noqa: PLC0415
        from ..models.template_tool import TemplateTool  # noqa: PLC0415
        from ..models.template_volume import TemplateVolume  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        name = d.pop("name")

        type_ = check_template_type(d.pop("type"))

        channel = check_template_channel(d.pop("channel"))

        image = d.pop("image")

        start_command = d.pop("startCommand")

        rootfs_size = d.pop("rootfsSize")

        create_time = d.pop("createTime", UNSET)

        user = d.pop("user", UNSET)

        logo = d.pop("logo", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[TemplateTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = TemplateTool.from_dict(tools_item_data)

                tools.append(tools_item)

        readme = d.pop("readme", UNSET)

        image_auth = d.pop("imageAuth", UNSET)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[TemplateVolume] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = TemplateVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _ports = d.pop("ports", UNSET)
        ports: list[TemplatePort] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = TemplatePort.from_dict(ports_item_data)

                ports.append(ports_item)

        _envs = d.pop("envs", UNSET)
        envs: list[EnvVar] | Unset = UNSET
        if _envs is not UNSET:
            envs = []
            for envs_item_data in _envs:
                envs_item = EnvVar.from_dict(envs_item_data)

                envs.append(envs_item)

        template = cls(
            id=id,
            name=name,
            type_=type_,
            channel=channel,
            image=image,
            start_command=start_command,
            rootfs_size=rootfs_size,
            create_time=create_time,
            user=user,
            logo=logo,
            tools=tools,
            readme=readme,
            image_auth=image_auth,
            volumes=volumes,
            ports=ports,
            envs=envs,
        )

        template.additional_properties = d
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
