from typing import Literal, cast

ListBillingPodsGrouping = Literal["gpuTypeId", "podId"]

LIST_BILLING_PODS_GROUPING_VALUES: frozenset[ListBillingPodsGrouping] = frozenset(
    {
        "gpuTypeId",
        "podId",
    }
)


def check_list_billing_pods_grouping(value: str) -> ListBillingPodsGrouping:
    """Read a ListBillingPodsGrouping from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_BILLING_PODS_GROUPING_VALUES`` tells known values from new ones.
    """
    return cast(ListBillingPodsGrouping, value)
