from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunUsageResponse")

_FIELDS = frozenset(
    (
        "run_id",
        "training",
        "inference",
        "total_tokens",
        "total_cost_usd",
        "pricing",
        "run_name",
        "base_model",
        "status",
        "record_count",
    )
)


@_attrs_define
class RunUsageResponse:
    """Token and cost totals of one training run."""

    run_id: str

    training: RunUsageBreakdown
    """ Tokens and cost of one phase of a run. """

    inference: RunUsageBreakdown
    """ Tokens and cost of one phase of a run. """

    total_tokens: int

    total_cost_usd: float

    pricing: RunPricing
    """ Prices per million tokens. """

    run_name: None | str | Unset = UNSET

    base_model: None | str | Unset = UNSET

    status: None | str | Unset = UNSET

    record_count: int | Unset = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        training = self.training.to_dict()

        inference = self.inference.to_dict()

        total_tokens = self.total_tokens

        total_cost_usd = self.total_cost_usd

        pricing = self.pricing.to_dict()

        run_name: None | str | Unset
        if isinstance(self.run_name, Unset):
            run_name = UNSET
        else:
            run_name = self.run_name

        base_model: None | str | Unset
        if isinstance(self.base_model, Unset):
            base_model = UNSET
        else:
            base_model = self.base_model

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        record_count = self.record_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "training": training,
                "inference": inference,
                "total_tokens": total_tokens,
                "total_cost_usd": total_cost_usd,
                "pricing": pricing,
            }
        )
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if base_model is not UNSET:
            field_dict["base_model"] = base_model
        if status is not UNSET:
            field_dict["status"] = status
        if record_count is not UNSET:
            field_dict["record_count"] = record_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        run_usage_response = cls(
            src_dict["run_id"],  # run_id
            RunUsageBreakdown.from_dict(src_dict["training"]),  # training
            RunUsageBreakdown.from_dict(src_dict["inference"]),  # inference
            src_dict["total_tokens"],  # total_tokens
            src_dict["total_cost_usd"],  # total_cost_usd
            RunPricing.from_dict(src_dict["pricing"]),  # pricing
            src_dict.get("run_name", UNSET),  # run_name
            src_dict.get("base_model", UNSET),  # base_model
            src_dict.get("status", UNSET),  # status
            src_dict.get("record_count", UNSET),  # record_count
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            run_usage_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return run_usage_response

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
from ..models.run_pricing import RunPricing  # noqa: E402
from ..models.run_usage_breakdown import RunUsageBreakdown  # noqa: E402
