from typing import Literal, cast

CpuProduct = Literal["POD", "SERVERLESS"]

CPU_PRODUCT_VALUES: frozenset[CpuProduct] = frozenset(
    {
        "POD",
        "SERVERLESS",
    }
)


def check_cpu_product(value: str) -> CpuProduct:
    """Read a CpuProduct from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CPU_PRODUCT_VALUES`` tells known values from new ones.
    """
    return cast(CpuProduct, value)
