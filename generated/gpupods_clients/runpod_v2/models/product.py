from typing import Literal, cast

Product = Literal["CLUSTER", "POD", "SERVERLESS"]

PRODUCT_VALUES: frozenset[Product] = frozenset(
    {
        "CLUSTER",
        "POD",
        "SERVERLESS",
    }
)


def check_product(value: str) -> Product:
    """Read a Product from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``PRODUCT_VALUES`` tells known values from new ones.
    """
    return cast(Product, value)
