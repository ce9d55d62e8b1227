from typing import Literal, cast

ApiErrorForbiddenCode = Literal["global/forbidden"]

API_ERROR_FORBIDDEN_CODE_VALUES: frozenset[ApiErrorForbiddenCode] = frozenset(
    {
        "global/forbidden",
    }
)


def check_api_error_forbidden_code(value: str) -> ApiErrorForbiddenCode:
    """Read a ApiErrorForbiddenCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_FORBIDDEN_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorForbiddenCode, value)
