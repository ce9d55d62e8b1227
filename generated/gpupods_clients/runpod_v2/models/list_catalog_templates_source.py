from typing import Literal, cast

ListCatalogTemplatesSource = Literal["community", "official", "verified"]

LIST_CATALOG_TEMPLATES_SOURCE_VALUES: frozenset[ListCatalogTemplatesSource] = frozenset(
    {
        "community",
        "official",
        "verified",
    }
)


def check_list_catalog_templates_source(value: str) -> ListCatalogTemplatesSource:
    """Read a ListCatalogTemplatesSource from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_CATALOG_TEMPLATES_SOURCE_VALUES`` tells known values from new ones.
    """
    return cast(ListCatalogTemplatesSource, value)
