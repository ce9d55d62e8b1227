from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_center import DataCenter


T = TypeVar("T", bound="ListDataCentersResponse")


@_attrs_define
class ListDataCentersResponse:
    data_centers: list[DataCenter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_centers = []
        for data_centers_item_data in self.data_centers:
            data_centers_item = data_centers_item_data.to_dict()
            data_centers.append(data_centers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenters": data_centers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_center import DataCenter  # noqa: PLC0415

        d = dict(src_dict)
        data_centers = []
        _data_centers = d.pop("dataCenters")
        for data_centers_item_data in _data_centers:
            data_centers_item = DataCenter.from_dict(data_centers_item_data)

            data_centers.append(data_centers_item)

        list_data_centers_response = cls(
            data_centers=data_centers,
        )

        list_data_centers_response.additional_properties = d
        return list_data_centers_response

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
