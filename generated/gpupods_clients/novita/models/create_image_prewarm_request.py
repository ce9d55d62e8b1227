from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImagePrewarmRequest")

_FIELDS = frozenset(
    (
        "imageUrl",
        "clusterId",
        "repositoryAuth",
        "productIds",
        "note",
    )
)


@_attrs_define
class CreateImagePrewarmRequest:
    image_url: str

    cluster_id: str

    repository_auth: None | str | Unset = UNSET

    product_ids: list[str] | Unset = UNSET

    note: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        cluster_id = self.cluster_id

        repository_auth: None | str | Unset
        if isinstance(self.repository_auth, Unset):
            repository_auth = UNSET
        else:
            repository_auth = self.repository_auth

        product_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = self.product_ids

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageUrl": image_url,
                "clusterId": cluster_id,
            }
        )
        if repository_auth is not UNSET:
            field_dict["repositoryAuth"] = repository_auth
        if product_ids is not UNSET:
            field_dict["productIds"] = product_ids
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_image_prewarm_request = cls(
            src_dict["imageUrl"],  # image_url
            src_dict["clusterId"],  # cluster_id
            src_dict.get("repositoryAuth", UNSET),  # repository_auth
            src_dict.get("productIds", UNSET),  # product_ids
            src_dict.get("note", UNSET),  # note
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            create_image_prewarm_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_image_prewarm_request

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
