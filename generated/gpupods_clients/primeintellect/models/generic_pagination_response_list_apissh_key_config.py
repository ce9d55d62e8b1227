from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericPaginationResponseListAPISSHKeyConfig")

_FIELDS = frozenset(
    (
        "data",
        "total_count",
        "offset",
        "limit",
        "status",
    )
)


@_attrs_define
class GenericPaginationResponseListAPISSHKeyConfig:
    """One page of SSH keys."""

    data: list[APISSHKeyConfig]

    total_count: int | Unset = 0
    """ Number of items across all pages. """

    offset: int | Unset = 0

    limit: int | Unset = 100

    status: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        generic_pagination_response_list_apissh_key_config = cls(
            [APISSHKeyConfig.from_dict(item0) for item0 in src_dict["data"]],  # data
            src_dict.get("total_count", UNSET),  # total_count
            src_dict.get("offset", UNSET),  # offset
            src_dict.get("limit", UNSET),  # limit
            src_dict.get("status", UNSET),  # status
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            generic_pagination_response_list_apissh_key_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return generic_pagination_response_list_apissh_key_config

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
from ..models.apissh_key_config import APISSHKeyConfig  # noqa: E402
