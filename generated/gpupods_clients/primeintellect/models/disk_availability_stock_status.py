from typing import Literal, cast

DiskAvailabilityStockStatus = Literal[
    "Available", "High", "Low", "Medium", "Unavailable"
]

DISK_AVAILABILITY_STOCK_STATUS_VALUES: frozenset[DiskAvailabilityStockStatus] = (
    frozenset(
        {
            "Available",
            "High",
            "Low",
            "Medium",
            "Unavailable",
        }
    )
)


def check_disk_availability_stock_status(value: str) -> DiskAvailabilityStockStatus:
    """Read a DiskAvailabilityStockStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DISK_AVAILABILITY_STOCK_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(DiskAvailabilityStockStatus, value)
