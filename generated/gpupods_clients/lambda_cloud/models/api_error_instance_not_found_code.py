from typing import Literal, cast

ApiErrorInstanceNotFoundCode = Literal["global/object-does-not-exist"]

API_ERROR_INSTANCE_NOT_FOUND_CODE_VALUES: frozenset[ApiErrorInstanceNotFoundCode] = (
    frozenset(
        {
            "global/object-does-not-exist",
        }
    )
)


def check_api_error_instance_not_found_code(value: str) -> ApiErrorInstanceNotFoundCode:
    """Read a ApiErrorInstanceNotFoundCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_INSTANCE_NOT_FOUND_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorInstanceNotFoundCode, value)
