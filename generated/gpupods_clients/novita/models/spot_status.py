from typing import Literal, cast

SpotStatus = Literal["", "notified", "reclaiming", "running", "terminated"]

SPOT_STATUS_VALUES: frozenset[SpotStatus] = frozenset(
    {
        "",
        "notified",
        "reclaiming",
        "running",
        "terminated",
    }
)


def check_spot_status(value: str) -> SpotStatus:
    """Read a SpotStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``SPOT_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(SpotStatus, value)
