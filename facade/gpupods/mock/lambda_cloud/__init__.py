"""The Lambda Cloud mock cloud (public Cloud API v1)."""

from ._catalog import InstanceType, seeded_instance_types
from ._cloud import Instance, LambdaCloud
from ._shapes import LambdaError, RateLimits

__all__ = ["Instance", "InstanceType", "LambdaCloud", "LambdaError", "RateLimits", "seeded_instance_types"]
