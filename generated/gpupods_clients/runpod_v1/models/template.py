from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")

_FIELDS = frozenset(
    (
        "category",
        "containerDiskInGb",
        "containerRegistryAuthId",
        "dockerEntrypoint",
        "dockerStartCmd",
        "earned",
        "env",
        "id",
        "imageName",
        "isPublic",
        "isRunpod",
        "isServerless",
        "name",
        "ports",
        "readme",
        "runtimeInMin",
        "volumeInGb",
        "volumeMountPath",
    )
)


@_attrs_define
class Template:
    category: str | Unset = UNSET

    container_disk_in_gb: int | Unset = UNSET

    container_registry_auth_id: str | Unset = UNSET

    docker_entrypoint: list[str] | Unset = UNSET

    docker_start_cmd: list[str] | Unset = UNSET

    earned: float | Unset = UNSET
    """ Credits the author has earned from the template. """

    env: EnvVars | Unset = UNSET
    """ Environment variables, name to value. """

    id: str | Unset = UNSET

    image_name: str | Unset = UNSET

    is_public: bool | Unset = UNSET

    is_runpod: bool | Unset = UNSET
    """ An official RunPod template. """

    is_serverless: bool | Unset = UNSET

    name: str | Unset = UNSET

    ports: list[str] | Unset = UNSET

    readme: str | Unset = UNSET

    runtime_in_min: int | Unset = UNSET

    volume_in_gb: int | Unset = UNSET

    volume_mount_path: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        container_disk_in_gb = self.container_disk_in_gb

        container_registry_auth_id = self.container_registry_auth_id

        docker_entrypoint: list[str] | Unset = UNSET
        if not isinstance(self.docker_entrypoint, Unset):
            docker_entrypoint = self.docker_entrypoint

        docker_start_cmd: list[str] | Unset = UNSET
        if not isinstance(self.docker_start_cmd, Unset):
            docker_start_cmd = self.docker_start_cmd

        earned = self.earned

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        id = self.id

        image_name = self.image_name

        is_public = self.is_public

        is_runpod = self.is_runpod

        is_serverless = self.is_serverless

        name = self.name

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        readme = self.readme

        runtime_in_min = self.runtime_in_min

        volume_in_gb = self.volume_in_gb

        volume_mount_path = self.volume_mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if container_disk_in_gb is not UNSET:
            field_dict["containerDiskInGb"] = container_disk_in_gb
        if container_registry_auth_id is not UNSET:
            field_dict["containerRegistryAuthId"] = container_registry_auth_id
        if docker_entrypoint is not UNSET:
            field_dict["dockerEntrypoint"] = docker_entrypoint
        if docker_start_cmd is not UNSET:
            field_dict["dockerStartCmd"] = docker_start_cmd
        if earned is not UNSET:
            field_dict["earned"] = earned
        if env is not UNSET:
            field_dict["env"] = env
        if id is not UNSET:
            field_dict["id"] = id
        if image_name is not UNSET:
            field_dict["imageName"] = image_name
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if is_runpod is not UNSET:
            field_dict["isRunpod"] = is_runpod
        if is_serverless is not UNSET:
            field_dict["isServerless"] = is_serverless
        if name is not UNSET:
            field_dict["name"] = name
        if ports is not UNSET:
            field_dict["ports"] = ports
        if readme is not UNSET:
            field_dict["readme"] = readme
        if runtime_in_min is not UNSET:
            field_dict["runtimeInMin"] = runtime_in_min
        if volume_in_gb is not UNSET:
            field_dict["volumeInGb"] = volume_in_gb
        if volume_mount_path is not UNSET:
            field_dict["volumeMountPath"] = volume_mount_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        template = cls(
            src_dict.get("category", UNSET),  # category
            src_dict.get("containerDiskInGb", UNSET),  # container_disk_in_gb
            src_dict.get(
                "containerRegistryAuthId", UNSET
            ),  # container_registry_auth_id
            src_dict.get("dockerEntrypoint", UNSET),  # docker_entrypoint
            src_dict.get("dockerStartCmd", UNSET),  # docker_start_cmd
            src_dict.get("earned", UNSET),  # earned
            EnvVars.from_dict(src_dict["env"]) if "env" in src_dict else UNSET,  # env
            src_dict.get("id", UNSET),  # id
            src_dict.get("imageName", UNSET),  # image_name
            src_dict.get("isPublic", UNSET),  # is_public
            src_dict.get("isRunpod", UNSET),  # is_runpod
            src_dict.get("isServerless", UNSET),  # is_serverless
            src_dict.get("name", UNSET),  # name
            src_dict.get("ports", UNSET),  # ports
            src_dict.get("readme", UNSET),  # readme
            src_dict.get("runtimeInMin", UNSET),  # runtime_in_min
            src_dict.get("volumeInGb", UNSET),  # volume_in_gb
            src_dict.get("volumeMountPath", UNSET),  # volume_mount_path
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
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
from ..models.env_vars import EnvVars  # noqa: E402
