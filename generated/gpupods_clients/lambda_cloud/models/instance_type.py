from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceType")

_FIELDS = frozenset(
    (
        "name",
        "description",
        "gpu_description",
        "price_cents_per_hour",
        "specs",
    )
)


@_attrs_define
class InstanceType:
    """A kind of machine that can be launched."""

    name: str
    """ The type's name, such as `gpu_8x_h100_sxm5`. """

    description: str
    """ The type for people, such as GPU count and model. """

    gpu_description: str
    """ The GPU model with its memory and form factor. """

    price_cents_per_hour: int
    """ The price in US cents per hour, the same in every region. """

    specs: InstanceTypeSpecs
    """ The machine's resources. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        gpu_description = self.gpu_description

        price_cents_per_hour = self.price_cents_per_hour

        specs = self.specs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "gpu_description": gpu_description,
                "price_cents_per_hour": price_cents_per_hour,
                "specs": specs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance_type = cls(
            src_dict["name"],  # name
            src_dict["description"],  # description
            src_dict["gpu_description"],  # gpu_description
            src_dict["price_cents_per_hour"],  # price_cents_per_hour
            InstanceTypeSpecs.from_dict(src_dict["specs"]),  # specs
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            instance_type.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_type

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
from ..models.instance_type_specs import InstanceTypeSpecs  # noqa: E402
