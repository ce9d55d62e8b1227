from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_type_enum import ProviderTypeEnum
from ..models.resource_type import ResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryObj")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "providerType",
        "type",
        "createdAt",
        "gpuName",
        "gpuCount",
        "priceHr",
        "userId",
        "totalBilledPrice",
        "provisionedBy",
        "terminatedAt",
        "socket",
        "teamId",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _terminated_at = src_dict.get("terminatedAt", UNSET)
        terminated_at: datetime.datetime | None | Unset
        if _terminated_at is None or isinstance(_terminated_at, Unset):
            terminated_at = _terminated_at
        else:
            try:
                if not isinstance(_terminated_at, str):
                    raise TypeError()
                terminated_at = datetime.datetime.fromisoformat(_terminated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                terminated_at = _terminated_at

        history_obj = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["providerType"],  # provider_type
            src_dict["type"],  # type_
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            src_dict["gpuName"],  # gpu_name
            src_dict["gpuCount"],  # gpu_count
            src_dict["priceHr"],  # price_hr
            src_dict["userId"],  # user_id
            src_dict["totalBilledPrice"],  # total_billed_price
            src_dict.get("provisionedBy", UNSET),  # provisioned_by
            terminated_at,  # terminated_at
            src_dict.get("socket", UNSET),  # socket
            src_dict.get("teamId", UNSET),  # team_id
        )
        if len(src_dict) > 10 and not _FIELDS.issuperset(src_dict):
            history_obj.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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
