from typing import Literal, cast

NetworkProtocol = Literal["all", "icmp", "tcp", "udp"]

NETWORK_PROTOCOL_VALUES: frozenset[NetworkProtocol] = frozenset(
    {
        "all",
        "icmp",
        "tcp",
        "udp",
    }
)


def check_network_protocol(value: str) -> NetworkProtocol:
    """Read a NetworkProtocol from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``NETWORK_PROTOCOL_VALUES`` tells known values from new ones.
    """
    return cast(NetworkProtocol, value)
