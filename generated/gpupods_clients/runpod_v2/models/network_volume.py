from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_type import VolumeType

T = TypeVar("T", bound="NetworkVolume")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "size",
        "dataCenter",
        "type",
    )
)


@_attrs_define
class NetworkVolume:
    id: str

    name: str

    size: int
    """ GB. """

    data_center: str

    type_: VolumeType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size = self.size

        data_center = self.data_center

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "size": size,
                "dataCenter": data_center,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        network_volume = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["size"],  # size
            src_dict["dataCenter"],  # data_center
            src_dict["type"],  # type_
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            network_volume.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return network_volume

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
