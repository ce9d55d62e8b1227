from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkVolume")

_FIELDS = frozenset(
    (
        "dataCenterId",
        "id",
        "name",
        "size",
    )
)


@_attrs_define
class NetworkVolume:
    data_center_id: str | Unset = UNSET

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    size: int | Unset = UNSET
    """ Size in GB. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        id = self.id

        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        network_volume = cls(
            src_dict.get("dataCenterId", UNSET),  # data_center_id
            src_dict.get("id", UNSET),  # id
            src_dict.get("name", UNSET),  # name
            src_dict.get("size", UNSET),  # size
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
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
