from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunPricing")

_FIELDS = frozenset(
    (
        "training_per_mtok",
        "inference_input_per_mtok",
        "inference_output_per_mtok",
    )
)


@_attrs_define
class RunPricing:
    """Prices per million tokens."""

    training_per_mtok: float | None | Unset = UNSET

    inference_input_per_mtok: float | None | Unset = UNSET

    inference_output_per_mtok: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        training_per_mtok: float | None | Unset
        if isinstance(self.training_per_mtok, Unset):
            training_per_mtok = UNSET
        else:
            training_per_mtok = self.training_per_mtok

        inference_input_per_mtok: float | None | Unset
        if isinstance(self.inference_input_per_mtok, Unset):
            inference_input_per_mtok = UNSET
        else:
            inference_input_per_mtok = self.inference_input_per_mtok

        inference_output_per_mtok: float | None | Unset
        if isinstance(self.inference_output_per_mtok, Unset):
            inference_output_per_mtok = UNSET
        else:
            inference_output_per_mtok = self.inference_output_per_mtok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if training_per_mtok is not UNSET:
            field_dict["training_per_mtok"] = training_per_mtok
        if inference_input_per_mtok is not UNSET:
            field_dict["inference_input_per_mtok"] = inference_input_per_mtok
        if inference_output_per_mtok is not UNSET:
            field_dict["inference_output_per_mtok"] = inference_output_per_mtok

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        run_pricing = cls(
            src_dict.get("training_per_mtok", UNSET),  # training_per_mtok
            src_dict.get("inference_input_per_mtok", UNSET),  # inference_input_per_mtok
            src_dict.get(
                "inference_output_per_mtok", UNSET
            ),  # inference_output_per_mtok
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            run_pricing.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return run_pricing

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
