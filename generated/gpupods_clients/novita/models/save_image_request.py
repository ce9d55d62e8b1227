from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveImageRequest")

_FIELDS = frozenset(
    (
        "instanceId",
        "image",
        "registryAuthId",
    )
)


@_attrs_define
class SaveImageRequest:
    instance_id: str

    image: str

    registry_auth_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        image = self.image

        registry_auth_id: None | str | Unset
        if isinstance(self.registry_auth_id, Unset):
            registry_auth_id = UNSET
        else:
            registry_auth_id = self.registry_auth_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
                "image": image,
            }
        )
        if registry_auth_id is not UNSET:
            field_dict["registryAuthId"] = registry_auth_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        save_image_request = cls(
            src_dict["instanceId"],  # instance_id
            src_dict["image"],  # image
            src_dict.get("registryAuthId", UNSET),  # registry_auth_id
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            save_image_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return save_image_request

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
