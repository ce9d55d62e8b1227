from typing import Literal, cast

RequestCountScalingType = Literal["REQUEST_COUNT"]

REQUEST_COUNT_SCALING_TYPE_VALUES: frozenset[RequestCountScalingType] = frozenset(
    {
        "REQUEST_COUNT",
    }
)


def check_request_count_scaling_type(value: str) -> RequestCountScalingType:
    """Read a RequestCountScalingType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``REQUEST_COUNT_SCALING_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(RequestCountScalingType, value)
