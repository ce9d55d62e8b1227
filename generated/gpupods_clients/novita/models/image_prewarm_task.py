from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_prewarm_state import ImagePrewarmState, check_image_prewarm_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_prewarm_product import ImagePrewarmProduct


T = TypeVar("T", bound="ImagePrewarmTask")


@_attrs_define
class ImagePrewarmTask:
    id: str
    image_name: str
    image_url: str
    cluster_id: str
    cluster_name: str
    products: list[ImagePrewarmProduct]
    create_time: str
    state: ImagePrewarmState
    repository_auth: None | str | Unset = UNSET
    image_size: None | str | Unset = UNSET
    complete_time: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    reason: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        image_name = self.image_name

        image_url = self.image_url

        cluster_id = self.cluster_id

        cluster_name = self.cluster_name

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        create_time = self.create_time

        state: str = self.state

        repository_auth: None | str | Unset
        if isinstance(self.repository_auth, Unset):
            repository_auth = UNSET
        else:
            repository_auth = self.repository_auth

        image_size: None | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        else:
            image_size = self.image_size

        complete_time: None | str | Unset
        if isinstance(self.complete_time, Unset):
            complete_time = UNSET
        else:
            complete_time = self.complete_time

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        reason: list[str] | None | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, list):
            reason = self.reason

        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "imageName": image_name,
                "imageUrl": image_url,
                "clusterId": cluster_id,
                "clusterName": cluster_name,
                "products": products,
                "createTime": create_time,
                "state": state,
            }
        )
        if repository_auth is not UNSET:
            field_dict["repositoryAuth"] = repository_auth
        if image_size is not UNSET:
            field_dict["imageSize"] = image_size
        if complete_time is not UNSET:
            field_dict["completeTime"] = complete_time
        if note is not UNSET:
            field_dict["note"] = note
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_prewarm_product import ImagePrewarmProduct  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        image_name = d.pop("imageName")

        image_url = d.pop("imageUrl")

        cluster_id = d.pop("clusterId")

        cluster_name = d.pop("clusterName")

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = ImagePrewarmProduct.from_dict(products_item_data)

            products.append(products_item)

        create_time = d.pop("createTime")

        state = check_image_prewarm_state(d.pop("state"))

        def _parse_repository_auth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_auth = _parse_repository_auth(d.pop("repositoryAuth", UNSET))

        def _parse_image_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_size = _parse_image_size(d.pop("imageSize", UNSET))

        def _parse_complete_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complete_time = _parse_complete_time(d.pop("completeTime", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_reason(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reason_type_0 = cast(list[str], data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        image_prewarm_task = cls(
            id=id,
            image_name=image_name,
            image_url=image_url,
            cluster_id=cluster_id,
            cluster_name=cluster_name,
            products=products,
            create_time=create_time,
            state=state,
            repository_auth=repository_auth,
            image_size=image_size,
            complete_time=complete_time,
            note=note,
            reason=reason,
        )

        image_prewarm_task.additional_properties = d
        return image_prewarm_task

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
