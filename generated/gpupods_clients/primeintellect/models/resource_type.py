from typing import Literal, cast

ResourceType = Literal[
    "Cluster", "Disk", "Image", "Inference", "Instance", "Sandbox", "Training"
]

RESOURCE_TYPE_VALUES: frozenset[ResourceType] = frozenset(
    {
        "Cluster",
        "Disk",
        "Image",
        "Inference",
        "Instance",
        "Sandbox",
        "Training",
    }
)


def check_resource_type(value: str) -> ResourceType:
    """Read a ResourceType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``RESOURCE_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(ResourceType, value)
