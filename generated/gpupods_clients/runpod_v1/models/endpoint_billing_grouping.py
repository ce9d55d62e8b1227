from typing import Literal, cast

EndpointBillingGrouping = Literal["endpointId", "gpuTypeId", "podId"]

ENDPOINT_BILLING_GROUPING_VALUES: frozenset[EndpointBillingGrouping] = frozenset(
    {
        "endpointId",
        "gpuTypeId",
        "podId",
    }
)


def check_endpoint_billing_grouping(value: str) -> EndpointBillingGrouping:
    """Read a EndpointBillingGrouping from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_BILLING_GROUPING_VALUES`` tells known values from new ones.
    """
    return cast(EndpointBillingGrouping, value)
