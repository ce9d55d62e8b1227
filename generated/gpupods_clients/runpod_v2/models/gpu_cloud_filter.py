from typing import Literal, cast

GpuCloudFilter = Literal["COMMUNITY", "SECURE"]

GPU_CLOUD_FILTER_VALUES: frozenset[GpuCloudFilter] = frozenset(
    {
        "COMMUNITY",
        "SECURE",
    }
)


def check_gpu_cloud_filter(value: str) -> GpuCloudFilter:
    """Read a GpuCloudFilter from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GPU_CLOUD_FILTER_VALUES`` tells known values from new ones.
    """
    return cast(GpuCloudFilter, value)
