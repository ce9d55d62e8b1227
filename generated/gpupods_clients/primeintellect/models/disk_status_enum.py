from typing import Literal, cast

DiskStatusEnum = Literal[
    "ACTIVE",
    "DELETING",
    "ERROR",
    "PENDING",
    "PROVISIONING",
    "STOPPED",
    "TERMINATED",
    "UNKNOWN",
]

DISK_STATUS_ENUM_VALUES: frozenset[DiskStatusEnum] = frozenset(
    {
        "ACTIVE",
        "DELETING",
        "ERROR",
        "PENDING",
        "PROVISIONING",
        "STOPPED",
        "TERMINATED",
        "UNKNOWN",
    }
)


def check_disk_status_enum(value: str) -> DiskStatusEnum:
    """Read a DiskStatusEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DISK_STATUS_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(DiskStatusEnum, value)
