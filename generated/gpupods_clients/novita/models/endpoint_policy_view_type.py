from typing import Literal, cast

EndpointPolicyViewType = Literal["concurrency", "queue"]

ENDPOINT_POLICY_VIEW_TYPE_VALUES: frozenset[EndpointPolicyViewType] = frozenset(
    {
        "concurrency",
        "queue",
    }
)


def check_endpoint_policy_view_type(value: str) -> EndpointPolicyViewType:
    """Read a EndpointPolicyViewType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_POLICY_VIEW_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EndpointPolicyViewType, value)
