from typing import Literal, cast

InstallationStatusEnum = Literal["ACTIVE", "ERROR", "FINISHED", "PENDING", "TERMINATED"]

INSTALLATION_STATUS_ENUM_VALUES: frozenset[InstallationStatusEnum] = frozenset(
    {
        "ACTIVE",
        "ERROR",
        "FINISHED",
        "PENDING",
        "TERMINATED",
    }
)


def check_installation_status_enum(value: str) -> InstallationStatusEnum:
    """Read a InstallationStatusEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``INSTALLATION_STATUS_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(InstallationStatusEnum, value)
