from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceTypes")


@_attrs_define
class InstanceTypes:
    """The catalogue, keyed by instance-type name."""

    additional_properties: dict[str, Any | InstanceTypesItem] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, InstanceTypesItem):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)
        instance_types = cls()
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():

            def _parse_additional_property(data: object) -> Any | InstanceTypesItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = InstanceTypesItem.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Any | InstanceTypesItem, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property
        instance_types.additional_properties = additional_properties
        return instance_types

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any | InstanceTypesItem:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any | InstanceTypesItem) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.instance_types_item import InstanceTypesItem  # noqa: E402
