from typing import Literal, cast

ListBillingEndpointsGrouping = Literal["endpointId", "gpuTypeId", "podId"]

LIST_BILLING_ENDPOINTS_GROUPING_VALUES: frozenset[ListBillingEndpointsGrouping] = (
    frozenset(
        {
            "endpointId",
            "gpuTypeId",
            "podId",
        }
    )
)


def check_list_billing_endpoints_grouping(value: str) -> ListBillingEndpointsGrouping:
    """Read a ListBillingEndpointsGrouping from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_BILLING_ENDPOINTS_GROUPING_VALUES`` tells known values from new ones.
    """
    return cast(ListBillingEndpointsGrouping, value)
