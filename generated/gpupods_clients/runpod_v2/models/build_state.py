from typing import Literal, cast

BuildState = Literal[
    "BUILDING",
    "CANCELLED",
    "COMPLETED",
    "FAILED",
    "PENDING",
    "TEST_FAILED",
    "TESTING",
    "UPLOADING",
]

BUILD_STATE_VALUES: frozenset[BuildState] = frozenset(
    {
        "BUILDING",
        "CANCELLED",
        "COMPLETED",
        "FAILED",
        "PENDING",
        "TEST_FAILED",
        "TESTING",
        "UPLOADING",
    }
)


def check_build_state(value: str) -> BuildState:
    """Read a BuildState from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``BUILD_STATE_VALUES`` tells known values from new ones.
    """
    return cast(BuildState, value)
