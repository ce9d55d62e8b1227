from typing import Literal, cast

PodBillingGrouping = Literal["gpuTypeId", "podId"]

POD_BILLING_GROUPING_VALUES: frozenset[PodBillingGrouping] = frozenset(
    {
        "gpuTypeId",
        "podId",
    }
)


def check_pod_billing_grouping(value: str) -> PodBillingGrouping:
    """Read a PodBillingGrouping from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``POD_BILLING_GROUPING_VALUES`` tells known values from new ones.
    """
    return cast(PodBillingGrouping, value)
