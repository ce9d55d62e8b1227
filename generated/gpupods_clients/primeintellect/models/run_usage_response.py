from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_pricing import RunPricing
    from ..models.run_usage_breakdown import RunUsageBreakdown


T = TypeVar("T", bound="RunUsageResponse")


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
        from ..models.run_pricing import RunPricing  # noqa: PLC0415
        from ..models.run_usage_breakdown import RunUsageBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id")

        training = RunUsageBreakdown.from_dict(d.pop("training"))

        inference = RunUsageBreakdown.from_dict(d.pop("inference"))

        total_tokens = d.pop("total_tokens")

        total_cost_usd = d.pop("total_cost_usd")

        pricing = RunPricing.from_dict(d.pop("pricing"))

        def _parse_run_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_name = _parse_run_name(d.pop("run_name", UNSET))

        def _parse_base_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model = _parse_base_model(d.pop("base_model", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        record_count = d.pop("record_count", UNSET)

        run_usage_response = cls(
            run_id=run_id,
            training=training,
            inference=inference,
            total_tokens=total_tokens,
            total_cost_usd=total_cost_usd,
            pricing=pricing,
            run_name=run_name,
            base_model=base_model,
            status=status,
            record_count=record_count,
        )

        run_usage_response.additional_properties = d
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
