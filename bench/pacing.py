"""Bulk terminate of 200 RunPod pods under a quota of 60 requests a minute, on the mock's
virtual clock: the (virtual) time taken against the quota-limited minimum, and the 429s that
reached the caller (the facade reads RunPod's ``RateLimit`` headers and waits instead).
"""

from __future__ import annotations

import warnings

from ._common import Row, Section

PODS = 200
LIMIT, WINDOW = 60, 60.0


def run() -> list[Section]:
    from gpupods import Fleet, PodSpec
    from gpupods.errors import RateLimitedError
    from gpupods.mock import MockClouds, VirtualClock

    clock = VirtualClock()
    with MockClouds(clock=clock, providers=("runpod",), sshd=False) as clouds, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        fleet = Fleet.from_env(**clouds.fleet_options())
        offer = next(o for o in fleet.offers(provider="runpod") if o.count == 1)
        clouds.runpod.set_stock(offer.offer_id.gpu_id, PODS)
        pods = [
            fleet.create(PodSpec(name=f"bulk-{i}", image="pytorch/pytorch:latest", gpu=offer.gpu), offer)
            for i in range(PODS)
        ]
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
        left = clouds.pods_left()
        fleet.close()
    accepted = requests - quota.rejected
    # A fixed window opens with its first request: n accepted requests need ceil(n / LIMIT) windows,
    # the last of which starts (ceil(n / LIMIT) - 1) * WINDOW seconds after the first request.
    minimum = ((accepted - 1) // LIMIT) * WINDOW
    section = Section("Bulk terminate of 200 pods under 60 requests/minute (RunPod mock, virtual clock)")
    section.rows += [
        Row(
            "virtual time taken",
            elapsed,
            "s",
            "quota-limited minimum",
            minimum,
            "<= 1.1x",
            elapsed <= 1.1 * minimum,
            f"{requests} requests, {quota.rejected} answered 429 by the mock, {left} pods left",
        ),
        Row("429s surfaced to the caller", surfaced, "", target="0", met=surfaced == 0),
    ]
    section.notes.append(
        "`SpecMock.limit_rate(60, window=60)` on the RunPod v2 mock; one `Fleet.terminate` per pod, "
        "in sequence; time is the mock's `VirtualClock`, which the facade's waits advance."
    )
    return [section]
