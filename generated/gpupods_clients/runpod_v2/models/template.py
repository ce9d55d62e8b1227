from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_category import TemplateCategory

T = TypeVar("T", bound="Template")

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
        "id",
        "name",
        "mounts",
        "serverless",
        "public",
        "category",
        "startSsh",
        "startJupyter",
        "allowedCudaVersions",
    )
)


@_attrs_define
class Template:
    args: str
    """ The stored form of the command: a shell string (taken as CMD and split), or a JSON string {"entrypoint":
    [...], "cmd": [...]}. With cmd or entrypoint it must describe the same command. "" clears it; left out, it
    stays. """

    cmd: list[str]
    """ CMD in exec form; [] clears it, left out it stays. """

    entrypoint: list[str]
    """ ENTRYPOINT in exec form; [] clears it, left out it stays. """

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

        cmd = self.cmd

        entrypoint = self.entrypoint

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
                "cmd": cmd,
                "entrypoint": entrypoint,
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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        template = cls(
            src_dict["args"],  # args
            src_dict["cmd"],  # cmd
            src_dict["entrypoint"],  # entrypoint
            src_dict["disk"],  # disk
            BaseContainerConfigEnv.from_dict(src_dict["env"]),  # env
            src_dict["image"],  # image
            src_dict["ports"],  # ports
            src_dict["registry"],  # registry
            src_dict["id"],  # id
            src_dict["name"],  # name
            TemplateMounts.from_dict(src_dict["mounts"]),  # mounts
            src_dict["serverless"],  # serverless
            src_dict["public"],  # public
            src_dict["category"],  # category
            src_dict["startSsh"],  # start_ssh
            src_dict["startJupyter"],  # start_jupyter
            src_dict["allowedCudaVersions"],  # allowed_cuda_versions
        )
        if len(src_dict) != 17:  # every required key was read: any other is unknown
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
from ..models.base_container_config_env import BaseContainerConfigEnv  # noqa: E402
from ..models.template_mounts import TemplateMounts  # noqa: E402
