from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..models.resource_type import ResourceType, check_resource_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryObj")


@_attrs_define
class HistoryObj:
    """A terminated resource with what it cost in total."""

    id: str
    name: str
    provider_type: ProviderTypeEnum
    type_: ResourceType
    created_at: datetime.datetime
    gpu_name: str
    gpu_count: int
    price_hr: float
    user_id: str
    total_billed_price: float
    provisioned_by: None | str | Unset = UNSET
    terminated_at: datetime.datetime | None | Unset = UNSET
    socket: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider_type: str = self.provider_type

        type_: str = self.type_

        created_at = self.created_at.isoformat()

        gpu_name = self.gpu_name

        gpu_count = self.gpu_count

        price_hr = self.price_hr

        user_id = self.user_id

        total_billed_price = self.total_billed_price

        provisioned_by: None | str | Unset
        if isinstance(self.provisioned_by, Unset):
            provisioned_by = UNSET
        else:
            provisioned_by = self.provisioned_by

        terminated_at: None | str | Unset
        if isinstance(self.terminated_at, Unset):
            terminated_at = UNSET
        elif isinstance(self.terminated_at, datetime.datetime):
            terminated_at = self.terminated_at.isoformat()
        else:
            terminated_at = self.terminated_at

        socket: None | str | Unset
        if isinstance(self.socket, Unset):
            socket = UNSET
        else:
            socket = self.socket

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "providerType": provider_type,
                "type": type_,
                "createdAt": created_at,
                "gpuName": gpu_name,
                "gpuCount": gpu_count,
                "priceHr": price_hr,
                "userId": user_id,
                "totalBilledPrice": total_billed_price,
            }
        )
        if provisioned_by is not UNSET:
            field_dict["provisionedBy"] = provisioned_by
        if terminated_at is not UNSET:
            field_dict["terminatedAt"] = terminated_at
        if socket is not UNSET:
            field_dict["socket"] = socket
        if team_id is not UNSET:
            field_dict["teamId"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        provider_type = check_provider_type_enum(d.pop("providerType"))

        type_ = check_resource_type(d.pop("type"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        gpu_name = d.pop("gpuName")

        gpu_count = d.pop("gpuCount")

        price_hr = d.pop("priceHr")

        user_id = d.pop("userId")

        total_billed_price = d.pop("totalBilledPrice")

        def _parse_provisioned_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provisioned_by = _parse_provisioned_by(d.pop("provisionedBy", UNSET))

        def _parse_terminated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terminated_at_type_0 = datetime.datetime.fromisoformat(data)

                return terminated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        terminated_at = _parse_terminated_at(d.pop("terminatedAt", UNSET))

        def _parse_socket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        socket = _parse_socket(d.pop("socket", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("teamId", UNSET))

        history_obj = cls(
            id=id,
            name=name,
            provider_type=provider_type,
            type_=type_,
            created_at=created_at,
            gpu_name=gpu_name,
            gpu_count=gpu_count,
            price_hr=price_hr,
            user_id=user_id,
            total_billed_price=total_billed_price,
            provisioned_by=provisioned_by,
            terminated_at=terminated_at,
            socket=socket,
            team_id=team_id,
        )

        history_obj.additional_properties = d
        return history_obj

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
