from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_type import JobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")

_FIELDS = frozenset(
    (
        "Id",
        "user",
        "type",
        "state",
        "createdAt",
        "instanceId",
        "envs",
        "logAddress",
    )
)


@_attrs_define
class Job:
    id: str

    user: str

    type_: JobType

    state: StatusError

    created_at: str

    instance_id: str

    envs: list[InstanceEnv] | None | Unset = UNSET

    log_address: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        type_: str = self.type_

        state = self.state.to_dict()

        created_at = self.created_at

        instance_id = self.instance_id

        envs: list[dict[str, Any]] | None | Unset
        if isinstance(self.envs, Unset):
            envs = UNSET
        elif isinstance(self.envs, list):
            envs = []
            for envs_type_0_item_data in self.envs:
                envs_type_0_item = envs_type_0_item_data.to_dict()
                envs.append(envs_type_0_item)

        else:
            envs = self.envs

        log_address: None | str | Unset
        if isinstance(self.log_address, Unset):
            log_address = UNSET
        else:
            log_address = self.log_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "user": user,
                "type": type_,
                "state": state,
                "createdAt": created_at,
                "instanceId": instance_id,
            }
        )
        if envs is not UNSET:
            field_dict["envs"] = envs
        if log_address is not UNSET:
            field_dict["logAddress"] = log_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _envs = src_dict.get("envs", UNSET)
        envs: list[InstanceEnv] | None | Unset
        if _envs is None or isinstance(_envs, Unset):
            envs = _envs
        else:
            try:
                if not isinstance(_envs, list):
                    raise TypeError()
                envs = [InstanceEnv.from_dict(item0) for item0 in _envs]
            except (TypeError, ValueError, AttributeError, KeyError):
                envs = _envs

        job = cls(
            src_dict["Id"],  # id
            src_dict["user"],  # user
            src_dict["type"],  # type_
            StatusError.from_dict(src_dict["state"]),  # state
            src_dict["createdAt"],  # created_at
            src_dict["instanceId"],  # instance_id
            envs,  # envs
            src_dict.get("logAddress", UNSET),  # log_address
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            job.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return job

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
from ..models.instance_env import InstanceEnv  # noqa: E402
from ..models.status_error import StatusError  # noqa: E402
