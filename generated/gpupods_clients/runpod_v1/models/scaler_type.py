from typing import Literal, cast

ScalerType = Literal["QUEUE_DELAY", "REQUEST_COUNT"]

SCALER_TYPE_VALUES: frozenset[ScalerType] = frozenset(
    {
        "QUEUE_DELAY",
        "REQUEST_COUNT",
    }
)


def check_scaler_type(value: str) -> ScalerType:
    """Read a ScalerType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``SCALER_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(ScalerType, value)
