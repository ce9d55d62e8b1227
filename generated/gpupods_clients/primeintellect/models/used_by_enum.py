from typing import Literal, cast

UsedByEnum = Literal["JUPYTER_NOTEBOOK", "SSH", "WEB_SERVER"]

USED_BY_ENUM_VALUES: frozenset[UsedByEnum] = frozenset(
    {
        "JUPYTER_NOTEBOOK",
        "SSH",
        "WEB_SERVER",
    }
)


def check_used_by_enum(value: str) -> UsedByEnum:
    """Read a UsedByEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``USED_BY_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(UsedByEnum, value)
