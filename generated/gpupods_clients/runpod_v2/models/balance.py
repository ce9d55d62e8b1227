from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_mode import BillingMode

T = TypeVar("T", bound="Balance")

_FIELDS = frozenset(
    (
        "balanceAmount",
        "billingMode",
    )
)


@_attrs_define
class Balance:
    balance_amount: float
    """ USD. """

    billing_mode: BillingMode
    """ PREPAID spends from the balance; POSTPAID is invoiced. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_amount = self.balance_amount

        billing_mode: str = self.billing_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balanceAmount": balance_amount,
                "billingMode": billing_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        balance = cls(
            src_dict["balanceAmount"],  # balance_amount
            src_dict["billingMode"],  # billing_mode
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            balance.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return balance

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
