from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunPricing")


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
        d = dict(src_dict)

        def _parse_training_per_mtok(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        training_per_mtok = _parse_training_per_mtok(d.pop("training_per_mtok", UNSET))

        def _parse_inference_input_per_mtok(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inference_input_per_mtok = _parse_inference_input_per_mtok(
            d.pop("inference_input_per_mtok", UNSET)
        )

        def _parse_inference_output_per_mtok(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        inference_output_per_mtok = _parse_inference_output_per_mtok(
            d.pop("inference_output_per_mtok", UNSET)
        )

        run_pricing = cls(
            training_per_mtok=training_per_mtok,
            inference_input_per_mtok=inference_input_per_mtok,
            inference_output_per_mtok=inference_output_per_mtok,
        )

        run_pricing.additional_properties = d
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
