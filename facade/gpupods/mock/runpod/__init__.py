"""The RunPod mock cloud (REST v2, REST v1 and GraphQL over one account)."""

from ._catalog import NO_CAPACITY, GpuStock
from ._cloud import RunPodCloud, RunPodPod

__all__ = ["NO_CAPACITY", "GpuStock", "RunPodCloud", "RunPodPod"]
