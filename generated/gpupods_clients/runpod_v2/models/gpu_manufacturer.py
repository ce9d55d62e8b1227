from typing import Literal, cast

GpuManufacturer = Literal["AMD", "NVIDIA", "UNKNOWN"]

GPU_MANUFACTURER_VALUES: frozenset[GpuManufacturer] = frozenset(
    {
        "AMD",
        "NVIDIA",
        "UNKNOWN",
    }
)


def check_gpu_manufacturer(value: str) -> GpuManufacturer:
    """Read a GpuManufacturer from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GPU_MANUFACTURER_VALUES`` tells known values from new ones.
    """
    return cast(GpuManufacturer, value)
