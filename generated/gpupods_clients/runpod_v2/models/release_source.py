from typing import Literal, cast

ReleaseSource = Literal["GIT_BUILD", "MANUAL"]

RELEASE_SOURCE_VALUES: frozenset[ReleaseSource] = frozenset(
    {
        "GIT_BUILD",
        "MANUAL",
    }
)


def check_release_source(value: str) -> ReleaseSource:
    """Read a ReleaseSource from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``RELEASE_SOURCE_VALUES`` tells known values from new ones.
    """
    return cast(ReleaseSource, value)
