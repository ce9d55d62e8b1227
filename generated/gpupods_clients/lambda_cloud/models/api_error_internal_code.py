from typing import Literal, cast

ApiErrorInternalCode = Literal["global/internal-error"]

API_ERROR_INTERNAL_CODE_VALUES: frozenset[ApiErrorInternalCode] = frozenset(
    {
        "global/internal-error",
    }
)


def check_api_error_internal_code(value: str) -> ApiErrorInternalCode:
    """Read a ApiErrorInternalCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_INTERNAL_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorInternalCode, value)
