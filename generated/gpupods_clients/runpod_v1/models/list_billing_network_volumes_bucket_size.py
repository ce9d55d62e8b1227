from typing import Literal, cast

ListBillingNetworkVolumesBucketSize = Literal["day", "hour", "month", "week", "year"]

LIST_BILLING_NETWORK_VOLUMES_BUCKET_SIZE_VALUES: frozenset[
    ListBillingNetworkVolumesBucketSize
] = frozenset(
    {
        "day",
        "hour",
        "month",
        "week",
        "year",
    }
)


def check_list_billing_network_volumes_bucket_size(
    value: str,
) -> ListBillingNetworkVolumesBucketSize:
    """Read a ListBillingNetworkVolumesBucketSize from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_BILLING_NETWORK_VOLUMES_BUCKET_SIZE_VALUES`` tells known values from new ones.
    """
    return cast(ListBillingNetworkVolumesBucketSize, value)
