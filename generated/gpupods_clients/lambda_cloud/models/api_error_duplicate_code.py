from typing import Literal, cast

ApiErrorDuplicateCode = Literal["global/duplicate"]

API_ERROR_DUPLICATE_CODE_VALUES: frozenset[ApiErrorDuplicateCode] = frozenset(
    {
        "global/duplicate",
    }
)


def check_api_error_duplicate_code(value: str) -> ApiErrorDuplicateCode:
    """Read a ApiErrorDuplicateCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_DUPLICATE_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorDuplicateCode, value)
