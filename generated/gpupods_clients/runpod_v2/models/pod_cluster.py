from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pod_cluster_role import PodClusterRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="PodCluster")

_FIELDS = frozenset(
    (
        "id",
        "rank",
        "role",
        "ip",
    )
)


@_attrs_define
class PodCluster:
    """A pod's place in its cluster."""

    id: str

    rank: int | None

    role: PodClusterRole | Unset = UNSET

    ip: str | Unset = UNSET
    """ Address on the cluster network. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rank: int | None
        rank = self.rank

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rank": rank,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        pod_cluster = cls(
            src_dict["id"],  # id
            src_dict["rank"],  # rank
            src_dict.get("role", UNSET),  # role
            src_dict.get("ip", UNSET),  # ip
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            pod_cluster.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pod_cluster

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
