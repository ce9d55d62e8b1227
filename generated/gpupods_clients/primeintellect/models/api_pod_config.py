from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type_enum import (
    EnvironmentTypeEnum,
)
from ..models.gpu_socket import GPUSocket
from ..models.gpu_type import GPUType
from ..models.installation_status_enum import (
    InstallationStatusEnum,
)
from ..models.pod_status_enum import PodStatusEnum
from ..models.pod_type_enum import PodTypeEnum
from ..models.provider_type_enum import ProviderTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="APIPodConfig")

_FIELDS = frozenset(
    (
        "userId",
        "name",
        "providerType",
        "gpuName",
        "gpuCount",
        "socket",
        "priceHr",
        "id",
        "teamId",
        "walletId",
        "type",
        "status",
        "installationStatus",
        "installationFailure",
        "installationProgress",
        "createdAt",
        "updatedAt",
        "terminatedAt",
        "stoppedPriceHr",
        "provisioningPriceHr",
        "environmentType",
        "customTemplateId",
        "clusterId",
        "primePortMapping",
        "sshConnection",
        "ip",
        "resources",
        "attachedResources",
        "isSpot",
        "autoRestart",
    )
)


@_attrs_define
class APIPodConfig:
    """A pod as stored by the platform."""

    user_id: str

    name: str

    provider_type: ProviderTypeEnum

    gpu_name: GPUType

    gpu_count: int

    socket: GPUSocket

    price_hr: float
    """ Hourly price while running. """

    id: str | Unset = UNSET

    team_id: None | str | Unset = UNSET

    wallet_id: None | str | Unset = UNSET

    type_: PodTypeEnum | Unset = UNSET

    status: PodStatusEnum | Unset = UNSET

    installation_status: InstallationStatusEnum | Unset = UNSET

    installation_failure: None | str | Unset = UNSET

    installation_progress: int | None | Unset = UNSET
    """ Installation progress in percent. """

    created_at: datetime.datetime | Unset = UNSET

    updated_at: datetime.datetime | Unset = UNSET

    terminated_at: datetime.datetime | None | Unset = UNSET

    stopped_price_hr: float | None | Unset = UNSET
    """ Hourly price while stopped. """

    provisioning_price_hr: float | None | Unset = 0.0

    environment_type: EnvironmentTypeEnum | Unset = UNSET
    """ Base image of the pod. """

    custom_template_id: None | str | Unset = UNSET

    cluster_id: None | str | Unset = UNSET
    """ Links the pods of one multi-node cluster. """

    prime_port_mapping: list[PortMapping] | None | Unset = UNSET

    ssh_connection: list[None | str] | None | str | Unset = UNSET
    """ SSH command target; a list for multi-node pods. """

    ip: list[None | str] | None | str | Unset = UNSET
    """ Public IP address; a list for multi-node pods. """

    resources: InstanceResources | None | Unset = UNSET

    attached_resources: list[AttachedResources] | None | Unset = UNSET

    is_spot: bool | None | Unset = UNSET

    auto_restart: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        provider_type: str = self.provider_type

        gpu_name: str = self.gpu_name

        gpu_count = self.gpu_count

        socket: str = self.socket

        price_hr = self.price_hr

        id = self.id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        wallet_id: None | str | Unset
        if isinstance(self.wallet_id, Unset):
            wallet_id = UNSET
        else:
            wallet_id = self.wallet_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        installation_status: str | Unset = UNSET
        if not isinstance(self.installation_status, Unset):
            installation_status = self.installation_status

        installation_failure: None | str | Unset
        if isinstance(self.installation_failure, Unset):
            installation_failure = UNSET
        else:
            installation_failure = self.installation_failure

        installation_progress: int | None | Unset
        if isinstance(self.installation_progress, Unset):
            installation_progress = UNSET
        else:
            installation_progress = self.installation_progress

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        terminated_at: None | str | Unset
        if isinstance(self.terminated_at, Unset):
            terminated_at = UNSET
        elif isinstance(self.terminated_at, datetime.datetime):
            terminated_at = self.terminated_at.isoformat()
        else:
            terminated_at = self.terminated_at

        stopped_price_hr: float | None | Unset
        if isinstance(self.stopped_price_hr, Unset):
            stopped_price_hr = UNSET
        else:
            stopped_price_hr = self.stopped_price_hr

        provisioning_price_hr: float | None | Unset
        if isinstance(self.provisioning_price_hr, Unset):
            provisioning_price_hr = UNSET
        else:
            provisioning_price_hr = self.provisioning_price_hr

        environment_type: str | Unset = UNSET
        if not isinstance(self.environment_type, Unset):
            environment_type = self.environment_type

        custom_template_id: None | str | Unset
        if isinstance(self.custom_template_id, Unset):
            custom_template_id = UNSET
        else:
            custom_template_id = self.custom_template_id

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        prime_port_mapping: list[dict[str, Any]] | None | Unset
        if isinstance(self.prime_port_mapping, Unset):
            prime_port_mapping = UNSET
        elif isinstance(self.prime_port_mapping, list):
            prime_port_mapping = []
            for prime_port_mapping_type_0_item_data in self.prime_port_mapping:
                prime_port_mapping_type_0_item = (
                    prime_port_mapping_type_0_item_data.to_dict()
                )
                prime_port_mapping.append(prime_port_mapping_type_0_item)

        else:
            prime_port_mapping = self.prime_port_mapping

        ssh_connection: list[None | str] | None | str | Unset
        if isinstance(self.ssh_connection, Unset):
            ssh_connection = UNSET
        elif isinstance(self.ssh_connection, list):
            ssh_connection = []
            for ssh_connection_type_1_item_data in self.ssh_connection:
                ssh_connection_type_1_item: None | str
                ssh_connection_type_1_item = ssh_connection_type_1_item_data
                ssh_connection.append(ssh_connection_type_1_item)

        else:
            ssh_connection = self.ssh_connection

        ip: list[None | str] | None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        elif isinstance(self.ip, list):
            ip = []
            for ip_type_1_item_data in self.ip:
                ip_type_1_item: None | str
                ip_type_1_item = ip_type_1_item_data
                ip.append(ip_type_1_item)

        else:
            ip = self.ip

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, InstanceResources):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        attached_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.attached_resources, Unset):
            attached_resources = UNSET
        elif isinstance(self.attached_resources, list):
            attached_resources = []
            for attached_resources_type_0_item_data in self.attached_resources:
                attached_resources_type_0_item = (
                    attached_resources_type_0_item_data.to_dict()
                )
                attached_resources.append(attached_resources_type_0_item)

        else:
            attached_resources = self.attached_resources

        is_spot: bool | None | Unset
        if isinstance(self.is_spot, Unset):
            is_spot = UNSET
        else:
            is_spot = self.is_spot

        auto_restart: bool | None | Unset
        if isinstance(self.auto_restart, Unset):
            auto_restart = UNSET
        else:
            auto_restart = self.auto_restart

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "name": name,
                "providerType": provider_type,
                "gpuName": gpu_name,
                "gpuCount": gpu_count,
                "socket": socket,
                "priceHr": price_hr,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if wallet_id is not UNSET:
            field_dict["walletId"] = wallet_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if installation_status is not UNSET:
            field_dict["installationStatus"] = installation_status
        if installation_failure is not UNSET:
            field_dict["installationFailure"] = installation_failure
        if installation_progress is not UNSET:
            field_dict["installationProgress"] = installation_progress
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if terminated_at is not UNSET:
            field_dict["terminatedAt"] = terminated_at
        if stopped_price_hr is not UNSET:
            field_dict["stoppedPriceHr"] = stopped_price_hr
        if provisioning_price_hr is not UNSET:
            field_dict["provisioningPriceHr"] = provisioning_price_hr
        if environment_type is not UNSET:
            field_dict["environmentType"] = environment_type
        if custom_template_id is not UNSET:
            field_dict["customTemplateId"] = custom_template_id
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if prime_port_mapping is not UNSET:
            field_dict["primePortMapping"] = prime_port_mapping
        if ssh_connection is not UNSET:
            field_dict["sshConnection"] = ssh_connection
        if ip is not UNSET:
            field_dict["ip"] = ip
        if resources is not UNSET:
            field_dict["resources"] = resources
        if attached_resources is not UNSET:
            field_dict["attachedResources"] = attached_resources
        if is_spot is not UNSET:
            field_dict["isSpot"] = is_spot
        if auto_restart is not UNSET:
            field_dict["autoRestart"] = auto_restart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _terminated_at = src_dict.get("terminatedAt", UNSET)
        terminated_at: datetime.datetime | None | Unset
        if _terminated_at is None or isinstance(_terminated_at, Unset):
            terminated_at = _terminated_at
        else:
            try:
                if not isinstance(_terminated_at, str):
                    raise TypeError()
                terminated_at = datetime.datetime.fromisoformat(_terminated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                terminated_at = _terminated_at

        _prime_port_mapping = src_dict.get("primePortMapping", UNSET)
        prime_port_mapping: list[PortMapping] | None | Unset
        if _prime_port_mapping is None or isinstance(_prime_port_mapping, Unset):
            prime_port_mapping = _prime_port_mapping
        else:
            try:
                if not isinstance(_prime_port_mapping, list):
                    raise TypeError()
                prime_port_mapping = [
                    PortMapping.from_dict(item0) for item0 in _prime_port_mapping
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                prime_port_mapping = _prime_port_mapping

        _ssh_connection = src_dict.get("sshConnection", UNSET)
        ssh_connection: list[None | str] | None | str | Unset
        if _ssh_connection is None or isinstance(_ssh_connection, Unset):
            ssh_connection = _ssh_connection
        else:
            try:
                if not isinstance(_ssh_connection, list):
                    raise TypeError()
                ssh_connection = list(_ssh_connection)
            except (TypeError, ValueError, AttributeError, KeyError):
                ssh_connection = _ssh_connection

        _ip = src_dict.get("ip", UNSET)
        ip: list[None | str] | None | str | Unset
        if _ip is None or isinstance(_ip, Unset):
            ip = _ip
        else:
            try:
                if not isinstance(_ip, list):
                    raise TypeError()
                ip = list(_ip)
            except (TypeError, ValueError, AttributeError, KeyError):
                ip = _ip

        _resources = src_dict.get("resources", UNSET)
        resources: InstanceResources | None | Unset
        if _resources is None or isinstance(_resources, Unset):
            resources = _resources
        else:
            try:
                if not isinstance(_resources, dict):
                    raise TypeError()
                resources = InstanceResources.from_dict(_resources)
            except (TypeError, ValueError, AttributeError, KeyError):
                resources = _resources

        _attached_resources = src_dict.get("attachedResources", UNSET)
        attached_resources: list[AttachedResources] | None | Unset
        if _attached_resources is None or isinstance(_attached_resources, Unset):
            attached_resources = _attached_resources
        else:
            try:
                if not isinstance(_attached_resources, list):
                    raise TypeError()
                attached_resources = [
                    AttachedResources.from_dict(item0) for item0 in _attached_resources
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                attached_resources = _attached_resources

        api_pod_config = cls(
            src_dict["userId"],  # user_id
            src_dict["name"],  # name
            src_dict["providerType"],  # provider_type
            src_dict["gpuName"],  # gpu_name
            src_dict["gpuCount"],  # gpu_count
            src_dict["socket"],  # socket
            src_dict["priceHr"],  # price_hr
            src_dict.get("id", UNSET),  # id
            src_dict.get("teamId", UNSET),  # team_id
            src_dict.get("walletId", UNSET),  # wallet_id
            src_dict.get("type", UNSET),  # type_
            src_dict.get("status", UNSET),  # status
            src_dict.get("installationStatus", UNSET),  # installation_status
            src_dict.get("installationFailure", UNSET),  # installation_failure
            src_dict.get("installationProgress", UNSET),  # installation_progress
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET,  # created_at
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET,  # updated_at
            terminated_at,  # terminated_at
            src_dict.get("stoppedPriceHr", UNSET),  # stopped_price_hr
            src_dict.get("provisioningPriceHr", UNSET),  # provisioning_price_hr
            src_dict.get("environmentType", UNSET),  # environment_type
            src_dict.get("customTemplateId", UNSET),  # custom_template_id
            src_dict.get("clusterId", UNSET),  # cluster_id
            prime_port_mapping,  # prime_port_mapping
            ssh_connection,  # ssh_connection
            ip,  # ip
            resources,  # resources
            attached_resources,  # attached_resources
            src_dict.get("isSpot", UNSET),  # is_spot
            src_dict.get("autoRestart", UNSET),  # auto_restart
        )
        if len(src_dict) > 7 and not _FIELDS.issuperset(src_dict):
            api_pod_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return api_pod_config

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
from ..models.attached_resources import AttachedResources  # noqa: E402
from ..models.instance_resources import InstanceResources  # noqa: E402
from ..models.port_mapping import PortMapping  # noqa: E402
