from typing import Literal, cast

PodStatus = Literal[
    "ERROR", "EXITED", "PROVISIONING", "RUNNING", "STARTING", "TERMINATED"
]

POD_STATUS_VALUES: frozenset[PodStatus] = frozenset(
    {
        "ERROR",
        "EXITED",
        "PROVISIONING",
        "RUNNING",
        "STARTING",
        "TERMINATED",
    }
)


def check_pod_status(value: str) -> PodStatus:
    """Read a PodStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``POD_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(PodStatus, value)
