from typing import Literal, cast

NetworkStateState = Literal["creating", "ready"]

NETWORK_STATE_STATE_VALUES: frozenset[NetworkStateState] = frozenset(
    {
        "creating",
        "ready",
    }
)


def check_network_state_state(value: str) -> NetworkStateState:
    """Read a NetworkStateState from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``NETWORK_STATE_STATE_VALUES`` tells known values from new ones.
    """
    return cast(NetworkStateState, value)
