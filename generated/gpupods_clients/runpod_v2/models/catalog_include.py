from typing import Literal, cast

CatalogInclude = Literal["AVAILABILITY"]

CATALOG_INCLUDE_VALUES: frozenset[CatalogInclude] = frozenset(
    {
        "AVAILABILITY",
    }
)


def check_catalog_include(value: str) -> CatalogInclude:
    """Read a CatalogInclude from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CATALOG_INCLUDE_VALUES`` tells known values from new ones.
    """
    return cast(CatalogInclude, value)
