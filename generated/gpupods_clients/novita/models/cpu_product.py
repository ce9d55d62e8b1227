from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CPUProduct")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "cpuNum",
        "memorySize",
        "rootfsSize",
        "localVolumeSize",
        "availableDeploy",
        "price",
    )
)


@_attrs_define
class CPUProduct:
    id: str

    name: str

    cpu_num: int | None | Unset = UNSET

    memory_size: int | None | Unset = UNSET

    rootfs_size: int | None | Unset = UNSET

    local_volume_size: int | None | Unset = UNSET

    available_deploy: bool | None | Unset = UNSET

    price: int | None | Unset = UNSET
    """ Per hour in 1/100000 USD. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        cpu_num: int | None | Unset
        if isinstance(self.cpu_num, Unset):
            cpu_num = UNSET
        else:
            cpu_num = self.cpu_num

        memory_size: int | None | Unset
        if isinstance(self.memory_size, Unset):
            memory_size = UNSET
        else:
            memory_size = self.memory_size

        rootfs_size: int | None | Unset
        if isinstance(self.rootfs_size, Unset):
            rootfs_size = UNSET
        else:
            rootfs_size = self.rootfs_size

        local_volume_size: int | None | Unset
        if isinstance(self.local_volume_size, Unset):
            local_volume_size = UNSET
        else:
            local_volume_size = self.local_volume_size

        available_deploy: bool | None | Unset
        if isinstance(self.available_deploy, Unset):
            available_deploy = UNSET
        else:
            available_deploy = self.available_deploy

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if cpu_num is not UNSET:
            field_dict["cpuNum"] = cpu_num
        if memory_size is not UNSET:
            field_dict["memorySize"] = memory_size
        if rootfs_size is not UNSET:
            field_dict["rootfsSize"] = rootfs_size
        if local_volume_size is not UNSET:
            field_dict["localVolumeSize"] = local_volume_size
        if available_deploy is not UNSET:
            field_dict["availableDeploy"] = available_deploy
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cpu_product = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict.get("cpuNum", UNSET),  # cpu_num
            src_dict.get("memorySize", UNSET),  # memory_size
            src_dict.get("rootfsSize", UNSET),  # rootfs_size
            src_dict.get("localVolumeSize", UNSET),  # local_volume_size
            src_dict.get("availableDeploy", UNSET),  # available_deploy
            src_dict.get("price", UNSET),  # price
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            cpu_product.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return cpu_product

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
