from typing import Literal, cast

ListBillingEndpointsBucketSize = Literal["day", "hour", "month", "week", "year"]

LIST_BILLING_ENDPOINTS_BUCKET_SIZE_VALUES: frozenset[ListBillingEndpointsBucketSize] = (
    frozenset(
        {
            "day",
            "hour",
            "month",
            "week",
            "year",
        }
    )
)


def check_list_billing_endpoints_bucket_size(
    value: str,
) -> ListBillingEndpointsBucketSize:
    """Read a ListBillingEndpointsBucketSize from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_BILLING_ENDPOINTS_BUCKET_SIZE_VALUES`` tells known values from new ones.
    """
    return cast(ListBillingEndpointsBucketSize, value)
