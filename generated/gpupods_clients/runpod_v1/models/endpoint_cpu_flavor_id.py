from typing import Literal, cast

EndpointCpuFlavorId = Literal["cpu3c", "cpu3g", "cpu5c", "cpu5g"]

ENDPOINT_CPU_FLAVOR_ID_VALUES: frozenset[EndpointCpuFlavorId] = frozenset(
    {
        "cpu3c",
        "cpu3g",
        "cpu5c",
        "cpu5g",
    }
)


def check_endpoint_cpu_flavor_id(value: str) -> EndpointCpuFlavorId:
    """Read a EndpointCpuFlavorId from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENDPOINT_CPU_FLAVOR_ID_VALUES`` tells known values from new ones.
    """
    return cast(EndpointCpuFlavorId, value)
