from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type_enum import (
    EnvironmentTypeEnum,
)
from ..models.gpu_availability_stock_status import (
    GpuAvailabilityStockStatus,
)
from ..models.gpu_socket import GPUSocket
from ..models.gpu_type import GPUType
from ..models.provider_type_enum import ProviderTypeEnum
from ..models.regions import Regions
from ..models.security_type import SecurityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GpuAvailability")

_FIELDS = frozenset(
    (
        "cloudId",
        "gpuType",
        "socket",
        "provider",
        "gpuCount",
        "gpuMemory",
        "security",
        "prices",
        "images",
        "region",
        "dataCenter",
        "country",
        "disk",
        "sharedDisk",
        "vcpu",
        "memory",
        "internetSpeed",
        "interconnect",
        "interconnectType",
        "provisioningTime",
        "stockStatus",
        "isSpot",
        "prepaidTime",
    )
)


@_attrs_define
class GpuAvailability:
    """An offer of GPUs at one cloud location; cloudId identifies it when creating a pod."""

    cloud_id: str

    gpu_type: GPUType

    socket: GPUSocket

    provider: ProviderTypeEnum

    gpu_count: int

    gpu_memory: int
    """ Memory per GPU in GB. """

    security: SecurityType

    prices: Prices
    """ Hourly prices of an offer. """

    images: list[EnvironmentTypeEnum]

    region: None | Regions | Unset = UNSET

    data_center: None | str | Unset = UNSET

    country: None | str | Unset = UNSET

    disk: CustomSpecValue | Unset = UNSET
    """ A configurable size (disk, memory, vCPUs) with its bounds and unit price. """

    shared_disk: CustomSpecValue | Unset = UNSET
    """ A configurable size (disk, memory, vCPUs) with its bounds and unit price. """

    vcpu: CustomSpecValue | Unset = UNSET
    """ A configurable size (disk, memory, vCPUs) with its bounds and unit price. """

    memory: CustomSpecValue | Unset = UNSET
    """ A configurable size (disk, memory, vCPUs) with its bounds and unit price. """

    internet_speed: int | None | Unset = UNSET

    interconnect: int | None | Unset = UNSET

    interconnect_type: None | str | Unset = UNSET

    provisioning_time: int | None | Unset = UNSET

    stock_status: GpuAvailabilityStockStatus | Unset = "Available"

    is_spot: bool | None | Unset = UNSET

    prepaid_time: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloud_id = self.cloud_id

        gpu_type: str = self.gpu_type

        socket: str = self.socket

        provider: str = self.provider

        gpu_count = self.gpu_count

        gpu_memory = self.gpu_memory

        security: str = self.security

        prices = self.prices.to_dict()

        images = []
        for images_item_data in self.images:
            images_item: str = images_item_data
            images.append(images_item)

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, str):
            region = self.region
        else:
            region = self.region

        data_center: None | str | Unset
        if isinstance(self.data_center, Unset):
            data_center = UNSET
        else:
            data_center = self.data_center

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        shared_disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_disk, Unset):
            shared_disk = self.shared_disk.to_dict()

        vcpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vcpu, Unset):
            vcpu = self.vcpu.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        internet_speed: int | None | Unset
        if isinstance(self.internet_speed, Unset):
            internet_speed = UNSET
        else:
            internet_speed = self.internet_speed

        interconnect: int | None | Unset
        if isinstance(self.interconnect, Unset):
            interconnect = UNSET
        else:
            interconnect = self.interconnect

        interconnect_type: None | str | Unset
        if isinstance(self.interconnect_type, Unset):
            interconnect_type = UNSET
        else:
            interconnect_type = self.interconnect_type

        provisioning_time: int | None | Unset
        if isinstance(self.provisioning_time, Unset):
            provisioning_time = UNSET
        else:
            provisioning_time = self.provisioning_time

        stock_status: str | Unset = UNSET
        if not isinstance(self.stock_status, Unset):
            stock_status = self.stock_status

        is_spot: bool | None | Unset
        if isinstance(self.is_spot, Unset):
            is_spot = UNSET
        else:
            is_spot = self.is_spot

        prepaid_time: float | None | Unset
        if isinstance(self.prepaid_time, Unset):
            prepaid_time = UNSET
        else:
            prepaid_time = self.prepaid_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cloudId": cloud_id,
                "gpuType": gpu_type,
                "socket": socket,
                "provider": provider,
                "gpuCount": gpu_count,
                "gpuMemory": gpu_memory,
                "security": security,
                "prices": prices,
                "images": images,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if data_center is not UNSET:
            field_dict["dataCenter"] = data_center
        if country is not UNSET:
            field_dict["country"] = country
        if disk is not UNSET:
            field_dict["disk"] = disk
        if shared_disk is not UNSET:
            field_dict["sharedDisk"] = shared_disk
        if vcpu is not UNSET:
            field_dict["vcpu"] = vcpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if internet_speed is not UNSET:
            field_dict["internetSpeed"] = internet_speed
        if interconnect is not UNSET:
            field_dict["interconnect"] = interconnect
        if interconnect_type is not UNSET:
            field_dict["interconnectType"] = interconnect_type
        if provisioning_time is not UNSET:
            field_dict["provisioningTime"] = provisioning_time
        if stock_status is not UNSET:
            field_dict["stockStatus"] = stock_status
        if is_spot is not UNSET:
            field_dict["isSpot"] = is_spot
        if prepaid_time is not UNSET:
            field_dict["prepaidTime"] = prepaid_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        gpu_availability = cls(
            src_dict["cloudId"],  # cloud_id
            src_dict["gpuType"],  # gpu_type
            src_dict["socket"],  # socket
            src_dict["provider"],  # provider
            src_dict["gpuCount"],  # gpu_count
            src_dict["gpuMemory"],  # gpu_memory
            src_dict["security"],  # security
            Prices.from_dict(src_dict["prices"]),  # prices
            list(src_dict["images"]),  # images
            src_dict.get("region", UNSET),  # region
            src_dict.get("dataCenter", UNSET),  # data_center
            src_dict.get("country", UNSET),  # country
            CustomSpecValue.from_dict(src_dict["disk"])
            if "disk" in src_dict
            else UNSET,  # disk
            CustomSpecValue.from_dict(src_dict["sharedDisk"])
            if "sharedDisk" in src_dict
            else UNSET,  # shared_disk
            CustomSpecValue.from_dict(src_dict["vcpu"])
            if "vcpu" in src_dict
            else UNSET,  # vcpu
            CustomSpecValue.from_dict(src_dict["memory"])
            if "memory" in src_dict
            else UNSET,  # memory
            src_dict.get("internetSpeed", UNSET),  # internet_speed
            src_dict.get("interconnect", UNSET),  # interconnect
            src_dict.get("interconnectType", UNSET),  # interconnect_type
            src_dict.get("provisioningTime", UNSET),  # provisioning_time
            src_dict.get("stockStatus", UNSET),  # stock_status
            src_dict.get("isSpot", UNSET),  # is_spot
            src_dict.get("prepaidTime", UNSET),  # prepaid_time
        )
        if len(src_dict) > 9 and not _FIELDS.issuperset(src_dict):
            gpu_availability.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return gpu_availability

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
from ..models.custom_spec_value import CustomSpecValue  # noqa: E402
from ..models.prices import Prices  # noqa: E402
