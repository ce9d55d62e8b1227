from typing import Literal, cast

BillingMode = Literal["POSTPAID", "PREPAID"]

BILLING_MODE_VALUES: frozenset[BillingMode] = frozenset(
    {
        "POSTPAID",
        "PREPAID",
    }
)


def check_billing_mode(value: str) -> BillingMode:
    """Read a BillingMode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``BILLING_MODE_VALUES`` tells known values from new ones.
    """
    return cast(BillingMode, value)
