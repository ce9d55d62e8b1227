from typing import Literal, cast

ApiErrorConflictCode = Literal["global/conflict"]

API_ERROR_CONFLICT_CODE_VALUES: frozenset[ApiErrorConflictCode] = frozenset(
    {
        "global/conflict",
    }
)


def check_api_error_conflict_code(value: str) -> ApiErrorConflictCode:
    """Read a ApiErrorConflictCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_CONFLICT_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorConflictCode, value)
