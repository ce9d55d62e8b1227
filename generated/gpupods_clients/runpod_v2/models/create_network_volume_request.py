from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.volume_type import VolumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNetworkVolumeRequest")

_FIELDS = frozenset(
    (
        "dataCenter",
        "name",
        "size",
        "type",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_network_volume_request = cls(
            src_dict["dataCenter"],  # data_center
            src_dict["name"],  # name
            src_dict["size"],  # size
            src_dict.get("type", UNSET),  # type_
        )
        return create_network_volume_request
