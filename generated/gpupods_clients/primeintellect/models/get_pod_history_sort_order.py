from typing import Literal, cast

GetPodHistorySortOrder = Literal["asc", "desc"]

GET_POD_HISTORY_SORT_ORDER_VALUES: frozenset[GetPodHistorySortOrder] = frozenset(
    {
        "asc",
        "desc",
    }
)


def check_get_pod_history_sort_order(value: str) -> GetPodHistorySortOrder:
    """Read a GetPodHistorySortOrder from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GET_POD_HISTORY_SORT_ORDER_VALUES`` tells known values from new ones.
    """
    return cast(GetPodHistorySortOrder, value)
