from typing import Literal, cast

AttachableResourceType = Literal["DISK"]

ATTACHABLE_RESOURCE_TYPE_VALUES: frozenset[AttachableResourceType] = frozenset(
    {
        "DISK",
    }
)


def check_attachable_resource_type(value: str) -> AttachableResourceType:
    """Read a AttachableResourceType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ATTACHABLE_RESOURCE_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(AttachableResourceType, value)
