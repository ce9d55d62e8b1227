"""The Prime Intellect mock cloud (PI API)."""

from ._cloud import PrimeIntellectCloud, PrimeOffer, PrimePod

__all__ = ["PrimeIntellectCloud", "PrimeOffer", "PrimePod"]
