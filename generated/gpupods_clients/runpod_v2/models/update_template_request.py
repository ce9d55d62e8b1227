from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory, check_template_category
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_container_config_env import BaseContainerConfigEnv
    from ..models.template_mounts import TemplateMounts


T = TypeVar("T", bound="UpdateTemplateRequest")


@_attrs_define
class UpdateTemplateRequest:
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
    allowed_cuda_versions: list[str] | Unset = UNSET
    category: TemplateCategory | Unset = UNSET
    mounts: TemplateMounts | Unset = UNSET
    """ Storage of a template; only a persistent mount. """
    name: str | Unset = UNSET
    public: bool | Unset = UNSET
    serverless: bool | Unset = UNSET
    start_jupyter: bool | Unset = UNSET
    start_ssh: bool | Unset = UNSET
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

        allowed_cuda_versions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_cuda_versions, Unset):
            allowed_cuda_versions = self.allowed_cuda_versions

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        mounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = self.mounts.to_dict()

        name = self.name

        public = self.public

        serverless = self.serverless

        start_jupyter = self.start_jupyter

        start_ssh = self.start_ssh

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
        if allowed_cuda_versions is not UNSET:
            field_dict["allowedCudaVersions"] = allowed_cuda_versions
        if category is not UNSET:
            field_dict["category"] = category
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if name is not UNSET:
            field_dict["name"] = name
        if public is not UNSET:
            field_dict["public"] = public
        if serverless is not UNSET:
            field_dict["serverless"] = serverless
        if start_jupyter is not UNSET:
            field_dict["startJupyter"] = start_jupyter
        if start_ssh is not UNSET:
            field_dict["startSsh"] = start_ssh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_container_config_env import (
            BaseContainerConfigEnv,  # noqa: PLC0415
        )
        from ..models.template_mounts import TemplateMounts  # noqa: PLC0415

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

        allowed_cuda_versions = cast(list[str], d.pop("allowedCudaVersions", UNSET))

        _category = d.pop("category", UNSET)
        category: TemplateCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_template_category(_category)

        _mounts = d.pop("mounts", UNSET)
        mounts: TemplateMounts | Unset
        if isinstance(_mounts, Unset):
            mounts = UNSET
        else:
            mounts = TemplateMounts.from_dict(_mounts)

        name = d.pop("name", UNSET)

        public = d.pop("public", UNSET)

        serverless = d.pop("serverless", UNSET)

        start_jupyter = d.pop("startJupyter", UNSET)

        start_ssh = d.pop("startSsh", UNSET)

        update_template_request = cls(
            args=args,
            disk=disk,
            env=env,
            image=image,
            ports=ports,
            registry=registry,
            allowed_cuda_versions=allowed_cuda_versions,
            category=category,
            mounts=mounts,
            name=name,
            public=public,
            serverless=serverless,
            start_jupyter=start_jupyter,
            start_ssh=start_ssh,
        )

        update_template_request.additional_properties = d
        return update_template_request

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
