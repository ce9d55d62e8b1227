from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.release_source import ReleaseSource, check_release_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_diff_entry import ReleaseDiffEntry


T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    id: str
    source: ReleaseSource
    worker_count: int
    created_at: datetime.datetime
    diff: list[ReleaseDiffEntry]
    version: int | None | Unset = UNSET
    build_id: None | str | Unset = UNSET
    created_by_user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source: str = self.source

        worker_count = self.worker_count

        created_at = self.created_at.isoformat()

        diff = []
        for diff_item_data in self.diff:
            diff_item = diff_item_data.to_dict()
            diff.append(diff_item)

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "workerCount": worker_count,
                "createdAt": created_at,
                "diff": diff,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if build_id is not UNSET:
            field_dict["buildId"] = build_id
        if created_by_user_id is not UNSET:
            field_dict["createdByUserId"] = created_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_diff_entry import ReleaseDiffEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = check_release_source(d.pop("source"))

        worker_count = d.pop("workerCount")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        diff = []
        _diff = d.pop("diff")
        for diff_item_data in _diff:
            diff_item = ReleaseDiffEntry.from_dict(diff_item_data)

            diff.append(diff_item)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("buildId", UNSET))

        def _parse_created_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_user_id = _parse_created_by_user_id(d.pop("createdByUserId", UNSET))

        release = cls(
            id=id,
            source=source,
            worker_count=worker_count,
            created_at=created_at,
            diff=diff,
            version=version,
            build_id=build_id,
            created_by_user_id=created_by_user_id,
        )

        release.additional_properties = d
        return release

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
