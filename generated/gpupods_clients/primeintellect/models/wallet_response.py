from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WalletResponse")

_FIELDS = frozenset(
    (
        "wallet_id",
        "balance_usd",
        "currency",
        "total_billings",
        "recent_billings",
        "team_id",
    )
)


@_attrs_define
class WalletResponse:
    """A wallet with its balance and most recent billing rows."""

    wallet_id: str

    balance_usd: float

    currency: str

    total_billings: int
    """ Number of billing rows the wallet has in all. """

    recent_billings: list[BillingEntry]

    team_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_id = self.wallet_id

        balance_usd = self.balance_usd

        currency = self.currency

        total_billings = self.total_billings

        recent_billings = []
        for recent_billings_item_data in self.recent_billings:
            recent_billings_item = recent_billings_item_data.to_dict()
            recent_billings.append(recent_billings_item)

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wallet_id": wallet_id,
                "balance_usd": balance_usd,
                "currency": currency,
                "total_billings": total_billings,
                "recent_billings": recent_billings,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        wallet_response = cls(
            src_dict["wallet_id"],  # wallet_id
            src_dict["balance_usd"],  # balance_usd
            src_dict["currency"],  # currency
            src_dict["total_billings"],  # total_billings
            [
                BillingEntry.from_dict(item0) for item0 in src_dict["recent_billings"]
            ],  # recent_billings
            src_dict.get("team_id", UNSET),  # team_id
        )
        if len(src_dict) > 5 and not _FIELDS.issuperset(src_dict):
            wallet_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return wallet_response

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
from ..models.billing_entry import BillingEntry  # noqa: E402
