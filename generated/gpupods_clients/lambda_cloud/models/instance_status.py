from typing import Literal, cast

InstanceStatus = Literal[
    "active", "booting", "preempted", "terminated", "terminating", "unhealthy"
]

INSTANCE_STATUS_VALUES: frozenset[InstanceStatus] = frozenset(
    {
        "active",
        "booting",
        "preempted",
        "terminated",
        "terminating",
        "unhealthy",
    }
)


def check_instance_status(value: str) -> InstanceStatus:
    """Read a InstanceStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``INSTANCE_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(InstanceStatus, value)
