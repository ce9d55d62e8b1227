from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.availability_level import AvailabilityLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CpuType")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "group",
        "vcpu",
        "ramGbPerVcpu",
        "price",
        "availability",
        "dataCenters",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cpu_type = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["group"],  # group
            CpuTypeVcpu.from_dict(src_dict["vcpu"]),  # vcpu
            src_dict["ramGbPerVcpu"],  # ram_gb_per_vcpu
            CpuTypePrice.from_dict(src_dict["price"]),  # price
            src_dict.get("availability", UNSET),  # availability
            [
                DataCenterAvailability.from_dict(item0)
                for item0 in src_dict["dataCenters"]
            ]
            if "dataCenters" in src_dict
            else UNSET,  # data_centers
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            cpu_type.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.cpu_type_price import CpuTypePrice  # noqa: E402
from ..models.cpu_type_vcpu import CpuTypeVcpu  # noqa: E402
from ..models.data_center_availability import DataCenterAvailability  # noqa: E402
