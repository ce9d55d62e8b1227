from typing import Literal, cast

ApiErrorLaunchResourceNotFoundCode = Literal["global/object-does-not-exist"]

API_ERROR_LAUNCH_RESOURCE_NOT_FOUND_CODE_VALUES: frozenset[
    ApiErrorLaunchResourceNotFoundCode
] = frozenset(
    {
        "global/object-does-not-exist",
    }
)


def check_api_error_launch_resource_not_found_code(
    value: str,
) -> ApiErrorLaunchResourceNotFoundCode:
    """Read a ApiErrorLaunchResourceNotFoundCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_LAUNCH_RESOURCE_NOT_FOUND_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorLaunchResourceNotFoundCode, value)
