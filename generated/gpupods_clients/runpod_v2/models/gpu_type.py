from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.availability_level import AvailabilityLevel, check_availability_level
from ..models.gpu_manufacturer import GpuManufacturer, check_gpu_manufacturer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cuda_version_availability import CudaVersionAvailability
    from ..models.data_center_availability import DataCenterAvailability
    from ..models.gpu_type_max_count import GpuTypeMaxCount
    from ..models.gpu_type_price import GpuTypePrice


T = TypeVar("T", bound="GpuType")


@_attrs_define
class GpuType:
    id: str
    """ The value pods take as gpu.id. """
    name: str
    pool: None | str
    """ Serverless pool id; null outside any pool. """
    manufacturer: GpuManufacturer
    memory: int
    """ GPU memory in GB. """
    secure: bool
    """ Offered in the secure cloud. """
    community: bool
    """ Offered in the community cloud. """
    price: GpuTypePrice
    """ List price in USD per GPU-hour; multiply by the GPU count. Account discounts not applied. """
    max_count: GpuTypeMaxCount
    """ Most GPUs one pod of this type can have, per cloud (a ceiling, not stock). """
    availability: AvailabilityLevel | Unset = UNSET
    data_centers: list[DataCenterAvailability] | Unset = UNSET
    cuda_versions: list[CudaVersionAvailability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        pool: None | str
        pool = self.pool

        manufacturer: str = self.manufacturer

        memory = self.memory

        secure = self.secure

        community = self.community

        price = self.price.to_dict()

        max_count = self.max_count.to_dict()

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        data_centers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_centers, Unset):
            data_centers = []
            for data_centers_item_data in self.data_centers:
                data_centers_item = data_centers_item_data.to_dict()
                data_centers.append(data_centers_item)

        cuda_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cuda_versions, Unset):
            cuda_versions = []
            for cuda_versions_item_data in self.cuda_versions:
                cuda_versions_item = cuda_versions_item_data.to_dict()
                cuda_versions.append(cuda_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pool": pool,
                "manufacturer": manufacturer,
                "memory": memory,
                "secure": secure,
                "community": community,
                "price": price,
                "maxCount": max_count,
            }
        )
        if availability is not UNSET:
            field_dict["availability"] = availability
        if data_centers is not UNSET:
            field_dict["dataCenters"] = data_centers
        if cuda_versions is not UNSET:
            field_dict["cudaVersions"] = cuda_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cuda_version_availability import (
            CudaVersionAvailability,  # noqa: PLC0415
        )
        from ..models.data_center_availability import (
            DataCenterAvailability,  # noqa: PLC0415
        )
        from ..models.gpu_type_max_count import GpuTypeMaxCount  # noqa: PLC0415
        from ..models.gpu_type_price import GpuTypePrice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_pool(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pool = _parse_pool(d.pop("pool"))

        manufacturer = check_gpu_manufacturer(d.pop("manufacturer"))

        memory = d.pop("memory")

        secure = d.pop("secure")

        community = d.pop("community")

        price = GpuTypePrice.from_dict(d.pop("price"))

        max_count = GpuTypeMaxCount.from_dict(d.pop("maxCount"))

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

        _cuda_versions = d.pop("cudaVersions", UNSET)
        cuda_versions: list[CudaVersionAvailability] | Unset = UNSET
        if _cuda_versions is not UNSET:
            cuda_versions = []
            for cuda_versions_item_data in _cuda_versions:
                cuda_versions_item = CudaVersionAvailability.from_dict(
                    cuda_versions_item_data
                )

                cuda_versions.append(cuda_versions_item)

        gpu_type = cls(
            id=id,
            name=name,
            pool=pool,
            manufacturer=manufacturer,
            memory=memory,
            secure=secure,
            community=community,
            price=price,
            max_count=max_count,
            availability=availability,
            data_centers=data_centers,
            cuda_versions=cuda_versions,
        )

        gpu_type.additional_properties = d
        return gpu_type

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
