from typing import Literal, cast

CreateFilesystemResponse403ErrorCode = Literal[
    "global/account-inactive", "global/invalid-address"
]

CREATE_FILESYSTEM_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    CreateFilesystemResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/invalid-address",
    }
)


def check_create_filesystem_response_403_error_code(
    value: str,
) -> CreateFilesystemResponse403ErrorCode:
    """Read a CreateFilesystemResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CREATE_FILESYSTEM_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(CreateFilesystemResponse403ErrorCode, value)
