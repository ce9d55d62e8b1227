from typing import Literal, cast

QueueDelayScalingType = Literal["QUEUE_DELAY"]

QUEUE_DELAY_SCALING_TYPE_VALUES: frozenset[QueueDelayScalingType] = frozenset(
    {
        "QUEUE_DELAY",
    }
)


def check_queue_delay_scaling_type(value: str) -> QueueDelayScalingType:
    """Read a QueueDelayScalingType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``QUEUE_DELAY_SCALING_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(QueueDelayScalingType, value)
