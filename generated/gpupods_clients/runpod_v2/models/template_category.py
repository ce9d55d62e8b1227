from typing import Literal, cast

TemplateCategory = Literal["AMD", "CPU", "NVIDIA"]

TEMPLATE_CATEGORY_VALUES: frozenset[TemplateCategory] = frozenset(
    {
        "AMD",
        "CPU",
        "NVIDIA",
    }
)


def check_template_category(value: str) -> TemplateCategory:
    """Read a TemplateCategory from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TEMPLATE_CATEGORY_VALUES`` tells known values from new ones.
    """
    return cast(TemplateCategory, value)
