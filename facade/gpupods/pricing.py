"""What storage costs: the one place gpupods turns a size and a rate into US dollars.

Providers bill persistent storage per GB and month (RunPod, Lambda) or per hour for the whole
volume (Prime Intellect, Novita); gpupods gives every volume a rate in USD per GB-month
(``Volume.price_per_gb_month``) and computes costs here, so ``gpupods volumes ls``, ``gpupods
ls`` and cost reports agree to the cent:

    storage_cost(100, 0.07)              # a month of 100 GB at $0.07/GB-month: 7.0
    storage_cost(100, 0.07, hours=24)    # one day of it
    StorageRate.tiered((1000, 0.07), (None, 0.05)).per_gb_month(2000)   # 0.06

A month is 730 hours (365 days x 24 / 12), the convention providers use to quote monthly
prices of hourly billing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HOURS_PER_MONTH = 730.0


def storage_cost(size_gb: float, usd_per_gb_month: float, hours: float = HOURS_PER_MONTH) -> float:
    """USD for keeping ``size_gb`` GB for ``hours`` hours at ``usd_per_gb_month`` (a month
    when ``hours`` is left out). Raises ``ValueError`` for negative or non-finite inputs."""
    for name, value in (("size_gb", size_gb), ("usd_per_gb_month", usd_per_gb_month), ("hours", hours)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
            raise ValueError(f"{name} must be a finite number >= 0, not {value!r}")
    return size_gb * usd_per_gb_month * hours / HOURS_PER_MONTH


def per_gb_month(usd_per_hour: float, size_gb: float) -> float | None:
    """The rate in USD per GB-month of a volume billed ``usd_per_hour`` for all ``size_gb``
    GB (None for an empty or sizeless volume, whose rate the hourly price cannot tell)."""
    if size_gb <= 0:
        return None
    return usd_per_hour * HOURS_PER_MONTH / size_gb


@dataclass(frozen=True)
class StorageRate:
    """A provider's price list for storage: ``(up_to_gb, usd_per_gb_month)`` tiers in order,
    the last one open-ended (``None``). Each tier prices only the GB that fall into it
    (RunPod's network volumes: the first 1,000 GB at $0.07, every GB beyond at $0.05)."""

    tiers: tuple[tuple[float | None, float], ...]

    @classmethod
    def flat(cls, usd_per_gb_month: float) -> StorageRate:
        return cls(((None, usd_per_gb_month),))

    @classmethod
    def tiered(cls, *tiers: tuple[float | None, float]) -> StorageRate:
        return cls(tuple(tiers))

    def monthly(self, size_gb: float) -> float:
        """USD for a month of ``size_gb`` GB."""
        total, below = 0.0, 0.0
        for up_to, rate in self.tiers:
            top = size_gb if up_to is None else min(size_gb, up_to)
            if top > below:
                total += storage_cost(top - below, rate)
                below = top
        return total

    def per_gb_month(self, size_gb: float) -> float:
        """The average rate of a volume of ``size_gb`` GB (the first tier's for an empty one)."""
        if size_gb <= 0:
            return self.tiers[0][1]
        return self.monthly(size_gb) / size_gb


__all__ = ["HOURS_PER_MONTH", "StorageRate", "per_gb_month", "storage_cost"]
