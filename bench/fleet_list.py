"""``Fleet.list()`` over every registered provider, each mock answering its list route 100 ms
late (``Fault.latency``), against listing the slowest single provider alone: the facade asks
the providers concurrently, so all of them should cost little more than one.

The providers, their demo pods and their list routes come from the registry and the mock
clouds (``REGISTRY``, ``DemoPod``, ``MockCloud.facade_routes``): a provider added there is
benchmarked here with no change.
"""

from __future__ import annotations

import statistics
import warnings

from ._common import Row, Section, once, pod_spec

ROUNDS = 9
LATENCY = 0.1
PODS_EACH = 5


def run() -> list[Section]:
    from gpupods import Fleet
    from gpupods.mock import Fault, Lifecycle, MockClouds, RealClock
    from gpupods.registry import REGISTRY

    providers = list(REGISTRY)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        clouds = MockClouds(clock=RealClock(), lifecycle=Lifecycle(scale=0.01), sshd=False)
        with clouds, clouds.serve() as urls:
            # Lambda's backend spaces its requests a second apart (its documented limit): back to
            # back lists would measure that wait, not concurrency, so it is off here (the pacing
            # benchmark is about waits).
            fleet = Fleet.from_env(**clouds.fleet_options(urls), extra={"request_interval": 0.0})
            for provider in providers:
                demo = REGISTRY[provider].demo
                for i in range(PODS_EACH):
                    fleet.create(pod_spec(f"bench-{i}", demo.image, demo.gpu), provider=provider)
            for provider in providers:
                clouds.faults(provider).add(Fault.latency(LATENCY), routes=clouds.cloud(provider).facade_routes["list"])
            assert len(fleet.list()) == PODS_EACH * len(providers)
            work = {p: (lambda p=p: fleet.list(p)) for p in providers} | {"all": fleet.list}
            times: dict[str, list[float]] = {k: [] for k in work}
            for _ in range(ROUNDS):
                for name, fn in work.items():
                    times[name].append(once(fn))
            fleet.close()
    median = {k: statistics.median(v) for k, v in times.items()}
    slowest = max(providers, key=median.__getitem__)
    n = len(providers)
    section = Section(f"Fleet.list() over {n} providers, 100 ms injected latency each (loopback mocks)")
    section.rows.append(
        Row(
            f"{n} providers at once",
            median["all"] * 1e3,
            "ms",
            f"slowest single ({slowest})",
            median[slowest] * 1e3,
            "<= 1.3x",
            median["all"] <= 1.3 * median[slowest],
        )
    )
    section.rows += [Row(f"{p} alone", median[p] * 1e3, "ms") for p in providers]
    section.notes.append(
        f"{PODS_EACH} pods per provider (each registry entry's demo pod), medians of {ROUNDS} rounds (the "
        f"{n + 1} measurements interleaved); the mocks serve on 127.0.0.1 from threads of this process. "
        "Lambda's request spacing (one request a second, `request_interval`) is set to 0 here."
    )
    return [section]
