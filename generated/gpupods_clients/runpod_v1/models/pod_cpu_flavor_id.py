from typing import Literal, cast

PodCpuFlavorId = Literal["cpu3c", "cpu3g", "cpu3m", "cpu5c", "cpu5g", "cpu5m"]

POD_CPU_FLAVOR_ID_VALUES: frozenset[PodCpuFlavorId] = frozenset(
    {
        "cpu3c",
        "cpu3g",
        "cpu3m",
        "cpu5c",
        "cpu5g",
        "cpu5m",
    }
)


def check_pod_cpu_flavor_id(value: str) -> PodCpuFlavorId:
    """Read a PodCpuFlavorId from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``POD_CPU_FLAVOR_ID_VALUES`` tells known values from new ones.
    """
    return cast(PodCpuFlavorId, value)
