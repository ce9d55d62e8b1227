from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_status_enum import DiskStatusEnum
from ..models.provider_type_enum import ProviderTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="APIDiskConfig")

_FIELDS = frozenset(
    (
        "name",
        "providerType",
        "userId",
        "id",
        "createdAt",
        "updatedAt",
        "terminatedAt",
        "status",
        "size",
        "info",
        "priceHr",
        "stoppedPriceHr",
        "provisioningPriceHr",
        "teamId",
        "walletId",
        "pods",
        "clusters",
    )
)


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

        _info = src_dict.get("info", UNSET)
        info: APIDiskConfigInfoType0 | None | Unset
        if _info is None or isinstance(_info, Unset):
            info = _info
        else:
            try:
                if not isinstance(_info, dict):
                    raise TypeError()
                info = APIDiskConfigInfoType0.from_dict(_info)
            except (TypeError, ValueError, AttributeError, KeyError):
                info = _info

        api_disk_config = cls(
            src_dict["name"],  # name
            src_dict["providerType"],  # provider_type
            src_dict["userId"],  # user_id
            src_dict.get("id", UNSET),  # id
            datetime.datetime.fromisoformat(src_dict["createdAt"])
            if "createdAt" in src_dict
            else UNSET,  # created_at
            datetime.datetime.fromisoformat(src_dict["updatedAt"])
            if "updatedAt" in src_dict
            else UNSET,  # updated_at
            terminated_at,  # terminated_at
            src_dict.get("status", UNSET),  # status
            src_dict.get("size", UNSET),  # size
            info,  # info
            src_dict.get("priceHr", UNSET),  # price_hr
            src_dict.get("stoppedPriceHr", UNSET),  # stopped_price_hr
            src_dict.get("provisioningPriceHr", UNSET),  # provisioning_price_hr
            src_dict.get("teamId", UNSET),  # team_id
            src_dict.get("walletId", UNSET),  # wallet_id
            src_dict.get("pods", UNSET),  # pods
            src_dict.get("clusters", UNSET),  # clusters
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            api_disk_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.api_disk_config_info_type_0 import APIDiskConfigInfoType0  # noqa: E402
