from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_status import WorkerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Worker")

_FIELDS = frozenset(
    (
        "id",
        "status",
        "isStale",
        "gpuCount",
        "version",
        "image",
        "uptimeSeconds",
        "gpuTypeId",
        "dataCenterId",
        "startedAt",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _started_at = src_dict.get("startedAt", UNSET)
        started_at: datetime.datetime | None | Unset
        if _started_at is None or isinstance(_started_at, Unset):
            started_at = _started_at
        else:
            try:
                if not isinstance(_started_at, str):
                    raise TypeError()
                started_at = datetime.datetime.fromisoformat(_started_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                started_at = _started_at

        worker = cls(
            src_dict["id"],  # id
            src_dict["status"],  # status
            src_dict["isStale"],  # is_stale
            src_dict["gpuCount"],  # gpu_count
            src_dict.get("version", UNSET),  # version
            src_dict.get("image", UNSET),  # image
            src_dict.get("uptimeSeconds", UNSET),  # uptime_seconds
            src_dict.get("gpuTypeId", UNSET),  # gpu_type_id
            src_dict.get("dataCenterId", UNSET),  # data_center_id
            started_at,  # started_at
        )
        if len(src_dict) > 4 and not _FIELDS.issuperset(src_dict):
            worker.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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
