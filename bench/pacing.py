"""Bulk terminate of 200 RunPod pods under a quota of 60 requests a minute, on the mock's
virtual clock: the time taken against the quota-limited minimum, and the 429s that reached
the caller (the pacer reads RunPod's RateLimit headers and waits instead)."""

from __future__ import annotations

import warnings

from ._common import Row

PODS = 200
LIMIT, WINDOW = 60, 60.0


def run() -> list[Row]:
    from gpupods import Fleet, PodSpec
    from gpupods.errors import RateLimitedError
    from gpupods.mock import MockClouds, VirtualClock

    clock = VirtualClock()
    with MockClouds(clock=clock, providers=("runpod",), sshd=False) as clouds, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        fleet = Fleet.from_env(**clouds.fleet_options())
        offer = next(o for o in fleet.offers(provider="runpod") if o.count == 1)
        clouds.runpod.set_stock(offer.offer_id["gpu_id"], PODS)
        pods = [fleet.create(PodSpec(name=f"bulk-{i}", image="pytorch/pytorch:latest", gpu=offer.gpu), offer)
                for i in range(PODS)]  # fmt: skip
        quota = clouds.runpod.v2.limit_rate(LIMIT, window=WINDOW)
        before, start = clouds.runpod.v2.requests, clock.time()
        surfaced = 0
        for pod in pods:
            try:
                fleet.terminate(pod)
            except RateLimitedError:
                surfaced += 1
        elapsed = clock.time() - start
        requests = clouds.runpod.v2.requests - before
        left = len(fleet.list("runpod"))
        fleet.close()
    accepted = requests - quota.rejected
    minimum = ((accepted - 1) // LIMIT) * WINDOW  # a fixed window opens with the first request
    return [
        Row(
            "pacing, 200 terminates at 60/min",
            "virtual time taken",
            elapsed,
            "s",
            "quota-limited minimum",
            minimum,
            "<= 1.1x",
            elapsed <= 1.1 * minimum,
            note=f"{requests} requests, {quota.rejected} answered 429, {left} pods left",
        ),
        Row(
            "pacing, 200 terminates at 60/min",
            "429s surfaced to the caller",
            surfaced,
            "",
            target="0",
            met=surfaced == 0,
        ),
    ]
