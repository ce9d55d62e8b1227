from typing import Literal, cast

VolumeMountType = Literal["local", "network"]

VOLUME_MOUNT_TYPE_VALUES: frozenset[VolumeMountType] = frozenset(
    {
        "local",
        "network",
    }
)


def check_volume_mount_type(value: str) -> VolumeMountType:
    """Read a VolumeMountType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``VOLUME_MOUNT_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(VolumeMountType, value)
