from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.environment_type_enum import (
    EnvironmentTypeEnum,
)
from ..models.gpu_socket import GPUSocket
from ..models.gpu_type import GPUType
from ..models.security_type import SecurityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PodRequestConfig")

_FIELDS = frozenset(
    (
        "cloudId",
        "gpuType",
        "socket",
        "gpuCount",
        "name",
        "diskSize",
        "vcpus",
        "memory",
        "maxPrice",
        "image",
        "customTemplateId",
        "dataCenterId",
        "country",
        "security",
        "envVars",
        "jupyterPassword",
        "sshKeyId",
        "autoRestart",
        "prepaidForHr",
    )
)


@_attrs_define
class PodRequestConfig:
    """The pod to create; cloudId, gpuType, socket and gpuCount come from an offer."""

    cloud_id: str

    gpu_type: GPUType

    socket: GPUSocket

    gpu_count: int

    name: str | Unset = UNSET

    disk_size: int | None | Unset = UNSET
    """ Disk size in GB. """

    vcpus: int | None | Unset = UNSET

    memory: int | None | Unset = UNSET
    """ Memory in GB. """

    max_price: float | None | Unset = UNSET
    """ Refuse the offer above this hourly price. """

    image: EnvironmentTypeEnum | Unset = UNSET
    """ Base image of the pod. """

    custom_template_id: None | str | Unset = UNSET
    """ Template to run when image is custom_template. """

    data_center_id: None | str | Unset = UNSET

    country: None | str | Unset = UNSET

    security: None | SecurityType | Unset = UNSET

    env_vars: list[EnvVar] | None | Unset = UNSET

    jupyter_password: None | str | Unset = UNSET

    ssh_key_id: None | str | Unset = UNSET

    auto_restart: bool | None | Unset = False

    prepaid_for_hr: float | None | Unset = UNSET
    """ Hours to pay for up front. """

    def to_dict(self) -> dict[str, Any]:
        cloud_id = self.cloud_id

        gpu_type: str = self.gpu_type

        socket: str = self.socket

        gpu_count = self.gpu_count

        name = self.name

        disk_size: int | None | Unset
        if isinstance(self.disk_size, Unset):
            disk_size = UNSET
        else:
            disk_size = self.disk_size

        vcpus: int | None | Unset
        if isinstance(self.vcpus, Unset):
            vcpus = UNSET
        else:
            vcpus = self.vcpus

        memory: int | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        max_price: float | None | Unset
        if isinstance(self.max_price, Unset):
            max_price = UNSET
        else:
            max_price = self.max_price

        image: str | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image

        custom_template_id: None | str | Unset
        if isinstance(self.custom_template_id, Unset):
            custom_template_id = UNSET
        else:
            custom_template_id = self.custom_template_id

        data_center_id: None | str | Unset
        if isinstance(self.data_center_id, Unset):
            data_center_id = UNSET
        else:
            data_center_id = self.data_center_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        security: None | str | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, str):
            security = self.security
        else:
            security = self.security

        env_vars: list[dict[str, Any]] | None | Unset
        if isinstance(self.env_vars, Unset):
            env_vars = UNSET
        elif isinstance(self.env_vars, list):
            env_vars = []
            for env_vars_type_0_item_data in self.env_vars:
                env_vars_type_0_item = env_vars_type_0_item_data.to_dict()
                env_vars.append(env_vars_type_0_item)

        else:
            env_vars = self.env_vars

        jupyter_password: None | str | Unset
        if isinstance(self.jupyter_password, Unset):
            jupyter_password = UNSET
        else:
            jupyter_password = self.jupyter_password

        ssh_key_id: None | str | Unset
        if isinstance(self.ssh_key_id, Unset):
            ssh_key_id = UNSET
        else:
            ssh_key_id = self.ssh_key_id

        auto_restart: bool | None | Unset
        if isinstance(self.auto_restart, Unset):
            auto_restart = UNSET
        else:
            auto_restart = self.auto_restart

        prepaid_for_hr: float | None | Unset
        if isinstance(self.prepaid_for_hr, Unset):
            prepaid_for_hr = UNSET
        else:
            prepaid_for_hr = self.prepaid_for_hr

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "cloudId": cloud_id,
                "gpuType": gpu_type,
                "socket": socket,
                "gpuCount": gpu_count,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if disk_size is not UNSET:
            field_dict["diskSize"] = disk_size
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus
        if memory is not UNSET:
            field_dict["memory"] = memory
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if image is not UNSET:
            field_dict["image"] = image
        if custom_template_id is not UNSET:
            field_dict["customTemplateId"] = custom_template_id
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if country is not UNSET:
            field_dict["country"] = country
        if security is not UNSET:
            field_dict["security"] = security
        if env_vars is not UNSET:
            field_dict["envVars"] = env_vars
        if jupyter_password is not UNSET:
            field_dict["jupyterPassword"] = jupyter_password
        if ssh_key_id is not UNSET:
            field_dict["sshKeyId"] = ssh_key_id
        if auto_restart is not UNSET:
            field_dict["autoRestart"] = auto_restart
        if prepaid_for_hr is not UNSET:
            field_dict["prepaidForHr"] = prepaid_for_hr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _env_vars = src_dict.get("envVars", UNSET)
        env_vars: list[EnvVar] | None | Unset
        if _env_vars is None or isinstance(_env_vars, Unset):
            env_vars = _env_vars
        else:
            try:
                if not isinstance(_env_vars, list):
                    raise TypeError()
                env_vars = [EnvVar.from_dict(item0) for item0 in _env_vars]
            except (TypeError, ValueError, AttributeError, KeyError):
                env_vars = _env_vars

        pod_request_config = cls(
            src_dict["cloudId"],  # cloud_id
            src_dict["gpuType"],  # gpu_type
            src_dict["socket"],  # socket
            src_dict["gpuCount"],  # gpu_count
            src_dict.get("name", UNSET),  # name
            src_dict.get("diskSize", UNSET),  # disk_size
            src_dict.get("vcpus", UNSET),  # vcpus
            src_dict.get("memory", UNSET),  # memory
            src_dict.get("maxPrice", UNSET),  # max_price
            src_dict.get("image", UNSET),  # image
            src_dict.get("customTemplateId", UNSET),  # custom_template_id
            src_dict.get("dataCenterId", UNSET),  # data_center_id
            src_dict.get("country", UNSET),  # country
            src_dict.get("security", UNSET),  # security
            env_vars,  # env_vars
            src_dict.get("jupyterPassword", UNSET),  # jupyter_password
            src_dict.get("sshKeyId", UNSET),  # ssh_key_id
            src_dict.get("autoRestart", UNSET),  # auto_restart
            src_dict.get("prepaidForHr", UNSET),  # prepaid_for_hr
        )
        return pod_request_config


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.env_var import EnvVar  # noqa: E402
