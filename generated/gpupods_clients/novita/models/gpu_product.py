from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpu_product_inventory_state import (
    GPUProductInventoryState,
    check_gpu_product_inventory_state,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_price import SubscriptionPrice


T = TypeVar("T", bound="GPUProduct")


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
        from ..models.subscription_price import SubscriptionPrice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        cpu_per_gpu = d.pop("cpuPerGpu")

        memory_per_gpu = d.pop("memoryPerGpu")

        disk_per_gpu = d.pop("diskPerGpu")

        available_deploy = d.pop("availableDeploy")

        min_root_fs = d.pop("minRootFS")

        max_root_fs = d.pop("maxRootFS")

        min_local_storage = d.pop("minLocalStorage")

        max_local_storage = d.pop("maxLocalStorage")

        regions = cast(list[str], d.pop("regions"))

        price = d.pop("price")

        monthly_price = []
        _monthly_price = d.pop("monthlyPrice")
        for monthly_price_item_data in _monthly_price:
            monthly_price_item = SubscriptionPrice.from_dict(monthly_price_item_data)

            monthly_price.append(monthly_price_item)

        billing_methods = cast(list[str], d.pop("billingMethods"))

        spot_price = d.pop("spotPrice", UNSET)

        _inventory_state = d.pop("inventoryState", UNSET)
        inventory_state: GPUProductInventoryState | Unset
        if isinstance(_inventory_state, Unset):
            inventory_state = UNSET
        else:
            inventory_state = check_gpu_product_inventory_state(_inventory_state)

        gpu_product = cls(
            id=id,
            name=name,
            cpu_per_gpu=cpu_per_gpu,
            memory_per_gpu=memory_per_gpu,
            disk_per_gpu=disk_per_gpu,
            available_deploy=available_deploy,
            min_root_fs=min_root_fs,
            max_root_fs=max_root_fs,
            min_local_storage=min_local_storage,
            max_local_storage=max_local_storage,
            regions=regions,
            price=price,
            monthly_price=monthly_price,
            billing_methods=billing_methods,
            spot_price=spot_price,
            inventory_state=inventory_state,
        )

        gpu_product.additional_properties = d
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
