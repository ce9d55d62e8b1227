from typing import Literal, cast

GPUProductInventoryState = Literal["high", "low", "none", "normal"]

GPU_PRODUCT_INVENTORY_STATE_VALUES: frozenset[GPUProductInventoryState] = frozenset(
    {
        "high",
        "low",
        "none",
        "normal",
    }
)


def check_gpu_product_inventory_state(value: str) -> GPUProductInventoryState:
    """Read a GPUProductInventoryState from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GPU_PRODUCT_INVENTORY_STATE_VALUES`` tells known values from new ones.
    """
    return cast(GPUProductInventoryState, value)
