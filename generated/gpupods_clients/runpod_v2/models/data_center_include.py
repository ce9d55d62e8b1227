from typing import Literal, cast

DataCenterInclude = Literal["CPU_AVAILABILITY", "GPU_AVAILABILITY"]

DATA_CENTER_INCLUDE_VALUES: frozenset[DataCenterInclude] = frozenset(
    {
        "CPU_AVAILABILITY",
        "GPU_AVAILABILITY",
    }
)


def check_data_center_include(value: str) -> DataCenterInclude:
    """Read a DataCenterInclude from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DATA_CENTER_INCLUDE_VALUES`` tells known values from new ones.
    """
    return cast(DataCenterInclude, value)
