from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.release_source import ReleaseSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Release")

_FIELDS = frozenset(
    (
        "id",
        "source",
        "workerCount",
        "createdAt",
        "diff",
        "version",
        "buildId",
        "createdByUserId",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        release = cls(
            src_dict["id"],  # id
            src_dict["source"],  # source
            src_dict["workerCount"],  # worker_count
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            [ReleaseDiffEntry.from_dict(item0) for item0 in src_dict["diff"]],  # diff
            src_dict.get("version", UNSET),  # version
            src_dict.get("buildId", UNSET),  # build_id
            src_dict.get("createdByUserId", UNSET),  # created_by_user_id
        )
        if len(src_dict) > 5 and not _FIELDS.issuperset(src_dict):
            release.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.release_diff_entry import ReleaseDiffEntry  # noqa: E402
