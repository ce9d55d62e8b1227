from typing import Literal, cast

PodClusterRole = Literal["RAY_HEAD", "RAY_WORKER", "SLURM_COMPUTE", "SLURM_CONTROLLER"]

POD_CLUSTER_ROLE_VALUES: frozenset[PodClusterRole] = frozenset(
    {
        "RAY_HEAD",
        "RAY_WORKER",
        "SLURM_COMPUTE",
        "SLURM_CONTROLLER",
    }
)


def check_pod_cluster_role(value: str) -> PodClusterRole:
    """Read a PodClusterRole from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``POD_CLUSTER_ROLE_VALUES`` tells known values from new ones.
    """
    return cast(PodClusterRole, value)
