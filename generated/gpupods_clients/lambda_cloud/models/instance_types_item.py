from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceTypesItem")

_FIELDS = frozenset(
    (
        "instance_type",
        "regions_with_capacity_available",
    )
)


@_attrs_define
class InstanceTypesItem:
    """One instance type and where it can be launched now."""

    instance_type: InstanceType
    """ A kind of machine that can be launched. """

    regions_with_capacity_available: list[Region]
    """ Regions with free machines of this type right now (empty when none). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type.to_dict()

        regions_with_capacity_available = []
        for (
            regions_with_capacity_available_item_data
        ) in self.regions_with_capacity_available:
            regions_with_capacity_available_item = (
                regions_with_capacity_available_item_data.to_dict()
            )
            regions_with_capacity_available.append(regions_with_capacity_available_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_type": instance_type,
                "regions_with_capacity_available": regions_with_capacity_available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance_types_item = cls(
            InstanceType.from_dict(src_dict["instance_type"]),  # instance_type
            [
                Region.from_dict(item0)
                for item0 in src_dict["regions_with_capacity_available"]
            ],  # regions_with_capacity_available
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            instance_types_item.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_types_item

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
from ..models.instance_type import InstanceType  # noqa: E402
from ..models.region import Region  # noqa: E402
