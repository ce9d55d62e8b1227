from typing import Literal, cast

ApiErrorInsufficientCapacityCode = Literal[
    "instance-operations/launch/insufficient-capacity"
]

API_ERROR_INSUFFICIENT_CAPACITY_CODE_VALUES: frozenset[
    ApiErrorInsufficientCapacityCode
] = frozenset(
    {
        "instance-operations/launch/insufficient-capacity",
    }
)


def check_api_error_insufficient_capacity_code(
    value: str,
) -> ApiErrorInsufficientCapacityCode:
    """Read a ApiErrorInsufficientCapacityCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_INSUFFICIENT_CAPACITY_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorInsufficientCapacityCode, value)
