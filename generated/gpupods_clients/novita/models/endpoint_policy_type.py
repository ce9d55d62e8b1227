from typing import Literal, cast

EndpointPolicyType = Literal["concurrency", "queue"]

ENDPOINT_POLICY_TYPE_VALUES: frozenset[EndpointPolicyType] = frozenset(
    {
        "concurrency",
        "queue",
    }
)


def check_endpoint_policy_type(value: str) -> EndpointPolicyType:
    """Read a EndpointPolicyType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_POLICY_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EndpointPolicyType, value)
