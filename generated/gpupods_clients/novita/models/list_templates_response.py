from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListTemplatesResponse")

_FIELDS = frozenset(
    (
        "template",
        "pageSize",
        "pageNum",
        "total",
    )
)


@_attrs_define
class ListTemplatesResponse:
    template: list[Template]

    page_size: int

    page_num: int

    total: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template = []
        for template_item_data in self.template:
            template_item = template_item_data.to_dict()
            template.append(template_item)

        page_size = self.page_size

        page_num = self.page_num

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template": template,
                "pageSize": page_size,
                "pageNum": page_num,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        list_templates_response = cls(
            [Template.from_dict(item0) for item0 in src_dict["template"]],  # template
            src_dict["pageSize"],  # page_size
            src_dict["pageNum"],  # page_num
            src_dict["total"],  # total
        )
        if len(src_dict) != 4:  # every required key was read: any other is unknown
            list_templates_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return list_templates_response

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
from ..models.template import Template  # noqa: E402
