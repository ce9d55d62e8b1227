from typing import Literal, cast

TemplatePortType = Literal["http", "tcp", "udp"]

TEMPLATE_PORT_TYPE_VALUES: frozenset[TemplatePortType] = frozenset(
    {
        "http",
        "tcp",
        "udp",
    }
)


def check_template_port_type(value: str) -> TemplatePortType:
    """Read a TemplatePortType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TEMPLATE_PORT_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(TemplatePortType, value)
