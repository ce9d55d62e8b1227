from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericResponseListAPIPodStatusResponse")

_FIELDS = frozenset(
    (
        "data",
        "status",
    )
)


@_attrs_define
class GenericResponseListAPIPodStatusResponse:
    """Status entries for the pods asked about."""

    data: list[APIPodStatusResponse] | None | Unset = UNSET

    status: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)
        _data = src_dict.get("data", UNSET)
        data: list[APIPodStatusResponse] | None | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            try:
                if not isinstance(_data, list):
                    raise TypeError()
                data = [APIPodStatusResponse.from_dict(item0) for item0 in _data]
            except (TypeError, ValueError, AttributeError, KeyError):
                data = _data

        generic_response_list_api_pod_status_response = cls(
            data,  # data
            src_dict.get("status", UNSET),  # status
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            generic_response_list_api_pod_status_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return generic_response_list_api_pod_status_response

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
from ..models.api_pod_status_response import APIPodStatusResponse  # noqa: E402
