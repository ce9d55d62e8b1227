from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_status_enum import DiskStatusEnum, check_disk_status_enum
from ..models.provider_type_enum import ProviderTypeEnum, check_provider_type_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_disk_config_info_type_0 import APIDiskConfigInfoType0


T = TypeVar("T", bound="APIDiskConfig")


@_attrs_define
class APIDiskConfig:
    """A network disk."""

    name: str
    provider_type: ProviderTypeEnum
    user_id: None | str
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    terminated_at: datetime.datetime | None | Unset = UNSET
    status: DiskStatusEnum | Unset = UNSET
    size: int | Unset = 0
    """ Size in GB. """
    info: APIDiskConfigInfoType0 | None | Unset = UNSET
    """ Free-form details about the disk, such as its location. """
    price_hr: float | None | Unset = UNSET
    stopped_price_hr: float | None | Unset = UNSET
    provisioning_price_hr: float | None | Unset = 0.0
    team_id: None | str | Unset = UNSET
    wallet_id: None | str | Unset = UNSET
    pods: list[str] | Unset = UNSET
    """ Ids of the pods using the disk. """
    clusters: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_disk_config_info_type_0 import (
            APIDiskConfigInfoType0,  # noqa: PLC0415
        )

        name = self.name

        provider_type: str = self.provider_type

        user_id: None | str
        user_id = self.user_id

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        terminated_at: None | str | Unset
        if isinstance(self.terminated_at, Unset):
            terminated_at = UNSET
        elif isinstance(self.terminated_at, datetime.datetime):
            terminated_at = self.terminated_at.isoformat()
        else:
            terminated_at = self.terminated_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        size = self.size

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, APIDiskConfigInfoType0):
            info = self.info.to_dict()
        else:
            info = self.info

        price_hr: float | None | Unset
        if isinstance(self.price_hr, Unset):
            price_hr = UNSET
        else:
            price_hr = self.price_hr

        stopped_price_hr: float | None | Unset
        if isinstance(self.stopped_price_hr, Unset):
            stopped_price_hr = UNSET
        else:
            stopped_price_hr = self.stopped_price_hr

        provisioning_price_hr: float | None | Unset
        if isinstance(self.provisioning_price_hr, Unset):
            provisioning_price_hr = UNSET
        else:
            provisioning_price_hr = self.provisioning_price_hr

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        wallet_id: None | str | Unset
        if isinstance(self.wallet_id, Unset):
            wallet_id = UNSET
        else:
            wallet_id = self.wallet_id

        pods: list[str] | Unset = UNSET
        if not isinstance(self.pods, Unset):
            pods = self.pods

        clusters: list[str] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = self.clusters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "providerType": provider_type,
                "userId": user_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if terminated_at is not UNSET:
            field_dict["terminatedAt"] = terminated_at
        if status is not UNSET:
            field_dict["status"] = status
        if size is not UNSET:
            field_dict["size"] = size
        if info is not UNSET:
            field_dict["info"] = info
        if price_hr is not UNSET:
            field_dict["priceHr"] = price_hr
        if stopped_price_hr is not UNSET:
            field_dict["stoppedPriceHr"] = stopped_price_hr
        if provisioning_price_hr is not UNSET:
            field_dict["provisioningPriceHr"] = provisioning_price_hr
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if wallet_id is not UNSET:
            field_dict["walletId"] = wallet_id
        if pods is not UNSET:
            field_dict["pods"] = pods
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_disk_config_info_type_0 import (
            APIDiskConfigInfoType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        provider_type = check_provider_type_enum(d.pop("providerType"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        id = d.pop("id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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

        _status = d.pop("status", UNSET)
        status: DiskStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_disk_status_enum(_status)

        size = d.pop("size", UNSET)

        def _parse_info(data: object) -> APIDiskConfigInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                info_type_0 = APIDiskConfigInfoType0.from_dict(data)

                return info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(APIDiskConfigInfoType0 | None | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        def _parse_price_hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price_hr = _parse_price_hr(d.pop("priceHr", UNSET))

        def _parse_stopped_price_hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stopped_price_hr = _parse_stopped_price_hr(d.pop("stoppedPriceHr", UNSET))

        def _parse_provisioning_price_hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        provisioning_price_hr = _parse_provisioning_price_hr(
            d.pop("provisioningPriceHr", UNSET)
        )

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("teamId", UNSET))

        def _parse_wallet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wallet_id = _parse_wallet_id(d.pop("walletId", UNSET))

        pods = cast(list[str], d.pop("pods", UNSET))

        clusters = cast(list[str], d.pop("clusters", UNSET))

        api_disk_config = cls(
            name=name,
            provider_type=provider_type,
            user_id=user_id,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            terminated_at=terminated_at,
            status=status,
            size=size,
            info=info,
            price_hr=price_hr,
            stopped_price_hr=stopped_price_hr,
            provisioning_price_hr=provisioning_price_hr,
            team_id=team_id,
            wallet_id=wallet_id,
            pods=pods,
            clusters=clusters,
        )

        api_disk_config.additional_properties = d
        return api_disk_config

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
