from typing import Literal, cast

GetInstanceResponse403ErrorCode = Literal["global/account-inactive", "global/forbidden"]

GET_INSTANCE_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    GetInstanceResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_get_instance_response_403_error_code(
    value: str,
) -> GetInstanceResponse403ErrorCode:
    """Read a GetInstanceResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GET_INSTANCE_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(GetInstanceResponse403ErrorCode, value)
