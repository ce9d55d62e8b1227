from typing import Literal, cast

SecurityType = Literal["community_cloud", "secure_cloud"]

SECURITY_TYPE_VALUES: frozenset[SecurityType] = frozenset(
    {
        "community_cloud",
        "secure_cloud",
    }
)


def check_security_type(value: str) -> SecurityType:
    """Read a SecurityType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``SECURITY_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(SecurityType, value)
