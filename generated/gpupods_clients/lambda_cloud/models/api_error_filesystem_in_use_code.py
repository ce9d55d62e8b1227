from typing import Literal, cast

ApiErrorFilesystemInUseCode = Literal["filesystems/filesystem-in-use"]

API_ERROR_FILESYSTEM_IN_USE_CODE_VALUES: frozenset[ApiErrorFilesystemInUseCode] = (
    frozenset(
        {
            "filesystems/filesystem-in-use",
        }
    )
)


def check_api_error_filesystem_in_use_code(value: str) -> ApiErrorFilesystemInUseCode:
    """Read a ApiErrorFilesystemInUseCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_FILESYSTEM_IN_USE_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorFilesystemInUseCode, value)
