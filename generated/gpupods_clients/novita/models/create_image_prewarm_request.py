from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImagePrewarmRequest")


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
        d = dict(src_dict)
        image_url = d.pop("imageUrl")

        cluster_id = d.pop("clusterId")

        def _parse_repository_auth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_auth = _parse_repository_auth(d.pop("repositoryAuth", UNSET))

        product_ids = cast(list[str], d.pop("productIds", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        create_image_prewarm_request = cls(
            image_url=image_url,
            cluster_id=cluster_id,
            repository_auth=repository_auth,
            product_ids=product_ids,
            note=note,
        )

        create_image_prewarm_request.additional_properties = d
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
