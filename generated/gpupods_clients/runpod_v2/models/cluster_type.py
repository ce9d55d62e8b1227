from typing import Literal, cast

ClusterType = Literal["APPLICATION", "RAY", "SLURM", "TRAINING"]

CLUSTER_TYPE_VALUES: frozenset[ClusterType] = frozenset(
    {
        "APPLICATION",
        "RAY",
        "SLURM",
        "TRAINING",
    }
)


def check_cluster_type(value: str) -> ClusterType:
    """Read a ClusterType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CLUSTER_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(ClusterType, value)
