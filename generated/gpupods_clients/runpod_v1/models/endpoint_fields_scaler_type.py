from typing import Literal, cast

EndpointFieldsScalerType = Literal["QUEUE_DELAY", "REQUEST_COUNT"]

ENDPOINT_FIELDS_SCALER_TYPE_VALUES: frozenset[EndpointFieldsScalerType] = frozenset(
    {
        "QUEUE_DELAY",
        "REQUEST_COUNT",
    }
)


def check_endpoint_fields_scaler_type(value: str) -> EndpointFieldsScalerType:
    """Read a EndpointFieldsScalerType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_FIELDS_SCALER_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(EndpointFieldsScalerType, value)
