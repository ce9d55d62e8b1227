from typing import Literal, cast

GpuAvailabilityStockStatus = Literal[
    "Available", "High", "Low", "Medium", "Unavailable"
]

GPU_AVAILABILITY_STOCK_STATUS_VALUES: frozenset[GpuAvailabilityStockStatus] = frozenset(
    {
        "Available",
        "High",
        "Low",
        "Medium",
        "Unavailable",
    }
)


def check_gpu_availability_stock_status(value: str) -> GpuAvailabilityStockStatus:
    """Read a GpuAvailabilityStockStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GPU_AVAILABILITY_STOCK_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(GpuAvailabilityStockStatus, value)
