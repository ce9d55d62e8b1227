from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Cluster")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "availableGpuType",
        "supportNetworkStorage",
        "supportInstanceNetwork",
    )
)


@_attrs_define
class Cluster:
    id: str

    name: str

    available_gpu_type: list[str]

    support_network_storage: bool

    support_instance_network: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        available_gpu_type = self.available_gpu_type

        support_network_storage = self.support_network_storage

        support_instance_network = self.support_instance_network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "availableGpuType": available_gpu_type,
                "supportNetworkStorage": support_network_storage,
                "supportInstanceNetwork": support_instance_network,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cluster = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["availableGpuType"],  # available_gpu_type
            src_dict["supportNetworkStorage"],  # support_network_storage
            src_dict["supportInstanceNetwork"],  # support_instance_network
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            cluster.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return cluster

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
