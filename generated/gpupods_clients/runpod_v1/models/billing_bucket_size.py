from typing import Literal, cast

BillingBucketSize = Literal["day", "hour", "month", "week", "year"]

BILLING_BUCKET_SIZE_VALUES: frozenset[BillingBucketSize] = frozenset(
    {
        "day",
        "hour",
        "month",
        "week",
        "year",
    }
)


def check_billing_bucket_size(value: str) -> BillingBucketSize:
    """Read a BillingBucketSize from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``BILLING_BUCKET_SIZE_VALUES`` tells known values from new ones.
    """
    return cast(BillingBucketSize, value)
