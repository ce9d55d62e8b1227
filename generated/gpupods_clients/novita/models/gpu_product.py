from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_product_inventory_state import (
    GPUProductInventoryState,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GPUProduct")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "cpuPerGpu",
        "memoryPerGpu",
        "diskPerGpu",
        "availableDeploy",
        "minRootFS",
        "maxRootFS",
        "minLocalStorage",
        "maxLocalStorage",
        "regions",
        "price",
        "monthlyPrice",
        "billingMethods",
        "spotPrice",
        "inventoryState",
    )
)


@_attrs_define
class GPUProduct:
    id: str

    name: str

    cpu_per_gpu: int

    memory_per_gpu: int
    """ GB. """

    disk_per_gpu: int
    """ GB. """

    available_deploy: bool
    """ Whether an instance can be created now. """

    min_root_fs: int

    max_root_fs: int

    min_local_storage: int

    max_local_storage: int

    regions: list[str]
    """ Cluster ids offering the product. """

    price: int
    """ On-demand price per GPU-hour in 1/100000 USD. """

    monthly_price: list[SubscriptionPrice]

    billing_methods: list[str]

    spot_price: str | Unset = UNSET
    """ Spot price per GPU-hour in 1/100000 USD, as a numeric string. """

    inventory_state: GPUProductInventoryState | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        cpu_per_gpu = self.cpu_per_gpu

        memory_per_gpu = self.memory_per_gpu

        disk_per_gpu = self.disk_per_gpu

        available_deploy = self.available_deploy

        min_root_fs = self.min_root_fs

        max_root_fs = self.max_root_fs

        min_local_storage = self.min_local_storage

        max_local_storage = self.max_local_storage

        regions = self.regions

        price = self.price

        monthly_price = []
        for monthly_price_item_data in self.monthly_price:
            monthly_price_item = monthly_price_item_data.to_dict()
            monthly_price.append(monthly_price_item)

        billing_methods = self.billing_methods

        spot_price = self.spot_price

        inventory_state: str | Unset = UNSET
        if not isinstance(self.inventory_state, Unset):
            inventory_state = self.inventory_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "cpuPerGpu": cpu_per_gpu,
                "memoryPerGpu": memory_per_gpu,
                "diskPerGpu": disk_per_gpu,
                "availableDeploy": available_deploy,
                "minRootFS": min_root_fs,
                "maxRootFS": max_root_fs,
                "minLocalStorage": min_local_storage,
                "maxLocalStorage": max_local_storage,
                "regions": regions,
                "price": price,
                "monthlyPrice": monthly_price,
                "billingMethods": billing_methods,
            }
        )
        if spot_price is not UNSET:
            field_dict["spotPrice"] = spot_price
        if inventory_state is not UNSET:
            field_dict["inventoryState"] = inventory_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        gpu_product = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["cpuPerGpu"],  # cpu_per_gpu
            src_dict["memoryPerGpu"],  # memory_per_gpu
            src_dict["diskPerGpu"],  # disk_per_gpu
            src_dict["availableDeploy"],  # available_deploy
            src_dict["minRootFS"],  # min_root_fs
            src_dict["maxRootFS"],  # max_root_fs
            src_dict["minLocalStorage"],  # min_local_storage
            src_dict["maxLocalStorage"],  # max_local_storage
            src_dict["regions"],  # regions
            src_dict["price"],  # price
            [
                SubscriptionPrice.from_dict(item0) for item0 in src_dict["monthlyPrice"]
            ],  # monthly_price
            src_dict["billingMethods"],  # billing_methods
            src_dict.get("spotPrice", UNSET),  # spot_price
            src_dict.get("inventoryState", UNSET),  # inventory_state
        )
        if len(src_dict) > 14 and not _FIELDS.issuperset(src_dict):
            gpu_product.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return gpu_product

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
from ..models.subscription_price import SubscriptionPrice  # noqa: E402
