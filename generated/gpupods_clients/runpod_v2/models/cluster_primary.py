from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pod_status import PodStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterPrimary")

_FIELDS = frozenset(
    (
        "podId",
        "status",
        "sshEndpoint",
    )
)


@_attrs_define
class ClusterPrimary:
    """The entry pod of the cluster."""

    pod_id: str

    status: PodStatus
    """ PROVISIONING, then STARTING, then RUNNING; EXITED once stopped, ERROR if it cannot recover, TERMINATED once
    deleted. """

    ssh_endpoint: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pod_id = self.pod_id

        status: str = self.status

        ssh_endpoint = self.ssh_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "podId": pod_id,
                "status": status,
            }
        )
        if ssh_endpoint is not UNSET:
            field_dict["sshEndpoint"] = ssh_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cluster_primary = cls(
            src_dict["podId"],  # pod_id
            src_dict["status"],  # status
            src_dict.get("sshEndpoint", UNSET),  # ssh_endpoint
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            cluster_primary.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return cluster_primary

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
