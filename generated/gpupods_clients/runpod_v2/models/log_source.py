from typing import Literal, cast

LogSource = Literal["container", "system"]

LOG_SOURCE_VALUES: frozenset[LogSource] = frozenset(
    {
        "container",
        "system",
    }
)


def check_log_source(value: str) -> LogSource:
    """Read a LogSource from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LOG_SOURCE_VALUES`` tells known values from new ones.
    """
    return cast(LogSource, value)
