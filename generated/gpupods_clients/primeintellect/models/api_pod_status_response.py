from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.installation_status_enum import (
    InstallationStatusEnum,
)
from ..models.pod_status_enum import PodStatusEnum
from ..models.provider_type_enum import ProviderTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="APIPodStatusResponse")

_FIELDS = frozenset(
    (
        "podId",
        "providerType",
        "status",
        "sshConnection",
        "ip",
        "installationStatus",
        "installationFailure",
        "installationProgress",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

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

        api_pod_status_response = cls(
            src_dict["podId"],  # pod_id
            src_dict["providerType"],  # provider_type
            src_dict["status"],  # status
            ssh_connection,  # ssh_connection
            ip,  # ip
            src_dict.get("installationStatus", UNSET),  # installation_status
            src_dict.get("installationFailure", UNSET),  # installation_failure
            src_dict.get("installationProgress", UNSET),  # installation_progress
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            api_pod_status_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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
