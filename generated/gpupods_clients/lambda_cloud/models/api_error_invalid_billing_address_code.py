from typing import Literal, cast

ApiErrorInvalidBillingAddressCode = Literal["global/invalid-address"]

API_ERROR_INVALID_BILLING_ADDRESS_CODE_VALUES: frozenset[
    ApiErrorInvalidBillingAddressCode
] = frozenset(
    {
        "global/invalid-address",
    }
)


def check_api_error_invalid_billing_address_code(
    value: str,
) -> ApiErrorInvalidBillingAddressCode:
    """Read a ApiErrorInvalidBillingAddressCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_INVALID_BILLING_ADDRESS_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorInvalidBillingAddressCode, value)
