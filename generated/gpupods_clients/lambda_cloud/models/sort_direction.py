from typing import Literal, cast

SortDirection = Literal["asc", "desc"]

SORT_DIRECTION_VALUES: frozenset[SortDirection] = frozenset(
    {
        "asc",
        "desc",
    }
)


def check_sort_direction(value: str) -> SortDirection:
    """Read a SortDirection from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``SORT_DIRECTION_VALUES`` tells known values from new ones.
    """
    return cast(SortDirection, value)
