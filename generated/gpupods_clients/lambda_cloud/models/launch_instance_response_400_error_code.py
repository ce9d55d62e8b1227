from typing import Literal, cast

LaunchInstanceResponse400ErrorCode = Literal[
    "global/invalid-parameters",
    "global/object-does-not-exist",
    "global/quota-exceeded",
    "instance-operations/launch/file-system-in-wrong-region",
    "instance-operations/launch/insufficient-capacity",
]

LAUNCH_INSTANCE_RESPONSE_400_ERROR_CODE_VALUES: frozenset[
    LaunchInstanceResponse400ErrorCode
] = frozenset(
    {
        "global/invalid-parameters",
        "global/object-does-not-exist",
        "global/quota-exceeded",
        "instance-operations/launch/file-system-in-wrong-region",
        "instance-operations/launch/insufficient-capacity",
    }
)


def check_launch_instance_response_400_error_code(
    value: str,
) -> LaunchInstanceResponse400ErrorCode:
    """Read a LaunchInstanceResponse400ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LAUNCH_INSTANCE_RESPONSE_400_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(LaunchInstanceResponse400ErrorCode, value)
