from typing import Literal, cast

BillingMode = Literal["monthly", "onDemand", "spot"]

BILLING_MODE_VALUES: frozenset[BillingMode] = frozenset(
    {
        "monthly",
        "onDemand",
        "spot",
    }
)


def check_billing_mode(value: str) -> BillingMode:
    """Read a BillingMode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``BILLING_MODE_VALUES`` tells known values from new ones.
    """
    return cast(BillingMode, value)
