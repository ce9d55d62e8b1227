from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.environment_type_enum import (
    EnvironmentTypeEnum,
    check_environment_type_enum,
)
from ..models.gpu_socket import GPUSocket, check_gpu_socket
from ..models.gpu_type import GPUType, check_gpu_type
from ..models.security_type import SecurityType, check_security_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar


T = TypeVar("T", bound="PodRequestConfig")


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
        from ..models.env_var import EnvVar  # noqa: PLC0415

        d = dict(src_dict)
        cloud_id = d.pop("cloudId")

        gpu_type = check_gpu_type(d.pop("gpuType"))

        socket = check_gpu_socket(d.pop("socket"))

        gpu_count = d.pop("gpuCount")

        name = d.pop("name", UNSET)

        def _parse_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disk_size = _parse_disk_size(d.pop("diskSize", UNSET))

        def _parse_vcpus(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vcpus = _parse_vcpus(d.pop("vcpus", UNSET))

        def _parse_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory = _parse_memory(d.pop("memory", UNSET))

        def _parse_max_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_price = _parse_max_price(d.pop("maxPrice", UNSET))

        _image = d.pop("image", UNSET)
        image: EnvironmentTypeEnum | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = check_environment_type_enum(_image)

        def _parse_custom_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_template_id = _parse_custom_template_id(d.pop("customTemplateId", UNSET))

        def _parse_data_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_center_id = _parse_data_center_id(d.pop("dataCenterId", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_security(data: object) -> None | SecurityType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                security_type_0 = check_security_type(data)

                return security_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecurityType | Unset, data)

        security = _parse_security(d.pop("security", UNSET))

        def _parse_env_vars(data: object) -> list[EnvVar] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                env_vars_type_0 = []
                _env_vars_type_0 = data
                for env_vars_type_0_item_data in _env_vars_type_0:
                    env_vars_type_0_item = EnvVar.from_dict(env_vars_type_0_item_data)

                    env_vars_type_0.append(env_vars_type_0_item)

                return env_vars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnvVar] | None | Unset, data)

        env_vars = _parse_env_vars(d.pop("envVars", UNSET))

        def _parse_jupyter_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jupyter_password = _parse_jupyter_password(d.pop("jupyterPassword", UNSET))

        def _parse_ssh_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_key_id = _parse_ssh_key_id(d.pop("sshKeyId", UNSET))

        def _parse_auto_restart(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_restart = _parse_auto_restart(d.pop("autoRestart", UNSET))

        def _parse_prepaid_for_hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        prepaid_for_hr = _parse_prepaid_for_hr(d.pop("prepaidForHr", UNSET))

        pod_request_config = cls(
            cloud_id=cloud_id,
            gpu_type=gpu_type,
            socket=socket,
            gpu_count=gpu_count,
            name=name,
            disk_size=disk_size,
            vcpus=vcpus,
            memory=memory,
            max_price=max_price,
            image=image,
            custom_template_id=custom_template_id,
            data_center_id=data_center_id,
            country=country,
            security=security,
            env_vars=env_vars,
            jupyter_password=jupyter_password,
            ssh_key_id=ssh_key_id,
            auto_restart=auto_restart,
            prepaid_for_hr=prepaid_for_hr,
        )

        return pod_request_config
