from typing import Literal, cast

StockStatus = Literal["Available", "High", "Low", "Medium", "Unavailable"]

STOCK_STATUS_VALUES: frozenset[StockStatus] = frozenset(
    {
        "Available",
        "High",
        "Low",
        "Medium",
        "Unavailable",
    }
)


def check_stock_status(value: str) -> StockStatus:
    """Read a StockStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``STOCK_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(StockStatus, value)
