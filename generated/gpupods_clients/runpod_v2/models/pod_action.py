from typing import Literal, cast

PodAction = Literal["restart", "start", "stop", "terminate"]

POD_ACTION_VALUES: frozenset[PodAction] = frozenset(
    {
        "restart",
        "start",
        "stop",
        "terminate",
    }
)


def check_pod_action(value: str) -> PodAction:
    """Read a PodAction from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``POD_ACTION_VALUES`` tells known values from new ones.
    """
    return cast(PodAction, value)
