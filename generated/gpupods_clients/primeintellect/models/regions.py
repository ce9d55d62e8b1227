from typing import Literal, cast

Regions = Literal[
    "africa",
    "asia_northeast",
    "asia_south",
    "australia",
    "canada",
    "eu_east",
    "eu_north",
    "eu_west",
    "middle_east",
    "south_america",
    "united_states",
]

REGIONS_VALUES: frozenset[Regions] = frozenset(
    {
        "africa",
        "asia_northeast",
        "asia_south",
        "australia",
        "canada",
        "eu_east",
        "eu_north",
        "eu_west",
        "middle_east",
        "south_america",
        "united_states",
    }
)


def check_regions(value: str) -> Regions:
    """Read a Regions from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``REGIONS_VALUES`` tells known values from new ones.
    """
    return cast(Regions, value)
