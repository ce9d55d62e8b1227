from typing import Literal, cast

ListPodsComputeType = Literal["CPU", "GPU"]

LIST_PODS_COMPUTE_TYPE_VALUES: frozenset[ListPodsComputeType] = frozenset(
    {
        "CPU",
        "GPU",
    }
)


def check_list_pods_compute_type(value: str) -> ListPodsComputeType:
    """Read a ListPodsComputeType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_PODS_COMPUTE_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(ListPodsComputeType, value)
