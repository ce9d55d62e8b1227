from typing import Literal, cast

Priority = Literal["availability", "custom"]

PRIORITY_VALUES: frozenset[Priority] = frozenset(
    {
        "availability",
        "custom",
    }
)


def check_priority(value: str) -> Priority:
    """Read a Priority from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``PRIORITY_VALUES`` tells known values from new ones.
    """
    return cast(Priority, value)
