from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compliance import Compliance
from ..models.data_center_region import DataCenterRegion
from ..models.volume_type import VolumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataCenter")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "region",
        "globalNetwork",
        "networkVolumeTypes",
        "compliance",
        "gpuAvailability",
        "cpuAvailability",
    )
)


@_attrs_define
class DataCenter:
    id: str

    name: str

    region: DataCenterRegion

    global_network: bool

    network_volume_types: list[VolumeType]

    compliance: list[Compliance]

    gpu_availability: list[CatalogResourceAvailability] | Unset = UNSET

    cpu_availability: list[CatalogResourceAvailability] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        region: str = self.region

        global_network = self.global_network

        network_volume_types = []
        for network_volume_types_item_data in self.network_volume_types:
            network_volume_types_item: str = network_volume_types_item_data
            network_volume_types.append(network_volume_types_item)

        compliance = []
        for compliance_item_data in self.compliance:
            compliance_item: str = compliance_item_data
            compliance.append(compliance_item)

        gpu_availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gpu_availability, Unset):
            gpu_availability = []
            for gpu_availability_item_data in self.gpu_availability:
                gpu_availability_item = gpu_availability_item_data.to_dict()
                gpu_availability.append(gpu_availability_item)

        cpu_availability: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cpu_availability, Unset):
            cpu_availability = []
            for cpu_availability_item_data in self.cpu_availability:
                cpu_availability_item = cpu_availability_item_data.to_dict()
                cpu_availability.append(cpu_availability_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "region": region,
                "globalNetwork": global_network,
                "networkVolumeTypes": network_volume_types,
                "compliance": compliance,
            }
        )
        if gpu_availability is not UNSET:
            field_dict["gpuAvailability"] = gpu_availability
        if cpu_availability is not UNSET:
            field_dict["cpuAvailability"] = cpu_availability

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        data_center = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["region"],  # region
            src_dict["globalNetwork"],  # global_network
            list(src_dict["networkVolumeTypes"]),  # network_volume_types
            list(src_dict["compliance"]),  # compliance
            [
                CatalogResourceAvailability.from_dict(item0)
                for item0 in src_dict["gpuAvailability"]
            ]
            if "gpuAvailability" in src_dict
            else UNSET,  # gpu_availability
            [
                CatalogResourceAvailability.from_dict(item0)
                for item0 in src_dict["cpuAvailability"]
            ]
            if "cpuAvailability" in src_dict
            else UNSET,  # cpu_availability
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            data_center.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return data_center

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
from ..models.catalog_resource_availability import (
    CatalogResourceAvailability,  # noqa: E402
)
