from typing import Literal, cast

ApiErrorFilesystemNotFoundCode = Literal["global/object-does-not-exist"]

API_ERROR_FILESYSTEM_NOT_FOUND_CODE_VALUES: frozenset[
    ApiErrorFilesystemNotFoundCode
] = frozenset(
    {
        "global/object-does-not-exist",
    }
)


def check_api_error_filesystem_not_found_code(
    value: str,
) -> ApiErrorFilesystemNotFoundCode:
    """Read a ApiErrorFilesystemNotFoundCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_FILESYSTEM_NOT_FOUND_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorFilesystemNotFoundCode, value)
