from typing import Literal, cast

AttachableResourceStatus = Literal["ATTACHED", "MOUNTED", "UNATTACHED"]

ATTACHABLE_RESOURCE_STATUS_VALUES: frozenset[AttachableResourceStatus] = frozenset(
    {
        "ATTACHED",
        "MOUNTED",
        "UNATTACHED",
    }
)


def check_attachable_resource_status(value: str) -> AttachableResourceStatus:
    """Read a AttachableResourceStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ATTACHABLE_RESOURCE_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(AttachableResourceStatus, value)
