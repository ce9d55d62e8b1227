from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="APIDiskCreateRequest")

_FIELDS = frozenset(
    (
        "size",
        "name",
        "country",
        "cloudId",
        "dataCenterId",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        api_disk_create_request = cls(
            src_dict["size"],  # size
            src_dict.get("name", UNSET),  # name
            src_dict.get("country", UNSET),  # country
            src_dict.get("cloudId", UNSET),  # cloud_id
            src_dict.get("dataCenterId", UNSET),  # data_center_id
        )
        return api_disk_create_request
