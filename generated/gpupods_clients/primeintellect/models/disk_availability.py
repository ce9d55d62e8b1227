from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_availability_stock_status import (
    DiskAvailabilityStockStatus,
    check_disk_availability_stock_status,
)
from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..models.regions import Regions, check_regions
from ..models.security_type import SecurityType, check_security_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_spec_value import CustomSpecValue


T = TypeVar("T", bound="DiskAvailability")


@_attrs_define
class DiskAvailability:
    """Where a network disk can be created, with size bounds and price."""

    provider: ProviderTypeEnum
    security: SecurityType
    cloud_id: None | str | Unset = UNSET
    data_center: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | Regions | Unset = UNSET
    spec: CustomSpecValue | Unset = UNSET
    """ A configurable size (disk, memory, vCPUs) with its bounds and unit price. """
    stock_status: DiskAvailabilityStockStatus | Unset = "Available"
    is_multinode: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        security: str = self.security

        cloud_id: None | str | Unset
        if isinstance(self.cloud_id, Unset):
            cloud_id = UNSET
        else:
            cloud_id = self.cloud_id

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

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, str):
            region = self.region
        else:
            region = self.region

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        stock_status: str | Unset = UNSET
        if not isinstance(self.stock_status, Unset):
            stock_status = self.stock_status

        is_multinode: bool | None | Unset
        if isinstance(self.is_multinode, Unset):
            is_multinode = UNSET
        else:
            is_multinode = self.is_multinode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "security": security,
            }
        )
        if cloud_id is not UNSET:
            field_dict["cloudId"] = cloud_id
        if data_center is not UNSET:
            field_dict["dataCenter"] = data_center
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if spec is not UNSET:
            field_dict["spec"] = spec
        if stock_status is not UNSET:
            field_dict["stockStatus"] = stock_status
        if is_multinode is not UNSET:
            field_dict["isMultinode"] = is_multinode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_spec_value import CustomSpecValue  # noqa: PLC0415

        d = dict(src_dict)
        provider = check_provider_type_enum(d.pop("provider"))

        security = check_security_type(d.pop("security"))

        def _parse_cloud_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloud_id = _parse_cloud_id(d.pop("cloudId", UNSET))

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

        _spec = d.pop("spec", UNSET)
        spec: CustomSpecValue | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = CustomSpecValue.from_dict(_spec)

        _stock_status = d.pop("stockStatus", UNSET)
        stock_status: DiskAvailabilityStockStatus | Unset
        if isinstance(_stock_status, Unset):
            stock_status = UNSET
        else:
            stock_status = check_disk_availability_stock_status(_stock_status)

        def _parse_is_multinode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_multinode = _parse_is_multinode(d.pop("isMultinode", UNSET))

        disk_availability = cls(
            provider=provider,
            security=security,
            cloud_id=cloud_id,
            data_center=data_center,
            country=country,
            region=region,
            spec=spec,
            stock_status=stock_status,
            is_multinode=is_multinode,
        )

        disk_availability.additional_properties = d
        return disk_availability

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
