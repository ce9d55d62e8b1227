from typing import Literal, cast

EndpointScalerType = Literal["QUEUE_DELAY", "REQUEST_COUNT"]

ENDPOINT_SCALER_TYPE_VALUES: frozenset[EndpointScalerType] = frozenset(
    {
        "QUEUE_DELAY",
        "REQUEST_COUNT",
    }
)


def check_endpoint_scaler_type(value: str) -> EndpointScalerType:
    """Read a EndpointScalerType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_SCALER_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EndpointScalerType, value)
