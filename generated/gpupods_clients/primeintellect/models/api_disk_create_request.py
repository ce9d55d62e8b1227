from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="APIDiskCreateRequest")


@_attrs_define
class APIDiskCreateRequest:
    size: int
    """ Size in GB. """
    name: str | Unset = UNSET
    country: None | str | Unset = UNSET
    cloud_id: None | str | Unset = UNSET
    data_center_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        name = self.name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        cloud_id: None | str | Unset
        if isinstance(self.cloud_id, Unset):
            cloud_id = UNSET
        else:
            cloud_id = self.cloud_id

        data_center_id: None | str | Unset
        if isinstance(self.data_center_id, Unset):
            data_center_id = UNSET
        else:
            data_center_id = self.data_center_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "size": size,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country
        if cloud_id is not UNSET:
            field_dict["cloudId"] = cloud_id
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size = d.pop("size")

        name = d.pop("name", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_cloud_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cloud_id = _parse_cloud_id(d.pop("cloudId", UNSET))

        def _parse_data_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_center_id = _parse_data_center_id(d.pop("dataCenterId", UNSET))

        api_disk_create_request = cls(
            size=size,
            name=name,
            country=country,
            cloud_id=cloud_id,
            data_center_id=data_center_id,
        )

        return api_disk_create_request
