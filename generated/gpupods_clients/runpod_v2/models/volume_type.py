from typing import Literal, cast

VolumeType = Literal["HIGH_PERFORMANCE", "STANDARD"]

VOLUME_TYPE_VALUES: frozenset[VolumeType] = frozenset(
    {
        "HIGH_PERFORMANCE",
        "STANDARD",
    }
)


def check_volume_type(value: str) -> VolumeType:
    """Read a VolumeType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``VOLUME_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(VolumeType, value)
