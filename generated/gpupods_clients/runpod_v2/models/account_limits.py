from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountLimits")

_FIELDS = frozenset(
    (
        "spendRate",
        "serverlessWorkers",
    )
)


@_attrs_define
class AccountLimits:
    """The inner fields of both objects are not published (RunPod's page shows the two objects only), so they are open
    here; gpupods reads them as plain mappings.

    """

    spend_rate: AccountLimitsSpendRate
    """ The hourly spend cap, checked when a pod or serverless worker starts. """

    serverless_workers: AccountLimitsServerlessWorkers
    """ The allowance of serverless workers (the sum of workersMax over all endpoints). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spend_rate = self.spend_rate.to_dict()

        serverless_workers = self.serverless_workers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spendRate": spend_rate,
                "serverlessWorkers": serverless_workers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        account_limits = cls(
            AccountLimitsSpendRate.from_dict(src_dict["spendRate"]),  # spend_rate
            AccountLimitsServerlessWorkers.from_dict(
                src_dict["serverlessWorkers"]
            ),  # serverless_workers
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            account_limits.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return account_limits

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
from ..models.account_limits_serverless_workers import (
    AccountLimitsServerlessWorkers,  # noqa: E402
)
from ..models.account_limits_spend_rate import AccountLimitsSpendRate  # noqa: E402
