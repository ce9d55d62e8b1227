from typing import Literal, cast

ApiErrorFileSystemInWrongRegionCode = Literal[
    "instance-operations/launch/file-system-in-wrong-region"
]

API_ERROR_FILE_SYSTEM_IN_WRONG_REGION_CODE_VALUES: frozenset[
    ApiErrorFileSystemInWrongRegionCode
] = frozenset(
    {
        "instance-operations/launch/file-system-in-wrong-region",
    }
)


def check_api_error_file_system_in_wrong_region_code(
    value: str,
) -> ApiErrorFileSystemInWrongRegionCode:
    """Read a ApiErrorFileSystemInWrongRegionCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_FILE_SYSTEM_IN_WRONG_REGION_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorFileSystemInWrongRegionCode, value)
