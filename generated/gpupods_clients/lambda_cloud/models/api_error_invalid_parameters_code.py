from typing import Literal, cast

ApiErrorInvalidParametersCode = Literal["global/invalid-parameters"]

API_ERROR_INVALID_PARAMETERS_CODE_VALUES: frozenset[ApiErrorInvalidParametersCode] = (
    frozenset(
        {
            "global/invalid-parameters",
        }
    )
)


def check_api_error_invalid_parameters_code(
    value: str,
) -> ApiErrorInvalidParametersCode:
    """Read a ApiErrorInvalidParametersCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_INVALID_PARAMETERS_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorInvalidParametersCode, value)
