from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_count_scaling_type import (
    RequestCountScalingType,
    check_request_count_scaling_type,
)

T = TypeVar("T", bound="RequestCountScaling")


@_attrs_define
class RequestCountScaling:
    """Add workers as requests per worker grow."""

    type_: RequestCountScalingType
    request_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        request_count = self.request_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "requestCount": request_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_request_count_scaling_type(d.pop("type"))

        request_count = d.pop("requestCount")

        request_count_scaling = cls(
            type_=type_,
            request_count=request_count,
        )

        request_count_scaling.additional_properties = d
        return request_count_scaling

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
