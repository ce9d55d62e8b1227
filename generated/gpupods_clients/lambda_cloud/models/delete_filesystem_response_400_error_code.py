from typing import Literal, cast

DeleteFilesystemResponse400ErrorCode = Literal[
    "filesystems/filesystem-in-use", "global/invalid-parameters"
]

DELETE_FILESYSTEM_RESPONSE_400_ERROR_CODE_VALUES: frozenset[
    DeleteFilesystemResponse400ErrorCode
] = frozenset(
    {
        "filesystems/filesystem-in-use",
        "global/invalid-parameters",
    }
)


def check_delete_filesystem_response_400_error_code(
    value: str,
) -> DeleteFilesystemResponse400ErrorCode:
    """Read a DeleteFilesystemResponse400ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DELETE_FILESYSTEM_RESPONSE_400_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(DeleteFilesystemResponse400ErrorCode, value)
