from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunUsageBreakdown")

_FIELDS = frozenset(
    (
        "tokens",
        "input_tokens",
        "output_tokens",
        "cost_usd",
    )
)


@_attrs_define
class RunUsageBreakdown:
    """Tokens and cost of one phase of a run."""

    tokens: int | Unset = 0

    input_tokens: int | Unset = 0

    output_tokens: int | Unset = 0

    cost_usd: float | Unset = 0.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cost_usd = self.cost_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if cost_usd is not UNSET:
            field_dict["cost_usd"] = cost_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        run_usage_breakdown = cls(
            src_dict.get("tokens", UNSET),  # tokens
            src_dict.get("input_tokens", UNSET),  # input_tokens
            src_dict.get("output_tokens", UNSET),  # output_tokens
            src_dict.get("cost_usd", UNSET),  # cost_usd
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            run_usage_breakdown.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return run_usage_breakdown

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
