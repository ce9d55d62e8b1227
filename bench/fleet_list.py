"""``Fleet.list()`` over three providers, each mock answering its list route 100 ms late
(``Fault.latency``), against listing the slowest single provider alone: the facade asks the
providers concurrently, so three should cost little more than one.
"""

from __future__ import annotations

import statistics
import warnings

from ._common import Row, Section, once

ROUNDS = 9
LATENCY = 0.1
ROUTES = {"runpod": "list_pods", "primeintellect": "list_pods", "novita": "list_gpu_instances"}
IMAGES = {"runpod": "pytorch/pytorch:latest", "primeintellect": "ubuntu_22_cuda_12", "novita": "pytorch/pytorch:latest"}


def run() -> list[Section]:
    from gpupods import Fleet, PodSpec
    from gpupods.mock import Fault, Lifecycle, MockClouds, RealClock

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with MockClouds(clock=RealClock(), lifecycle=Lifecycle(scale=0.01), sshd=False) as clouds, \
                clouds.serve() as urls:  # fmt: skip
            fleet = Fleet.from_env(**clouds.fleet_options(urls))
            for provider in ROUTES:
                for i in range(5):
                    fleet.create(PodSpec(name=f"bench-{i}", image=IMAGES[provider], gpu="H100"), provider=provider)
            for provider, route in ROUTES.items():
                clouds.faults(provider).add(Fault.latency(LATENCY), routes=route)
            assert len(fleet.list()) == 15
            work = {p: (lambda p=p: fleet.list(p)) for p in ROUTES} | {"all": fleet.list}
            times: dict[str, list[float]] = {k: [] for k in work}
            for _ in range(ROUNDS):
                for name, fn in work.items():
                    times[name].append(once(fn))
            fleet.close()
    median = {k: statistics.median(v) for k, v in times.items()}
    slowest = max(ROUTES, key=median.__getitem__)
    section = Section("Fleet.list() over three providers, 100 ms injected latency each (loopback mocks)")
    section.rows.append(Row("three providers at once", median["all"] * 1e3, "ms", f"slowest single ({slowest})",
                            median[slowest] * 1e3, "<= 1.3x", median["all"] <= 1.3 * median[slowest]))  # fmt: skip
    section.rows += [Row(f"{p} alone", median[p] * 1e3, "ms") for p in ROUTES]
    section.notes.append(f"5 pods per provider, medians of {ROUNDS} rounds (the four measurements interleaved); "
                         "the mocks serve on 127.0.0.1 from threads of this process.")  # fmt: skip
    return [section]
