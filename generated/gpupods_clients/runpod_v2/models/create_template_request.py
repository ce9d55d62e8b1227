from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTemplateRequest")

_FIELDS = frozenset(
    (
        "image",
        "name",
        "args",
        "cmd",
        "entrypoint",
        "disk",
        "env",
        "ports",
        "registry",
        "allowedCudaVersions",
        "category",
        "mounts",
        "public",
        "serverless",
        "startJupyter",
        "startSsh",
    )
)


@_attrs_define
class CreateTemplateRequest:
    image: str
    """ Image reference, such as runpod/pytorch:latest. """

    name: str

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

    ports: list[str] | Unset = UNSET
    """ Ports to expose, written number/protocol (8888/http, 22/tcp). """

    registry: None | str | Unset = UNSET
    """ Id of a stored registry login, for images that need one. """

    allowed_cuda_versions: list[str] | Unset = UNSET

    category: TemplateCategory | Unset = "NVIDIA"

    mounts: TemplateMounts | Unset = UNSET
    """ Storage of a template; only a persistent mount. """

    public: bool | Unset = False

    serverless: bool | Unset = False

    start_jupyter: bool | Unset = True

    start_ssh: bool | Unset = True

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        name = self.name

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

        public = self.public

        serverless = self.serverless

        start_jupyter = self.start_jupyter

        start_ssh = self.start_ssh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "name": name,
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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_template_request = cls(
            src_dict["image"],  # image
            src_dict["name"],  # name
            src_dict.get("args", UNSET),  # args
            src_dict.get("cmd", UNSET),  # cmd
            src_dict.get("entrypoint", UNSET),  # entrypoint
            src_dict.get("disk", UNSET),  # disk
            BaseContainerConfigEnv.from_dict(src_dict["env"])
            if "env" in src_dict
            else UNSET,  # env
            src_dict.get("ports", UNSET),  # ports
            src_dict.get("registry", UNSET),  # registry
            src_dict.get("allowedCudaVersions", UNSET),  # allowed_cuda_versions
            src_dict.get("category", UNSET),  # category
            TemplateMounts.from_dict(src_dict["mounts"])
            if "mounts" in src_dict
            else UNSET,  # mounts
            src_dict.get("public", UNSET),  # public
            src_dict.get("serverless", UNSET),  # serverless
            src_dict.get("startJupyter", UNSET),  # start_jupyter
            src_dict.get("startSsh", UNSET),  # start_ssh
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            create_template_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_template_request

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
from ..models.template_mounts import TemplateMounts  # noqa: E402
