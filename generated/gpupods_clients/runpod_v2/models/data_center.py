from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compliance import Compliance, check_compliance
from ..models.data_center_region import DataCenterRegion, check_data_center_region
from ..models.volume_type import VolumeType, check_volume_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalog_resource_availability import CatalogResourceAvailability


T = TypeVar("T", bound="DataCenter")


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
        from ..models.catalog_resource_availability import (
            CatalogResourceAvailability,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        region = check_data_center_region(d.pop("region"))

        global_network = d.pop("globalNetwork")

        network_volume_types = []
        _network_volume_types = d.pop("networkVolumeTypes")
        for network_volume_types_item_data in _network_volume_types:
            network_volume_types_item = check_volume_type(
                network_volume_types_item_data
            )

            network_volume_types.append(network_volume_types_item)

        compliance = []
        _compliance = d.pop("compliance")
        for compliance_item_data in _compliance:
            compliance_item = check_compliance(compliance_item_data)

            compliance.append(compliance_item)

        _gpu_availability = d.pop("gpuAvailability", UNSET)
        gpu_availability: list[CatalogResourceAvailability] | Unset = UNSET
        if _gpu_availability is not UNSET:
            gpu_availability = []
            for gpu_availability_item_data in _gpu_availability:
                gpu_availability_item = CatalogResourceAvailability.from_dict(
                    gpu_availability_item_data
                )

                gpu_availability.append(gpu_availability_item)

        _cpu_availability = d.pop("cpuAvailability", UNSET)
        cpu_availability: list[CatalogResourceAvailability] | Unset = UNSET
        if _cpu_availability is not UNSET:
            cpu_availability = []
            for cpu_availability_item_data in _cpu_availability:
                cpu_availability_item = CatalogResourceAvailability.from_dict(
                    cpu_availability_item_data
                )

                cpu_availability.append(cpu_availability_item)

        data_center = cls(
            id=id,
            name=name,
            region=region,
            global_network=global_network,
            network_volume_types=network_volume_types,
            compliance=compliance,
            gpu_availability=gpu_availability,
            cpu_availability=cpu_availability,
        )

        data_center.additional_properties = d
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
