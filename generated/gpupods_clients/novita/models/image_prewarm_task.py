from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_prewarm_state import ImagePrewarmState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagePrewarmTask")

_FIELDS = frozenset(
    (
        "id",
        "imageName",
        "imageUrl",
        "clusterId",
        "clusterName",
        "products",
        "createTime",
        "state",
        "repositoryAuth",
        "imageSize",
        "completeTime",
        "note",
        "reason",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        image_prewarm_task = cls(
            src_dict["id"],  # id
            src_dict["imageName"],  # image_name
            src_dict["imageUrl"],  # image_url
            src_dict["clusterId"],  # cluster_id
            src_dict["clusterName"],  # cluster_name
            [
                ImagePrewarmProduct.from_dict(item0) for item0 in src_dict["products"]
            ],  # products
            src_dict["createTime"],  # create_time
            src_dict["state"],  # state
            src_dict.get("repositoryAuth", UNSET),  # repository_auth
            src_dict.get("imageSize", UNSET),  # image_size
            src_dict.get("completeTime", UNSET),  # complete_time
            src_dict.get("note", UNSET),  # note
            src_dict.get("reason", UNSET),  # reason
        )
        if len(src_dict) > 8 and not _FIELDS.issuperset(src_dict):
            image_prewarm_task.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.image_prewarm_product import ImagePrewarmProduct  # noqa: E402
