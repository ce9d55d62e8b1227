from typing import Literal, cast

ApiErrorNotFoundCode = Literal["global/not-found"]

API_ERROR_NOT_FOUND_CODE_VALUES: frozenset[ApiErrorNotFoundCode] = frozenset(
    {
        "global/not-found",
    }
)


def check_api_error_not_found_code(value: str) -> ApiErrorNotFoundCode:
    """Read a ApiErrorNotFoundCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_NOT_FOUND_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorNotFoundCode, value)
