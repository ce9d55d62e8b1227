from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.availability_level import AvailabilityLevel, check_availability_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_type_price import CpuTypePrice
    from ..models.cpu_type_vcpu import CpuTypeVcpu
    from ..models.data_center_availability import DataCenterAvailability


T = TypeVar("T", bound="CpuType")


@_attrs_define
class CpuType:
    id: str
    """ The value pods take as cpu.id. """
    name: str
    group: str
    vcpu: CpuTypeVcpu
    """ Range of vCPU counts the flavor offers. """
    ram_gb_per_vcpu: float
    price: CpuTypePrice
    """ USD per vCPU-hour; multiply by the vCPU count. """
    availability: AvailabilityLevel | Unset = UNSET
    data_centers: list[DataCenterAvailability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        group = self.group

        vcpu = self.vcpu.to_dict()

        ram_gb_per_vcpu = self.ram_gb_per_vcpu

        price = self.price.to_dict()

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        data_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_centers, Unset):
            data_centers = []
            for data_centers_item_data in self.data_centers:
                data_centers_item = data_centers_item_data.to_dict()
                data_centers.append(data_centers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "group": group,
                "vcpu": vcpu,
                "ramGbPerVcpu": ram_gb_per_vcpu,
                "price": price,
            }
        )
        if availability is not UNSET:
            field_dict["availability"] = availability
        if data_centers is not UNSET:
            field_dict["dataCenters"] = data_centers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cpu_type_price import CpuTypePrice  # noqa: PLC0415
        from ..models.cpu_type_vcpu import CpuTypeVcpu  # noqa: PLC0415
        from ..models.data_center_availability import (
            DataCenterAvailability,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        group = d.pop("group")

        vcpu = CpuTypeVcpu.from_dict(d.pop("vcpu"))

        ram_gb_per_vcpu = d.pop("ramGbPerVcpu")

        price = CpuTypePrice.from_dict(d.pop("price"))

        _availability = d.pop("availability", UNSET)
        availability: AvailabilityLevel | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = check_availability_level(_availability)

        _data_centers = d.pop("dataCenters", UNSET)
        data_centers: list[DataCenterAvailability] | Unset = UNSET
        if _data_centers is not UNSET:
            data_centers = []
            for data_centers_item_data in _data_centers:
                data_centers_item = DataCenterAvailability.from_dict(
                    data_centers_item_data
                )

                data_centers.append(data_centers_item)

        cpu_type = cls(
            id=id,
            name=name,
            group=group,
            vcpu=vcpu,
            ram_gb_per_vcpu=ram_gb_per_vcpu,
            price=price,
            availability=availability,
            data_centers=data_centers,
        )

        cpu_type.additional_properties = d
        return cpu_type

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
