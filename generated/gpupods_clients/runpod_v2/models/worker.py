from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_status import WorkerStatus, check_worker_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Worker")


@_attrs_define
class Worker:
    id: str
    status: WorkerStatus
    is_stale: bool
    """ True when its version is behind the endpoint's. """
    gpu_count: int
    version: int | None | Unset = UNSET
    image: None | str | Unset = UNSET
    uptime_seconds: int | None | Unset = UNSET
    gpu_type_id: None | str | Unset = UNSET
    data_center_id: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        is_stale = self.is_stale

        gpu_count = self.gpu_count

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        uptime_seconds: int | None | Unset
        if isinstance(self.uptime_seconds, Unset):
            uptime_seconds = UNSET
        else:
            uptime_seconds = self.uptime_seconds

        gpu_type_id: None | str | Unset
        if isinstance(self.gpu_type_id, Unset):
            gpu_type_id = UNSET
        else:
            gpu_type_id = self.gpu_type_id

        data_center_id: None | str | Unset
        if isinstance(self.data_center_id, Unset):
            data_center_id = UNSET
        else:
            data_center_id = self.data_center_id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "isStale": is_stale,
                "gpuCount": gpu_count,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if image is not UNSET:
            field_dict["image"] = image
        if uptime_seconds is not UNSET:
            field_dict["uptimeSeconds"] = uptime_seconds
        if gpu_type_id is not UNSET:
            field_dict["gpuTypeId"] = gpu_type_id
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = check_worker_status(d.pop("status"))

        is_stale = d.pop("isStale")

        gpu_count = d.pop("gpuCount")

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_uptime_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uptime_seconds = _parse_uptime_seconds(d.pop("uptimeSeconds", UNSET))

        def _parse_gpu_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpu_type_id = _parse_gpu_type_id(d.pop("gpuTypeId", UNSET))

        def _parse_data_center_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_center_id = _parse_data_center_id(d.pop("dataCenterId", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        worker = cls(
            id=id,
            status=status,
            is_stale=is_stale,
            gpu_count=gpu_count,
            version=version,
            image=image,
            uptime_seconds=uptime_seconds,
            gpu_type_id=gpu_type_id,
            data_center_id=data_center_id,
            started_at=started_at,
        )

        worker.additional_properties = d
        return worker

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
