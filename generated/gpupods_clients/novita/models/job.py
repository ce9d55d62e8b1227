from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_type import JobType, check_job_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_env import InstanceEnv
    from ..models.status_error import StatusError


T = TypeVar("T", bound="Job")


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
        from ..models.instance_env import InstanceEnv  # noqa: PLC0415
        from ..models.status_error import StatusError  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        user = d.pop("user")

        type_ = check_job_type(d.pop("type"))

        state = StatusError.from_dict(d.pop("state"))

        created_at = d.pop("createdAt")

        instance_id = d.pop("instanceId")

        def _parse_envs(data: object) -> list[InstanceEnv] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                envs_type_0 = []
                _envs_type_0 = data
                for envs_type_0_item_data in _envs_type_0:
                    envs_type_0_item = InstanceEnv.from_dict(envs_type_0_item_data)

                    envs_type_0.append(envs_type_0_item)

                return envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstanceEnv] | None | Unset, data)

        envs = _parse_envs(d.pop("envs", UNSET))

        def _parse_log_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_address = _parse_log_address(d.pop("logAddress", UNSET))

        job = cls(
            id=id,
            user=user,
            type_=type_,
            state=state,
            created_at=created_at,
            instance_id=instance_id,
            envs=envs,
            log_address=log_address,
        )

        job.additional_properties = d
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
