from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory, check_template_category

if TYPE_CHECKING:
    from ..models.base_container_config_env import BaseContainerConfigEnv
    from ..models.template_mounts import TemplateMounts


T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    args: str
    """ Arguments for the image's entrypoint. """
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
    mounts: TemplateMounts
    """ Storage of a template; only a persistent mount. """
    serverless: bool
    """ For serverless endpoints rather than pods. """
    public: bool
    category: TemplateCategory
    start_ssh: bool
    start_jupyter: bool
    allowed_cuda_versions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args = self.args

        disk = self.disk

        env = self.env.to_dict()

        image = self.image

        ports = self.ports

        registry: None | str
        registry = self.registry

        id = self.id

        name = self.name

        mounts = self.mounts.to_dict()

        serverless = self.serverless

        public = self.public

        category: str = self.category

        start_ssh = self.start_ssh

        start_jupyter = self.start_jupyter

        allowed_cuda_versions = self.allowed_cuda_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "args": args,
                "disk": disk,
                "env": env,
                "image": image,
                "ports": ports,
                "registry": registry,
                "id": id,
                "name": name,
                "mounts": mounts,
                "serverless": serverless,
                "public": public,
                "category": category,
                "startSsh": start_ssh,
                "startJupyter": start_jupyter,
                "allowedCudaVersions": allowed_cuda_versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_container_config_env import (
            BaseContainerConfigEnv,  # noqa: PLC0415
        )
        from ..models.template_mounts import TemplateMounts  # noqa: PLC0415

        d = dict(src_dict)
        args = d.pop("args")

        disk = d.pop("disk")

        env = BaseContainerConfigEnv.from_dict(d.pop("env"))

        image = d.pop("image")

        ports = cast(list[str], d.pop("ports"))

        def _parse_registry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry = _parse_registry(d.pop("registry"))

        id = d.pop("id")

        name = d.pop("name")

        mounts = TemplateMounts.from_dict(d.pop("mounts"))

        serverless = d.pop("serverless")

        public = d.pop("public")

        category = check_template_category(d.pop("category"))

        start_ssh = d.pop("startSsh")

        start_jupyter = d.pop("startJupyter")

        allowed_cuda_versions = cast(list[str], d.pop("allowedCudaVersions"))

        template = cls(
            args=args,
            disk=disk,
            env=env,
            image=image,
            ports=ports,
            registry=registry,
            id=id,
            name=name,
            mounts=mounts,
            serverless=serverless,
            public=public,
            category=category,
            start_ssh=start_ssh,
            start_jupyter=start_jupyter,
            allowed_cuda_versions=allowed_cuda_versions,
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
