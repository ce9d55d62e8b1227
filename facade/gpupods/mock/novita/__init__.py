"""The Novita mock cloud (GPU-instance API v1)."""

from ._cloud import NovitaCloud, NovitaInstance, NovitaProduct

__all__ = ["NovitaCloud", "NovitaInstance", "NovitaProduct"]
