from typing import Literal, cast

PodTypeEnum = Literal["EXTERNAL", "HOSTED"]

POD_TYPE_ENUM_VALUES: frozenset[PodTypeEnum] = frozenset(
    {
        "EXTERNAL",
        "HOSTED",
    }
)


def check_pod_type_enum(value: str) -> PodTypeEnum:
    """Read a PodTypeEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``POD_TYPE_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(PodTypeEnum, value)
