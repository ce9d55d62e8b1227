from typing import Literal, cast

ProtocolEnum = Literal["TCP", "UDP"]

PROTOCOL_ENUM_VALUES: frozenset[ProtocolEnum] = frozenset(
    {
        "TCP",
        "UDP",
    }
)


def check_protocol_enum(value: str) -> ProtocolEnum:
    """Read a ProtocolEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``PROTOCOL_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(ProtocolEnum, value)
