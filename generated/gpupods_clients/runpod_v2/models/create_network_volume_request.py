from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.volume_type import VolumeType, check_volume_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNetworkVolumeRequest")


@_attrs_define
class CreateNetworkVolumeRequest:
    data_center: str
    name: str
    size: int
    """ GB. """
    type_: VolumeType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data_center = self.data_center

        name = self.name

        size = self.size

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataCenter": data_center,
                "name": name,
                "size": size,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_center = d.pop("dataCenter")

        name = d.pop("name")

        size = d.pop("size")

        _type_ = d.pop("type", UNSET)
        type_: VolumeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_volume_type(_type_)

        create_network_volume_request = cls(
            data_center=data_center,
            name=name,
            size=size,
            type_=type_,
        )

        return create_network_volume_request
