from typing import Literal, cast

Cloud = Literal["COMMUNITY", "SECURE"]

CLOUD_VALUES: frozenset[Cloud] = frozenset(
    {
        "COMMUNITY",
        "SECURE",
    }
)


def check_cloud(value: str) -> Cloud:
    """Read a Cloud from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CLOUD_VALUES`` tells known values from new ones.
    """
    return cast(Cloud, value)
