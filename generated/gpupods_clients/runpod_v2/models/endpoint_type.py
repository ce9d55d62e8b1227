from typing import Literal, cast

EndpointType = Literal["LOAD_BALANCER", "QUEUE"]

ENDPOINT_TYPE_VALUES: frozenset[EndpointType] = frozenset(
    {
        "LOAD_BALANCER",
        "QUEUE",
    }
)


def check_endpoint_type(value: str) -> EndpointType:
    """Read a EndpointType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EndpointType, value)
