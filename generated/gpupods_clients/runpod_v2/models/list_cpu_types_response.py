from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cpu_type import CpuType


T = TypeVar("T", bound="ListCpuTypesResponse")


@_attrs_define
class ListCpuTypesResponse:
    cpus: list[CpuType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpus = []
        for cpus_item_data in self.cpus:
            cpus_item = cpus_item_data.to_dict()
            cpus.append(cpus_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpus": cpus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cpu_type import CpuType  # noqa: PLC0415

        d = dict(src_dict)
        cpus = []
        _cpus = d.pop("cpus")
        for cpus_item_data in _cpus:
            cpus_item = CpuType.from_dict(cpus_item_data)

            cpus.append(cpus_item)

        list_cpu_types_response = cls(
            cpus=cpus,
        )

        list_cpu_types_response.additional_properties = d
        return list_cpu_types_response

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
