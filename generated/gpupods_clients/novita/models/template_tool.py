from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_tool_type import TemplateToolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateTool")

_FIELDS = frozenset(
    (
        "name",
        "port",
        "type",
        "describe",
    )
)


@_attrs_define
class TemplateTool:
    name: str

    port: int

    type_: TemplateToolType

    describe: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        port = self.port

        type_: str = self.type_

        describe = self.describe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "port": port,
                "type": type_,
            }
        )
        if describe is not UNSET:
            field_dict["describe"] = describe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        template_tool = cls(
            src_dict["name"],  # name
            src_dict["port"],  # port
            src_dict["type"],  # type_
            src_dict.get("describe", UNSET),  # describe
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            template_tool.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return template_tool

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
