from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.availability_level import AvailabilityLevel
from ..models.gpu_manufacturer import GpuManufacturer
from ..types import UNSET, Unset

T = TypeVar("T", bound="GpuType")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "pool",
        "manufacturer",
        "memory",
        "secure",
        "community",
        "price",
        "maxCount",
        "availability",
        "dataCenters",
        "cudaVersions",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        gpu_type = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["pool"],  # pool
            src_dict["manufacturer"],  # manufacturer
            src_dict["memory"],  # memory
            src_dict["secure"],  # secure
            src_dict["community"],  # community
            GpuTypePrice.from_dict(src_dict["price"]),  # price
            GpuTypeMaxCount.from_dict(src_dict["maxCount"]),  # max_count
            src_dict.get("availability", UNSET),  # availability
            [
                DataCenterAvailability.from_dict(item0)
                for item0 in src_dict["dataCenters"]
            ]
            if "dataCenters" in src_dict
            else UNSET,  # data_centers
            [
                CudaVersionAvailability.from_dict(item0)
                for item0 in src_dict["cudaVersions"]
            ]
            if "cudaVersions" in src_dict
            else UNSET,  # cuda_versions
        )
        if len(src_dict) > 9 and not _FIELDS.issuperset(src_dict):
            gpu_type.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.cuda_version_availability import CudaVersionAvailability  # noqa: E402
from ..models.data_center_availability import DataCenterAvailability  # noqa: E402
from ..models.gpu_type_max_count import GpuTypeMaxCount  # noqa: E402
from ..models.gpu_type_price import GpuTypePrice  # noqa: E402
