from typing import Literal, cast

CloudType = Literal["COMMUNITY", "SECURE"]

CLOUD_TYPE_VALUES: frozenset[CloudType] = frozenset(
    {
        "COMMUNITY",
        "SECURE",
    }
)


def check_cloud_type(value: str) -> CloudType:
    """Read a CloudType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CLOUD_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(CloudType, value)
