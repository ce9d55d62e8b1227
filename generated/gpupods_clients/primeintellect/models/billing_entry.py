from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingEntry")

_FIELDS = frozenset(
    (
        "id",
        "created_at",
        "updated_at",
        "amount_usd",
        "currency",
        "resource_type",
        "last_billed_at",
        "resource_id",
    )
)


@_attrs_define
class BillingEntry:
    """One billing row."""

    id: str

    created_at: datetime.datetime

    updated_at: datetime.datetime

    amount_usd: float

    currency: str

    resource_type: str
    """ Kind of resource billed, such as compute or disks. """

    last_billed_at: datetime.datetime | None | Unset = UNSET

    resource_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        amount_usd = self.amount_usd

        currency = self.currency

        resource_type = self.resource_type

        last_billed_at: None | str | Unset
        if isinstance(self.last_billed_at, Unset):
            last_billed_at = UNSET
        elif isinstance(self.last_billed_at, datetime.datetime):
            last_billed_at = self.last_billed_at.isoformat()
        else:
            last_billed_at = self.last_billed_at

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "amount_usd": amount_usd,
                "currency": currency,
                "resource_type": resource_type,
            }
        )
        if last_billed_at is not UNSET:
            field_dict["last_billed_at"] = last_billed_at
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _last_billed_at = src_dict.get("last_billed_at", UNSET)
        last_billed_at: datetime.datetime | None | Unset
        if _last_billed_at is None or isinstance(_last_billed_at, Unset):
            last_billed_at = _last_billed_at
        else:
            try:
                if not isinstance(_last_billed_at, str):
                    raise TypeError()
                last_billed_at = datetime.datetime.fromisoformat(_last_billed_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                last_billed_at = _last_billed_at

        billing_entry = cls(
            src_dict["id"],  # id
            datetime.datetime.fromisoformat(src_dict["created_at"]),  # created_at
            datetime.datetime.fromisoformat(src_dict["updated_at"]),  # updated_at
            src_dict["amount_usd"],  # amount_usd
            src_dict["currency"],  # currency
            src_dict["resource_type"],  # resource_type
            last_billed_at,  # last_billed_at
            src_dict.get("resource_id", UNSET),  # resource_id
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            billing_entry.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return billing_entry

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
