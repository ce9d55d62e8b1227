from typing import Literal, cast

TemplateChannel = Literal["community", "official", "private"]

TEMPLATE_CHANNEL_VALUES: frozenset[TemplateChannel] = frozenset(
    {
        "community",
        "official",
        "private",
    }
)


def check_template_channel(value: str) -> TemplateChannel:
    """Read a TemplateChannel from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TEMPLATE_CHANNEL_VALUES`` tells known values from new ones.
    """
    return cast(TemplateChannel, value)
