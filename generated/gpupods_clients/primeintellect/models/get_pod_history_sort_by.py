from typing import Literal, cast

GetPodHistorySortBy = Literal["createdAt", "terminatedAt"]

GET_POD_HISTORY_SORT_BY_VALUES: frozenset[GetPodHistorySortBy] = frozenset(
    {
        "createdAt",
        "terminatedAt",
    }
)


def check_get_pod_history_sort_by(value: str) -> GetPodHistorySortBy:
    """Read a GetPodHistorySortBy from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GET_POD_HISTORY_SORT_BY_VALUES`` tells known values from new ones.
    """
    return cast(GetPodHistorySortBy, value)
