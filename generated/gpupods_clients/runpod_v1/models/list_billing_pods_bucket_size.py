from typing import Literal, cast

ListBillingPodsBucketSize = Literal["day", "hour", "month", "week", "year"]

LIST_BILLING_PODS_BUCKET_SIZE_VALUES: frozenset[ListBillingPodsBucketSize] = frozenset(
    {
        "day",
        "hour",
        "month",
        "week",
        "year",
    }
)


def check_list_billing_pods_bucket_size(value: str) -> ListBillingPodsBucketSize:
    """Read a ListBillingPodsBucketSize from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_BILLING_PODS_BUCKET_SIZE_VALUES`` tells known values from new ones.
    """
    return cast(ListBillingPodsBucketSize, value)
