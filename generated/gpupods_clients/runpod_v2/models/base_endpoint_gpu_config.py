from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseEndpointGpuConfig")

_FIELDS = frozenset(
    (
        "pools",
        "excludedTypes",
        "count",
    )
)


@_attrs_define
class BaseEndpointGpuConfig:
    pools: list[str] | Unset = UNSET
    """ Serverless pool ids (the pool of a catalog GPU type, e.g. AMPERE_80), not GPU type ids. """

    excluded_types: list[str] | Unset = UNSET
    """ GPU type ids to leave out of the chosen pools. """

    count: int | Unset = 1
    """ How many GPUs a worker gets. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pools: list[str] | Unset = UNSET
        if not isinstance(self.pools, Unset):
            pools = self.pools

        excluded_types: list[str] | Unset = UNSET
        if not isinstance(self.excluded_types, Unset):
            excluded_types = self.excluded_types

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pools is not UNSET:
            field_dict["pools"] = pools
        if excluded_types is not UNSET:
            field_dict["excludedTypes"] = excluded_types
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        base_endpoint_gpu_config = cls(
            src_dict.get("pools", UNSET),  # pools
            src_dict.get("excludedTypes", UNSET),  # excluded_types
            src_dict.get("count", UNSET),  # count
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            base_endpoint_gpu_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return base_endpoint_gpu_config

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
