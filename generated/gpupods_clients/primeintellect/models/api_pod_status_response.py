from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.installation_status_enum import (
    InstallationStatusEnum,
    check_installation_status_enum,
)
from ..models.pod_status_enum import PodStatusEnum, check_pod_status_enum
from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="APIPodStatusResponse")


@_attrs_define
class APIPodStatusResponse:
    """Live state and connection details of one pod."""

    pod_id: str
    provider_type: ProviderTypeEnum
    status: PodStatusEnum
    ssh_connection: list[None | str] | None | str | Unset = UNSET
    """ SSH command target such as `root@1.2.3.4 -p 22`; a list for multi-node pods. """
    ip: list[None | str] | None | str | Unset = UNSET
    """ Public IP address; a list for multi-node pods. """
    installation_status: InstallationStatusEnum | None | Unset = UNSET
    installation_failure: None | str | Unset = UNSET
    installation_progress: int | None | Unset = UNSET
    """ Installation progress in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pod_id = self.pod_id

        provider_type: str = self.provider_type

        status: str = self.status

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

        installation_status: None | str | Unset
        if isinstance(self.installation_status, Unset):
            installation_status = UNSET
        elif isinstance(self.installation_status, str):
            installation_status = self.installation_status
        else:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "podId": pod_id,
                "providerType": provider_type,
                "status": status,
            }
        )
        if ssh_connection is not UNSET:
            field_dict["sshConnection"] = ssh_connection
        if ip is not UNSET:
            field_dict["ip"] = ip
        if installation_status is not UNSET:
            field_dict["installationStatus"] = installation_status
        if installation_failure is not UNSET:
            field_dict["installationFailure"] = installation_failure
        if installation_progress is not UNSET:
            field_dict["installationProgress"] = installation_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pod_id = d.pop("podId")

        provider_type = check_provider_type_enum(d.pop("providerType"))

        status = check_pod_status_enum(d.pop("status"))

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

        def _parse_installation_status(
            data: object,
        ) -> InstallationStatusEnum | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                installation_status_type_0 = check_installation_status_enum(data)

                return installation_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstallationStatusEnum | None | Unset, data)

        installation_status = _parse_installation_status(
            d.pop("installationStatus", UNSET)
        )

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

        api_pod_status_response = cls(
            pod_id=pod_id,
            provider_type=provider_type,
            status=status,
            ssh_connection=ssh_connection,
            ip=ip,
            installation_status=installation_status,
            installation_failure=installation_failure,
            installation_progress=installation_progress,
        )

        api_pod_status_response.additional_properties = d
        return api_pod_status_response

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
