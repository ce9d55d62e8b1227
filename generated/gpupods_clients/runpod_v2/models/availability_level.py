from typing import Literal, cast

AvailabilityLevel = Literal["HIGH", "LOW", "MEDIUM", "NONE"]

AVAILABILITY_LEVEL_VALUES: frozenset[AvailabilityLevel] = frozenset(
    {
        "HIGH",
        "LOW",
        "MEDIUM",
        "NONE",
    }
)


def check_availability_level(value: str) -> AvailabilityLevel:
    """Read a AvailabilityLevel from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``AVAILABILITY_LEVEL_VALUES`` tells known values from new ones.
    """
    return cast(AvailabilityLevel, value)
