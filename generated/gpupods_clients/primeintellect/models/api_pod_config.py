from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type_enum import (
    EnvironmentTypeEnum,
    check_environment_type_enum,
)
from ..models.gpu_socket import GPUSocket, check_gpu_socket
from ..models.gpu_type import GPUType, check_gpu_type
from ..models.installation_status_enum import (
    InstallationStatusEnum,
    check_installation_status_enum,
)
from ..models.pod_status_enum import PodStatusEnum, check_pod_status_enum
from ..models.pod_type_enum import PodTypeEnum, check_pod_type_enum
from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attached_resources import AttachedResources
    from ..models.instance_resources import InstanceResources
    from ..models.port_mapping import PortMapping


T = TypeVar("T", bound="APIPodConfig")


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
        from ..models.instance_resources import InstanceResources  # noqa: PLC0415

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
        from ..models.attached_resources import AttachedResources  # noqa: PLC0415
        from ..models.instance_resources import InstanceResources  # noqa: PLC0415
        from ..models.port_mapping import PortMapping  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("userId")

        name = d.pop("name")

        provider_type = check_provider_type_enum(d.pop("providerType"))

        gpu_name = check_gpu_type(d.pop("gpuName"))

        gpu_count = d.pop("gpuCount")

        socket = check_gpu_socket(d.pop("socket"))

        price_hr = d.pop("priceHr")

        id = d.pop("id", UNSET)

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("teamId", UNSET))

        def _parse_wallet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_id = _parse_wallet_id(d.pop("walletId", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: PodTypeEnum | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_pod_type_enum(_type_)

        _status = d.pop("status", UNSET)
        status: PodStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_pod_status_enum(_status)

        _installation_status = d.pop("installationStatus", UNSET)
        installation_status: InstallationStatusEnum | Unset
        if isinstance(_installation_status, Unset):
            installation_status = UNSET
        else:
            installation_status = check_installation_status_enum(_installation_status)

        def _parse_installation_failure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        installation_failure = _parse_installation_failure(
            d.pop("installationFailure", UNSET)
        )

        def _parse_installation_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        installation_progress = _parse_installation_progress(
            d.pop("installationProgress", UNSET)
        )

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_terminated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terminated_at_type_0 = datetime.datetime.fromisoformat(data)

                return terminated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        terminated_at = _parse_terminated_at(d.pop("terminatedAt", UNSET))

        def _parse_stopped_price_hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stopped_price_hr = _parse_stopped_price_hr(d.pop("stoppedPriceHr", UNSET))

        def _parse_provisioning_price_hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        provisioning_price_hr = _parse_provisioning_price_hr(
            d.pop("provisioningPriceHr", UNSET)
        )

        _environment_type = d.pop("environmentType", UNSET)
        environment_type: EnvironmentTypeEnum | Unset
        if isinstance(_environment_type, Unset):
            environment_type = UNSET
        else:
            environment_type = check_environment_type_enum(_environment_type)

        def _parse_custom_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_template_id = _parse_custom_template_id(d.pop("customTemplateId", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterId", UNSET))

        def _parse_prime_port_mapping(data: object) -> list[PortMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prime_port_mapping_type_0 = []
                _prime_port_mapping_type_0 = data
                for prime_port_mapping_type_0_item_data in _prime_port_mapping_type_0:
                    prime_port_mapping_type_0_item = PortMapping.from_dict(
                        prime_port_mapping_type_0_item_data
                    )

                    prime_port_mapping_type_0.append(prime_port_mapping_type_0_item)

                return prime_port_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortMapping] | None | Unset, data)

        prime_port_mapping = _parse_prime_port_mapping(d.pop("primePortMapping", UNSET))

        def _parse_ssh_connection(
            data: object,
        ) -> list[None | str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ssh_connection_type_1 = []
                _ssh_connection_type_1 = data
                for ssh_connection_type_1_item_data in _ssh_connection_type_1:

                    def _parse_ssh_connection_type_1_item(data: object) -> None | str:
                        if data is None:
                            return data
                        return cast(None | str, data)

                    ssh_connection_type_1_item = _parse_ssh_connection_type_1_item(
                        ssh_connection_type_1_item_data
                    )

                    ssh_connection_type_1.append(ssh_connection_type_1_item)

                return ssh_connection_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | str] | None | str | Unset, data)

        ssh_connection = _parse_ssh_connection(d.pop("sshConnection", UNSET))

        def _parse_ip(data: object) -> list[None | str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ip_type_1 = []
                _ip_type_1 = data
                for ip_type_1_item_data in _ip_type_1:

                    def _parse_ip_type_1_item(data: object) -> None | str:
                        if data is None:
                            return data
                        return cast(None | str, data)

                    ip_type_1_item = _parse_ip_type_1_item(ip_type_1_item_data)

                    ip_type_1.append(ip_type_1_item)

                return ip_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | str] | None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_resources(data: object) -> InstanceResources | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resources_type_0 = InstanceResources.from_dict(data)

                return resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstanceResources | None | Unset, data)

        resources = _parse_resources(d.pop("resources", UNSET))

        def _parse_attached_resources(
            data: object,
        ) -> list[AttachedResources] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attached_resources_type_0 = []
                _attached_resources_type_0 = data
                for attached_resources_type_0_item_data in _attached_resources_type_0:
                    attached_resources_type_0_item = AttachedResources.from_dict(
                        attached_resources_type_0_item_data
                    )

                    attached_resources_type_0.append(attached_resources_type_0_item)

                return attached_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AttachedResources] | None | Unset, data)

        attached_resources = _parse_attached_resources(
            d.pop("attachedResources", UNSET)
        )

        def _parse_is_spot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_spot = _parse_is_spot(d.pop("isSpot", UNSET))

        def _parse_auto_restart(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_restart = _parse_auto_restart(d.pop("autoRestart", UNSET))

        api_pod_config = cls(
            user_id=user_id,
            name=name,
            provider_type=provider_type,
            gpu_name=gpu_name,
            gpu_count=gpu_count,
            socket=socket,
            price_hr=price_hr,
            id=id,
            team_id=team_id,
            wallet_id=wallet_id,
            type_=type_,
            status=status,
            installation_status=installation_status,
            installation_failure=installation_failure,
            installation_progress=installation_progress,
            created_at=created_at,
            updated_at=updated_at,
            terminated_at=terminated_at,
            stopped_price_hr=stopped_price_hr,
            provisioning_price_hr=provisioning_price_hr,
            environment_type=environment_type,
            custom_template_id=custom_template_id,
            cluster_id=cluster_id,
            prime_port_mapping=prime_port_mapping,
            ssh_connection=ssh_connection,
            ip=ip,
            resources=resources,
            attached_resources=attached_resources,
            is_spot=is_spot,
            auto_restart=auto_restart,
        )

        api_pod_config.additional_properties = d
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
