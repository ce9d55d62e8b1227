from typing import Literal, cast

UpgradeVolumeMountType = Literal["network"]

UPGRADE_VOLUME_MOUNT_TYPE_VALUES: frozenset[UpgradeVolumeMountType] = frozenset(
    {
        "network",
    }
)


def check_upgrade_volume_mount_type(value: str) -> UpgradeVolumeMountType:
    """Read a UpgradeVolumeMountType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``UPGRADE_VOLUME_MOUNT_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(UpgradeVolumeMountType, value)
