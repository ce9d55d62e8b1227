from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker import Worker
    from ..models.worker_summary import WorkerSummary


T = TypeVar("T", bound="ListEndpointWorkersResponse")


@_attrs_define
class ListEndpointWorkersResponse:
    workers: list[Worker]
    summary: WorkerSummary
    endpoint_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workers = []
        for workers_item_data in self.workers:
            workers_item = workers_item_data.to_dict()
            workers.append(workers_item)

        summary = self.summary.to_dict()

        endpoint_version: int | None | Unset
        if isinstance(self.endpoint_version, Unset):
            endpoint_version = UNSET
        else:
            endpoint_version = self.endpoint_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workers": workers,
                "summary": summary,
            }
        )
        if endpoint_version is not UNSET:
            field_dict["endpointVersion"] = endpoint_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.worker import Worker  # noqa: PLC0415
        from ..models.worker_summary import WorkerSummary  # noqa: PLC0415

        d = dict(src_dict)
        workers = []
        _workers = d.pop("workers")
        for workers_item_data in _workers:
            workers_item = Worker.from_dict(workers_item_data)

            workers.append(workers_item)

        summary = WorkerSummary.from_dict(d.pop("summary"))

        def _parse_endpoint_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        endpoint_version = _parse_endpoint_version(d.pop("endpointVersion", UNSET))

        list_endpoint_workers_response = cls(
            workers=workers,
            summary=summary,
            endpoint_version=endpoint_version,
        )

        list_endpoint_workers_response.additional_properties = d
        return list_endpoint_workers_response

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
