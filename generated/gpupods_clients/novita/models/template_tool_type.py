from typing import Literal, cast

TemplateToolType = Literal["http", "tcp"]

TEMPLATE_TOOL_TYPE_VALUES: frozenset[TemplateToolType] = frozenset(
    {
        "http",
        "tcp",
    }
)


def check_template_tool_type(value: str) -> TemplateToolType:
    """Read a TemplateToolType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TEMPLATE_TOOL_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(TemplateToolType, value)
