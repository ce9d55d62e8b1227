from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pod_cluster_role import PodClusterRole, check_pod_cluster_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="PodCluster")


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
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rank = _parse_rank(d.pop("rank"))

        _role = d.pop("role", UNSET)
        role: PodClusterRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_pod_cluster_role(_role)

        ip = d.pop("ip", UNSET)

        pod_cluster = cls(
            id=id,
            rank=rank,
            role=role,
            ip=ip,
        )

        pod_cluster.additional_properties = d
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
