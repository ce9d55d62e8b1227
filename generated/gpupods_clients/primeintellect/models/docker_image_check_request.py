from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DockerImageCheckRequest")

_FIELDS = frozenset(
    (
        "image",
        "registry_credentials_id",
    )
)


@_attrs_define
class DockerImageCheckRequest:
    image: str
    """ Image reference, e.g. `ghcr.io/org/app:tag`. """

    registry_credentials_id: None | str | Unset = UNSET
    """ Stored credentials to pull with. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        registry_credentials_id: None | str | Unset
        if isinstance(self.registry_credentials_id, Unset):
            registry_credentials_id = UNSET
        else:
            registry_credentials_id = self.registry_credentials_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if registry_credentials_id is not UNSET:
            field_dict["registry_credentials_id"] = registry_credentials_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        docker_image_check_request = cls(
            src_dict["image"],  # image
            src_dict.get("registry_credentials_id", UNSET),  # registry_credentials_id
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            docker_image_check_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return docker_image_check_request

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
