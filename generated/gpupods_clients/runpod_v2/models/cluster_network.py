from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterNetwork")

_FIELDS = frozenset(
    (
        "cidr",
        "vxlanId",
        "vxlanPort",
    )
)


@_attrs_define
class ClusterNetwork:
    cidr: str

    vxlan_id: int | Unset = UNSET

    vxlan_port: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cidr = self.cidr

        vxlan_id = self.vxlan_id

        vxlan_port = self.vxlan_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cidr": cidr,
            }
        )
        if vxlan_id is not UNSET:
            field_dict["vxlanId"] = vxlan_id
        if vxlan_port is not UNSET:
            field_dict["vxlanPort"] = vxlan_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cluster_network = cls(
            src_dict["cidr"],  # cidr
            src_dict.get("vxlanId", UNSET),  # vxlan_id
            src_dict.get("vxlanPort", UNSET),  # vxlan_port
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            cluster_network.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return cluster_network

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
