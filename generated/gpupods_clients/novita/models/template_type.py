from typing import Literal, cast

TemplateType = Literal["instance", "serverless"]

TEMPLATE_TYPE_VALUES: frozenset[TemplateType] = frozenset(
    {
        "instance",
        "serverless",
    }
)


def check_template_type(value: str) -> TemplateType:
    """Read a TemplateType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TEMPLATE_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(TemplateType, value)
