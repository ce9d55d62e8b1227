from typing import Literal, cast

ApiErrorUnauthorizedCode = Literal["global/invalid-api-key"]

API_ERROR_UNAUTHORIZED_CODE_VALUES: frozenset[ApiErrorUnauthorizedCode] = frozenset(
    {
        "global/invalid-api-key",
    }
)


def check_api_error_unauthorized_code(value: str) -> ApiErrorUnauthorizedCode:
    """Read a ApiErrorUnauthorizedCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_UNAUTHORIZED_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorUnauthorizedCode, value)
