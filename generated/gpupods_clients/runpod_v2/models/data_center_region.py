from typing import Literal, cast

DataCenterRegion = Literal[
    "AFRICA",
    "ANTARCTICA",
    "ASIA",
    "EUROPE",
    "MIDDLE_EAST",
    "NORTH_AMERICA",
    "OCEANIA",
    "SOUTH_AMERICA",
    "UNKNOWN",
]

DATA_CENTER_REGION_VALUES: frozenset[DataCenterRegion] = frozenset(
    {
        "AFRICA",
        "ANTARCTICA",
        "ASIA",
        "EUROPE",
        "MIDDLE_EAST",
        "NORTH_AMERICA",
        "OCEANIA",
        "SOUTH_AMERICA",
        "UNKNOWN",
    }
)


def check_data_center_region(value: str) -> DataCenterRegion:
    """Read a DataCenterRegion from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DATA_CENTER_REGION_VALUES`` tells known values from new ones.
    """
    return cast(DataCenterRegion, value)
