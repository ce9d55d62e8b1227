from typing import Literal, cast

InstanceStatus = Literal[
    "creating",
    "exited",
    "freezing",
    "migrating",
    "pending",
    "pulling",
    "removed",
    "removing",
    "resetting",
    "restarting",
    "running",
    "starting",
    "stopping",
    "toCreate",
    "toRemove",
    "toReset",
    "toRestart",
    "toStart",
    "toStop",
]

INSTANCE_STATUS_VALUES: frozenset[InstanceStatus] = frozenset(
    {
        "creating",
        "exited",
        "freezing",
        "migrating",
        "pending",
        "pulling",
        "removed",
        "removing",
        "resetting",
        "restarting",
        "running",
        "starting",
        "stopping",
        "toCreate",
        "toRemove",
        "toReset",
        "toRestart",
        "toStart",
        "toStop",
    }
)


def check_instance_status(value: str) -> InstanceStatus:
    """Read a InstanceStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``INSTANCE_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(InstanceStatus, value)
