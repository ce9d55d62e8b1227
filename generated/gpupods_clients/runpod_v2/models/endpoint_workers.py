from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointWorkers")

_FIELDS = frozenset(
    (
        "min",
        "max",
        "idleTimeout",
    )
)


@_attrs_define
class EndpointWorkers:
    min_: int | Unset = UNSET

    max_: int | Unset = UNSET

    idle_timeout: int | Unset = UNSET
    """ Seconds an idle worker stays up; not used with queue endpoints scaling on requestCount. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        idle_timeout = self.idle_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        endpoint_workers = cls(
            src_dict.get("min", UNSET),  # min_
            src_dict.get("max", UNSET),  # max_
            src_dict.get("idleTimeout", UNSET),  # idle_timeout
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            endpoint_workers.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint_workers

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
