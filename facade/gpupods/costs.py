"""What pods cost: storage arithmetic, and the estimate each ``Pod`` carries.

Storage is priced per GB and month by every provider that publishes a rate; a month is
:data:`HOURS_PER_MONTH` hours, as the providers count it. Each backend lists its published
rates (``Backend.storage_rates``); :func:`storage_cost_per_hour` is the one place that turns a
size into money, for pods (what a stopped pod keeps costing) and for volumes alike.

The estimate of a pod (:func:`estimate`) is its price times the time it was billed, by the
provider's rules (``Backend.billing_increment``), plus storage while stopped. It is built from
what one read of the pod shows, so it assumes the pod ran at its current price since it was
created, unless the reaper recorded when it stopped the pod. The providers' billing
(``Fleet.costs``) is authoritative; the estimate is what is known without it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Pod

HOURS_PER_MONTH = 730.0

#: Kinds of storage a provider may price (``Backend.storage_rates`` keys).
VOLUME_STOPPED = "volume_stopped"  # a pod's own volume while the pod is stopped
VOLUME_RUNNING = "volume_running"  # a pod's own volume while it runs
CONTAINER_DISK = "container_disk"  # a pod's container disk (running only)
NETWORK_VOLUME = "network_volume"  # a volume that lives apart from pods


def storage_cost_per_hour(provider: str, gb: float, kind: str = VOLUME_STOPPED) -> float | None:
    """USD per hour for ``gb`` GB of ``kind`` storage at ``provider``'s published rate; None
    when the provider publishes none for that kind."""
    from .providers import backend_class

    return storage_at_rates(backend_class(provider).storage_rates, gb, kind)  # KeyError for an unknown provider


def storage_at_rates(rates: Mapping[str, float], gb: float, kind: str = VOLUME_STOPPED) -> float | None:
    """USD per hour for ``gb`` GB of ``kind`` storage at ``rates`` (USD per GB and month by
    kind, a backend's ``storage_rates``); None when ``rates`` has no rate for that kind."""
    rate = rates.get(kind)
    if rate is None:
        return None
    return per_hour(max(0.0, float(gb)) * rate)


def per_hour(usd_per_month: float) -> float:
    return usd_per_month / HOURS_PER_MONTH


def per_month(usd_per_hour: float) -> float:
    return usd_per_hour * HOURS_PER_MONTH


def billed_seconds(seconds: float, increment: float) -> float:
    """Seconds a provider bills for ``seconds`` of use, billing in whole ``increment`` s."""
    if seconds <= 0:
        return 0.0
    if increment <= 1:
        return seconds
    return math.ceil(seconds / increment) * increment


def running_since(pod: Pod) -> float | None:
    """When the pod's billing began: the provider's creation time, else the lease's start."""
    if pod.created_at is not None:
        return pod.created_at.timestamp()
    return pod.lease.started_at if pod.lease is not None else None


def estimate(pod: Pod, now: float) -> float | None:
    """Estimated USD ``pod`` has cost up to ``now`` (see the module's docstring); None when
    its price or start is unknown, or it is stopped since an unknown time."""
    from .models import PodStatus
    from .providers import backend_class

    start = running_since(pod)
    if start is None or pod.price_per_hour is None:
        return None
    try:
        increment = backend_class(pod.provider).billing_increment
    except KeyError:  # a provider gpupods does not know: bill continuously
        increment = 1.0
    if pod.status is PodStatus.STOPPED:
        stopped = pod.lease.stopped_at if pod.lease is not None else None
        if stopped is None or stopped < start:
            return None
        storage = pod.stopped_price_per_hour or 0.0
        ran = billed_seconds(stopped - start, increment)
        return pod.price_per_hour * ran / 3600 + storage * max(0.0, now - stopped) / 3600
    if pod.status in (PodStatus.TERMINATING, PodStatus.TERMINATED, PodStatus.ERROR, PodStatus.UNKNOWN):
        return None  # billing ended (or may have) at a time the pod does not show
    return pod.price_per_hour * billed_seconds(now - start, increment) / 3600


def hourly_rate(pod: Pod) -> float | None:
    """What the pod costs per hour now: its price while it runs (or is on its way up), its
    storage while stopped, nothing once gone; None when that is not known."""
    from .models import PodStatus

    if pod.status in (PodStatus.TERMINATED, PodStatus.TERMINATING):
        return 0.0
    if pod.status is PodStatus.STOPPED:
        return pod.stopped_price_per_hour
    return pod.price_per_hour


__all__ = [
    "CONTAINER_DISK",
    "HOURS_PER_MONTH",
    "NETWORK_VOLUME",
    "VOLUME_RUNNING",
    "VOLUME_STOPPED",
    "billed_seconds",
    "estimate",
    "hourly_rate",
    "per_hour",
    "per_month",
    "running_since",
    "storage_at_rates",
    "storage_cost_per_hour",
]
