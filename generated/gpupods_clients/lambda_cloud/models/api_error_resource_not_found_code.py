from typing import Literal, cast

ApiErrorResourceNotFoundCode = Literal["global/object-does-not-exist"]

API_ERROR_RESOURCE_NOT_FOUND_CODE_VALUES: frozenset[ApiErrorResourceNotFoundCode] = (
    frozenset(
        {
            "global/object-does-not-exist",
        }
    )
)


def check_api_error_resource_not_found_code(value: str) -> ApiErrorResourceNotFoundCode:
    """Read a ApiErrorResourceNotFoundCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_RESOURCE_NOT_FOUND_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorResourceNotFoundCode, value)
