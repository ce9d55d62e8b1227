from typing import Literal, cast

CreateFilesystemResponse400ErrorCode = Literal[
    "global/duplicate", "global/invalid-parameters", "global/quota-exceeded"
]

CREATE_FILESYSTEM_RESPONSE_400_ERROR_CODE_VALUES: frozenset[
    CreateFilesystemResponse400ErrorCode
] = frozenset(
    {
        "global/duplicate",
        "global/invalid-parameters",
        "global/quota-exceeded",
    }
)


def check_create_filesystem_response_400_error_code(
    value: str,
) -> CreateFilesystemResponse400ErrorCode:
    """Read a CreateFilesystemResponse400ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CREATE_FILESYSTEM_RESPONSE_400_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(CreateFilesystemResponse400ErrorCode, value)
