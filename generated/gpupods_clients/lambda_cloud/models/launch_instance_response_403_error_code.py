from typing import Literal, cast

LaunchInstanceResponse403ErrorCode = Literal[
    "global/account-inactive", "global/invalid-address"
]

LAUNCH_INSTANCE_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    LaunchInstanceResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/invalid-address",
    }
)


def check_launch_instance_response_403_error_code(
    value: str,
) -> LaunchInstanceResponse403ErrorCode:
    """Read a LaunchInstanceResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LAUNCH_INSTANCE_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(LaunchInstanceResponse403ErrorCode, value)
