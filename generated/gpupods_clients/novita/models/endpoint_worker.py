from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_worker_health_type_0 import EndpointWorkerHealthType0
    from ..models.endpoint_worker_metrics_type_0 import EndpointWorkerMetricsType0
    from ..models.endpoint_worker_state_type_0 import EndpointWorkerStateType0


T = TypeVar("T", bound="EndpointWorker")


@_attrs_define
class EndpointWorker:
    id: None | str | Unset = UNSET
    state: EndpointWorkerStateType0 | None | Unset = UNSET
    log: None | str | Unset = UNSET
    metrics: EndpointWorkerMetricsType0 | None | Unset = UNSET
    health: EndpointWorkerHealthType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint_worker_health_type_0 import (
            EndpointWorkerHealthType0,  # noqa: PLC0415
        )
        from ..models.endpoint_worker_metrics_type_0 import (
            EndpointWorkerMetricsType0,  # noqa: PLC0415
        )
        from ..models.endpoint_worker_state_type_0 import (
            EndpointWorkerStateType0,  # noqa: PLC0415
        )

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
        from ..models.endpoint_worker_health_type_0 import (
            EndpointWorkerHealthType0,  # noqa: PLC0415
        )
        from ..models.endpoint_worker_metrics_type_0 import (
            EndpointWorkerMetricsType0,  # noqa: PLC0415
        )
        from ..models.endpoint_worker_state_type_0 import (
            EndpointWorkerStateType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_state(data: object) -> EndpointWorkerStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = EndpointWorkerStateType0.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointWorkerStateType0 | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_log(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        def _parse_metrics(data: object) -> EndpointWorkerMetricsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = EndpointWorkerMetricsType0.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointWorkerMetricsType0 | None | Unset, data)

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        def _parse_health(data: object) -> EndpointWorkerHealthType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                health_type_0 = EndpointWorkerHealthType0.from_dict(data)

                return health_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointWorkerHealthType0 | None | Unset, data)

        health = _parse_health(d.pop("health", UNSET))

        endpoint_worker = cls(
            id=id,
            state=state,
            log=log,
            metrics=metrics,
            health=health,
        )

        endpoint_worker.additional_properties = d
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
