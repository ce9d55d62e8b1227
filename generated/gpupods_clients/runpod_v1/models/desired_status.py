from typing import Literal, cast

DesiredStatus = Literal["EXITED", "RUNNING", "TERMINATED"]

DESIRED_STATUS_VALUES: frozenset[DesiredStatus] = frozenset(
    {
        "EXITED",
        "RUNNING",
        "TERMINATED",
    }
)


def check_desired_status(value: str) -> DesiredStatus:
    """Read a DesiredStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DESIRED_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(DesiredStatus, value)
