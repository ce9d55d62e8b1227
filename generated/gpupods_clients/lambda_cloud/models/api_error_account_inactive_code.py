from typing import Literal, cast

ApiErrorAccountInactiveCode = Literal["global/account-inactive"]

API_ERROR_ACCOUNT_INACTIVE_CODE_VALUES: frozenset[ApiErrorAccountInactiveCode] = (
    frozenset(
        {
            "global/account-inactive",
        }
    )
)


def check_api_error_account_inactive_code(value: str) -> ApiErrorAccountInactiveCode:
    """Read a ApiErrorAccountInactiveCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_ACCOUNT_INACTIVE_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorAccountInactiveCode, value)
