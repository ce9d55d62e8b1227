from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListNetworkStoragesResponse")

_FIELDS = frozenset(
    (
        "data",
        "total",
    )
)


@_attrs_define
class ListNetworkStoragesResponse:
    data: list[NetworkStorage] | None | Unset = UNSET

    total: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)
        _data = src_dict.get("data", UNSET)
        data: list[NetworkStorage] | None | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            try:
                if not isinstance(_data, list):
                    raise TypeError()
                data = [NetworkStorage.from_dict(item0) for item0 in _data]
            except (TypeError, ValueError, AttributeError, KeyError):
                data = _data

        list_network_storages_response = cls(
            data,  # data
            src_dict.get("total", UNSET),  # total
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            list_network_storages_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return list_network_storages_response

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
from ..models.network_storage import NetworkStorage  # noqa: E402
