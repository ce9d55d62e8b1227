from typing import Literal, cast

WorkerStatus = Literal["IDLE", "INITIALIZING", "RUNNING", "THROTTLED", "UNHEALTHY"]

WORKER_STATUS_VALUES: frozenset[WorkerStatus] = frozenset(
    {
        "IDLE",
        "INITIALIZING",
        "RUNNING",
        "THROTTLED",
        "UNHEALTHY",
    }
)


def check_worker_status(value: str) -> WorkerStatus:
    """Read a WorkerStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``WORKER_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(WorkerStatus, value)
