from typing import Literal, cast

TemplateCreatePayloadType = Literal["instance"]

TEMPLATE_CREATE_PAYLOAD_TYPE_VALUES: frozenset[TemplateCreatePayloadType] = frozenset(
    {
        "instance",
    }
)


def check_template_create_payload_type(value: str) -> TemplateCreatePayloadType:
    """Read a TemplateCreatePayloadType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TEMPLATE_CREATE_PAYLOAD_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(TemplateCreatePayloadType, value)
