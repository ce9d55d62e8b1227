from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_state import BuildState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Build")

_FIELDS = frozenset(
    (
        "id",
        "status",
        "commitHash",
        "commitMessage",
        "commitDate",
        "branch",
        "imageName",
        "error",
        "startedAt",
        "completedAt",
    )
)


@_attrs_define
class Build:
    """One image build of an endpoint fed from a git repository."""

    id: str

    status: BuildState
    """ PENDING, BUILDING, UPLOADING and TESTING run; COMPLETED, FAILED, CANCELLED and TEST_FAILED are final. """

    commit_hash: None | str | Unset = UNSET

    commit_message: None | str | Unset = UNSET

    commit_date: datetime.datetime | None | Unset = UNSET

    branch: None | str | Unset = UNSET

    image_name: None | str | Unset = UNSET

    error: None | str | Unset = UNSET
    """ Why a failed build failed. """

    started_at: datetime.datetime | None | Unset = UNSET

    completed_at: datetime.datetime | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        commit_hash: None | str | Unset
        if isinstance(self.commit_hash, Unset):
            commit_hash = UNSET
        else:
            commit_hash = self.commit_hash

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        commit_date: None | str | Unset
        if isinstance(self.commit_date, Unset):
            commit_date = UNSET
        elif isinstance(self.commit_date, datetime.datetime):
            commit_date = self.commit_date.isoformat()
        else:
            commit_date = self.commit_date

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        image_name: None | str | Unset
        if isinstance(self.image_name, Unset):
            image_name = UNSET
        else:
            image_name = self.image_name

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if commit_hash is not UNSET:
            field_dict["commitHash"] = commit_hash
        if commit_message is not UNSET:
            field_dict["commitMessage"] = commit_message
        if commit_date is not UNSET:
            field_dict["commitDate"] = commit_date
        if branch is not UNSET:
            field_dict["branch"] = branch
        if image_name is not UNSET:
            field_dict["imageName"] = image_name
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _commit_date = src_dict.get("commitDate", UNSET)
        commit_date: datetime.datetime | None | Unset
        if _commit_date is None or isinstance(_commit_date, Unset):
            commit_date = _commit_date
        else:
            try:
                if not isinstance(_commit_date, str):
                    raise TypeError()
                commit_date = datetime.datetime.fromisoformat(_commit_date)
            except (TypeError, ValueError, AttributeError, KeyError):
                commit_date = _commit_date

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

        _completed_at = src_dict.get("completedAt", UNSET)
        completed_at: datetime.datetime | None | Unset
        if _completed_at is None or isinstance(_completed_at, Unset):
            completed_at = _completed_at
        else:
            try:
                if not isinstance(_completed_at, str):
                    raise TypeError()
                completed_at = datetime.datetime.fromisoformat(_completed_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                completed_at = _completed_at

        build = cls(
            src_dict["id"],  # id
            src_dict["status"],  # status
            src_dict.get("commitHash", UNSET),  # commit_hash
            src_dict.get("commitMessage", UNSET),  # commit_message
            commit_date,  # commit_date
            src_dict.get("branch", UNSET),  # branch
            src_dict.get("imageName", UNSET),  # image_name
            src_dict.get("error", UNSET),  # error
            started_at,  # started_at
            completed_at,  # completed_at
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            build.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return build

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
