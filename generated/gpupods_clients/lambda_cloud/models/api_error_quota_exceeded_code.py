from typing import Literal, cast

ApiErrorQuotaExceededCode = Literal["global/quota-exceeded"]

API_ERROR_QUOTA_EXCEEDED_CODE_VALUES: frozenset[ApiErrorQuotaExceededCode] = frozenset(
    {
        "global/quota-exceeded",
    }
)


def check_api_error_quota_exceeded_code(value: str) -> ApiErrorQuotaExceededCode:
    """Read a ApiErrorQuotaExceededCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_QUOTA_EXCEEDED_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorQuotaExceededCode, value)
