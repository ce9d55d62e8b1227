from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointWorker")

_FIELDS = frozenset(
    (
        "id",
        "state",
        "log",
        "metrics",
        "health",
    )
)


@_attrs_define
class EndpointWorker:
    id: None | str | Unset = UNSET

    state: EndpointWorkerStateType0 | None | Unset = UNSET

    log: None | str | Unset = UNSET

    metrics: EndpointWorkerMetricsType0 | None | Unset = UNSET

    health: EndpointWorkerHealthType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, EndpointWorkerStateType0):
            state = self.state.to_dict()
        else:
            state = self.state

        log: None | str | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        else:
            log = self.log

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, EndpointWorkerMetricsType0):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, EndpointWorkerHealthType0):
            health = self.health.to_dict()
        else:
            health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if log is not UNSET:
            field_dict["log"] = log
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if health is not UNSET:
            field_dict["health"] = health

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _state = src_dict.get("state", UNSET)
        state: EndpointWorkerStateType0 | None | Unset
        if _state is None or isinstance(_state, Unset):
            state = _state
        else:
            try:
                if not isinstance(_state, dict):
                    raise TypeError()
                state = EndpointWorkerStateType0.from_dict(_state)
            except (TypeError, ValueError, AttributeError, KeyError):
                state = _state

        _metrics = src_dict.get("metrics", UNSET)
        metrics: EndpointWorkerMetricsType0 | None | Unset
        if _metrics is None or isinstance(_metrics, Unset):
            metrics = _metrics
        else:
            try:
                if not isinstance(_metrics, dict):
                    raise TypeError()
                metrics = EndpointWorkerMetricsType0.from_dict(_metrics)
            except (TypeError, ValueError, AttributeError, KeyError):
                metrics = _metrics

        _health = src_dict.get("health", UNSET)
        health: EndpointWorkerHealthType0 | None | Unset
        if _health is None or isinstance(_health, Unset):
            health = _health
        else:
            try:
                if not isinstance(_health, dict):
                    raise TypeError()
                health = EndpointWorkerHealthType0.from_dict(_health)
            except (TypeError, ValueError, AttributeError, KeyError):
                health = _health

        endpoint_worker = cls(
            src_dict.get("id", UNSET),  # id
            state,  # state
            src_dict.get("log", UNSET),  # log
            metrics,  # metrics
            health,  # health
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            endpoint_worker.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint_worker

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
from ..models.endpoint_worker_health_type_0 import (
    EndpointWorkerHealthType0,  # noqa: E402
)
from ..models.endpoint_worker_metrics_type_0 import (
    EndpointWorkerMetricsType0,  # noqa: E402
)
from ..models.endpoint_worker_state_type_0 import EndpointWorkerStateType0  # noqa: E402
