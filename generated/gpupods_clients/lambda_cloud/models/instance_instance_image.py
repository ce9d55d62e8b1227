from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceInstanceImage")

_FIELDS = frozenset(
    (
        "id",
        "family",
    )
)


@_attrs_define
class InstanceInstanceImage:
    """The machine image the instance was launched from. Sent by Lambda's later revision of the API, not in the published
    file (see SOURCE.md).

    """

    id: str
    """ The image's id. """

    family: str | Unset = UNSET
    """ The image's family """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        family = self.family

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if family is not UNSET:
            field_dict["family"] = family

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance_instance_image = cls(
            src_dict["id"],  # id
            src_dict.get("family", UNSET),  # family
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            instance_instance_image.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_instance_image

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
