from typing import Literal, cast

EndpointVolumeMountType = Literal["local", "network"]

ENDPOINT_VOLUME_MOUNT_TYPE_VALUES: frozenset[EndpointVolumeMountType] = frozenset(
    {
        "local",
        "network",
    }
)


def check_endpoint_volume_mount_type(value: str) -> EndpointVolumeMountType:
    """Read a EndpointVolumeMountType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_VOLUME_MOUNT_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EndpointVolumeMountType, value)
