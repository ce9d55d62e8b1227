from typing import Literal, cast

PodStatusEnum = Literal[
    "ACTIVE",
    "DELETING",
    "ERROR",
    "PENDING",
    "PROVISIONING",
    "STOPPED",
    "TERMINATED",
    "UNKNOWN",
]

POD_STATUS_ENUM_VALUES: frozenset[PodStatusEnum] = frozenset(
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


def check_pod_status_enum(value: str) -> PodStatusEnum:
    """Read a PodStatusEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``POD_STATUS_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(PodStatusEnum, value)
