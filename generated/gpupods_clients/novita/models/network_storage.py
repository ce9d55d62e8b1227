from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkStorage")

_FIELDS = frozenset(
    (
        "storageId",
        "storageName",
        "storageSize",
        "clusterId",
        "clusterName",
        "price",
    )
)


@_attrs_define
class NetworkStorage:
    storage_id: None | str | Unset = UNSET

    storage_name: None | str | Unset = UNSET

    storage_size: int | None | Unset = UNSET
    """ GB. """

    cluster_id: None | str | Unset = UNSET

    cluster_name: None | str | Unset = UNSET

    price: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_id: None | str | Unset
        if isinstance(self.storage_id, Unset):
            storage_id = UNSET
        else:
            storage_id = self.storage_id

        storage_name: None | str | Unset
        if isinstance(self.storage_name, Unset):
            storage_name = UNSET
        else:
            storage_name = self.storage_name

        storage_size: int | None | Unset
        if isinstance(self.storage_size, Unset):
            storage_size = UNSET
        else:
            storage_size = self.storage_size

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        cluster_name: None | str | Unset
        if isinstance(self.cluster_name, Unset):
            cluster_name = UNSET
        else:
            cluster_name = self.cluster_name

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_id is not UNSET:
            field_dict["storageId"] = storage_id
        if storage_name is not UNSET:
            field_dict["storageName"] = storage_name
        if storage_size is not UNSET:
            field_dict["storageSize"] = storage_size
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        network_storage = cls(
            src_dict.get("storageId", UNSET),  # storage_id
            src_dict.get("storageName", UNSET),  # storage_name
            src_dict.get("storageSize", UNSET),  # storage_size
            src_dict.get("clusterId", UNSET),  # cluster_id
            src_dict.get("clusterName", UNSET),  # cluster_name
            src_dict.get("price", UNSET),  # price
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            network_storage.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return network_storage

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
