from typing import Literal, cast

EditPortType = Literal["http", "tcp"]

EDIT_PORT_TYPE_VALUES: frozenset[EditPortType] = frozenset(
    {
        "http",
        "tcp",
    }
)


def check_edit_port_type(value: str) -> EditPortType:
    """Read a EditPortType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``EDIT_PORT_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EditPortType, value)
