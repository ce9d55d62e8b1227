from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_type_enum import (
    EnvironmentTypeEnum,
    check_environment_type_enum,
)
from ..models.gpu_availability_stock_status import (
    GpuAvailabilityStockStatus,
    check_gpu_availability_stock_status,
)
from ..models.gpu_socket import GPUSocket, check_gpu_socket
from ..models.gpu_type import GPUType, check_gpu_type
from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..models.regions import Regions, check_regions
from ..models.security_type import SecurityType, check_security_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_spec_value import CustomSpecValue
    from ..models.prices import Prices


T = TypeVar("T", bound="GpuAvailability")


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
        from ..models.custom_spec_value import CustomSpecValue  # noqa: PLC0415
        from ..models.prices import Prices  # noqa: PLC0415

        d = dict(src_dict)
        cloud_id = d.pop("cloudId")

        gpu_type = check_gpu_type(d.pop("gpuType"))

        socket = check_gpu_socket(d.pop("socket"))

        provider = check_provider_type_enum(d.pop("provider"))

        gpu_count = d.pop("gpuCount")

        gpu_memory = d.pop("gpuMemory")

        security = check_security_type(d.pop("security"))

        prices = Prices.from_dict(d.pop("prices"))

        images = []
        _images = d.pop("images")
        for images_item_data in _images:
            images_item = check_environment_type_enum(images_item_data)

            images.append(images_item)

        def _parse_region(data: object) -> None | Regions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                region_type_0 = check_regions(data)

                return region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Regions | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_data_center(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_center = _parse_data_center(d.pop("dataCenter", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _disk = d.pop("disk", UNSET)
        disk: CustomSpecValue | Unset
        if isinstance(_disk, Unset):
            disk = UNSET
        else:
            disk = CustomSpecValue.from_dict(_disk)

        _shared_disk = d.pop("sharedDisk", UNSET)
        shared_disk: CustomSpecValue | Unset
        if isinstance(_shared_disk, Unset):
            shared_disk = UNSET
        else:
            shared_disk = CustomSpecValue.from_dict(_shared_disk)

        _vcpu = d.pop("vcpu", UNSET)
        vcpu: CustomSpecValue | Unset
        if isinstance(_vcpu, Unset):
            vcpu = UNSET
        else:
            vcpu = CustomSpecValue.from_dict(_vcpu)

        _memory = d.pop("memory", UNSET)
        memory: CustomSpecValue | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = CustomSpecValue.from_dict(_memory)

        def _parse_internet_speed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        internet_speed = _parse_internet_speed(d.pop("internetSpeed", UNSET))

        def _parse_interconnect(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interconnect = _parse_interconnect(d.pop("interconnect", UNSET))

        def _parse_interconnect_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interconnect_type = _parse_interconnect_type(d.pop("interconnectType", UNSET))

        def _parse_provisioning_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        provisioning_time = _parse_provisioning_time(d.pop("provisioningTime", UNSET))

        _stock_status = d.pop("stockStatus", UNSET)
        stock_status: GpuAvailabilityStockStatus | Unset
        if isinstance(_stock_status, Unset):
            stock_status = UNSET
        else:
            stock_status = check_gpu_availability_stock_status(_stock_status)

        def _parse_is_spot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_spot = _parse_is_spot(d.pop("isSpot", UNSET))

        def _parse_prepaid_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        prepaid_time = _parse_prepaid_time(d.pop("prepaidTime", UNSET))

        gpu_availability = cls(
            cloud_id=cloud_id,
            gpu_type=gpu_type,
            socket=socket,
            provider=provider,
            gpu_count=gpu_count,
            gpu_memory=gpu_memory,
            security=security,
            prices=prices,
            images=images,
            region=region,
            data_center=data_center,
            country=country,
            disk=disk,
            shared_disk=shared_disk,
            vcpu=vcpu,
            memory=memory,
            internet_speed=internet_speed,
            interconnect=interconnect,
            interconnect_type=interconnect_type,
            provisioning_time=provisioning_time,
            stock_status=stock_status,
            is_spot=is_spot,
            prepaid_time=prepaid_time,
        )

        gpu_availability.additional_properties = d
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
