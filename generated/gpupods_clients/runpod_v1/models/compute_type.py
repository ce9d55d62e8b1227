from typing import Literal, cast

ComputeType = Literal["CPU", "GPU"]

COMPUTE_TYPE_VALUES: frozenset[ComputeType] = frozenset(
    {
        "CPU",
        "GPU",
    }
)


def check_compute_type(value: str) -> ComputeType:
    """Read a ComputeType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``COMPUTE_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(ComputeType, value)
