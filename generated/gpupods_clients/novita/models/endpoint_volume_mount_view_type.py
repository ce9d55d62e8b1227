from typing import Literal, cast

EndpointVolumeMountViewType = Literal["local", "network"]

ENDPOINT_VOLUME_MOUNT_VIEW_TYPE_VALUES: frozenset[EndpointVolumeMountViewType] = (
    frozenset(
        {
            "local",
            "network",
        }
    )
)


def check_endpoint_volume_mount_view_type(value: str) -> EndpointVolumeMountViewType:
    """Read a EndpointVolumeMountViewType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_VOLUME_MOUNT_VIEW_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EndpointVolumeMountViewType, value)
