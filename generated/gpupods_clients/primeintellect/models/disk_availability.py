from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_availability_stock_status import (
    DiskAvailabilityStockStatus,
)
from ..models.provider_type_enum import ProviderTypeEnum
from ..models.regions import Regions
from ..models.security_type import SecurityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DiskAvailability")

_FIELDS = frozenset(
    (
        "provider",
        "security",
        "cloudId",
        "dataCenter",
        "country",
        "region",
        "spec",
        "stockStatus",
        "isMultinode",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        disk_availability = cls(
            src_dict["provider"],  # provider
            src_dict["security"],  # security
            src_dict.get("cloudId", UNSET),  # cloud_id
            src_dict.get("dataCenter", UNSET),  # data_center
            src_dict.get("country", UNSET),  # country
            src_dict.get("region", UNSET),  # region
            CustomSpecValue.from_dict(src_dict["spec"])
            if "spec" in src_dict
            else UNSET,  # spec
            src_dict.get("stockStatus", UNSET),  # stock_status
            src_dict.get("isMultinode", UNSET),  # is_multinode
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            disk_availability.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.custom_spec_value import CustomSpecValue  # noqa: E402
