"""Listing at scale: parsing a 10,000-pod list answer per provider (generated client, then the
facade's mapping to ``Pod``) against ``json.loads`` of the same bytes, the peak memory of
doing so, and ``Fleet.list()`` over three providers each answering 100 ms late against the
slowest single provider."""

from __future__ import annotations

import gc
import importlib
import json
import statistics
import time
import tracemalloc
import warnings
from typing import Any

import httpx

from ._common import Row

PODS = 10_000
#: provider -> (generated package, list module, the list's item key, total key, a create for one pod)
LISTS = {
    "runpod": ("runpod_v2", "pod.list_pods", "pods", None, "https://api.runpod.io/v2/pods"),
    "primeintellect": ("primeintellect", "pod.list_pods", "data", "total_count", "https://api.primeintellect.ai/api/v1/pods/"),
    "novita": ("novita", "gpu.list_gpu_instances", "instances", "total",
               "https://api.novita.ai/gpu-instance/openapi/v1/gpu/instances?pageSize=10&pageNum=1"),
}  # fmt: skip


def _ten_thousand(provider: str) -> tuple[bytes, Any, Any]:
    """(a 10,000-pod list answer as the mock shapes it, the generated list module, the backend)."""
    from gpupods import Fleet, PodSpec
    from gpupods.mock import MockClouds, VirtualClock

    package, module_name, items_key, total_key, url = LISTS[provider]
    clouds = MockClouds(clock=VirtualClock(), providers=(provider,), sshd=False)
    fleet = Fleet.from_env(**clouds.fleet_options())
    image = "ubuntu_22_cuda_12" if provider == "primeintellect" else "pytorch/pytorch:latest"
    fleet.create(PodSpec(name="bench", image=image, gpu="H100"), provider=provider)
    clouds.clock.advance(600)  # running, with SSH details
    with httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer mock-api-key-not-secret"}) as c:
        page = c.get(url).json()
    item = page[items_key][0]
    items = []
    for i in range(PODS):
        copy = dict(item)
        copy["id"] = f"{item['id']}{i:05d}"
        items.append(copy)
    page[items_key] = items
    if total_key:
        page[total_key] = PODS
    module = importlib.import_module(f"gpupods_clients.{package}.api.{module_name}")
    return json.dumps(page).encode(), module, fleet.backend(provider)


def _median(runs: int, work: Any) -> float:
    work()
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def parse_rows() -> list[Row]:
    rows: list[Row] = []
    for provider, (package, _, items_key, _, _) in LISTS.items():
        body, module, backend = _ten_thousand(provider)
        client = importlib.import_module(f"gpupods_clients.{package}").Client(base_url="http://bench")

        def generated(body: bytes = body, module: Any = module, client: Any = client) -> Any:
            answer = httpx.Response(200, content=body, headers={"content-type": "application/json"})
            return module._build_response(client=client, response=answer).parsed

        def facade(generated: Any = generated, backend: Any = backend, items_key: str = items_key) -> Any:
            return [backend.to_pod(p) for p in getattr(generated(), items_key)]

        loads = _median(5, lambda body=body: json.loads(body))
        parsed = _median(5, generated)
        mapped = _median(5, facade)
        section = f"10,000-pod list, {provider}"
        rows.append(Row(section, "generated client parse", parsed * 1e3, "ms", "json.loads", loads * 1e3, "<= 2.5x",
                        parsed <= 2.5 * loads))  # fmt: skip
        rows.append(Row(section, "parse + map to gpupods.Pod", mapped * 1e3, "ms", "json.loads", loads * 1e3))
        gc.collect()
        tracemalloc.start()
        pods = facade()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert len(pods) == PODS
        del pods
        rows.append(
            Row(section, "peak memory, parse + map", peak / 2**20, "MiB", note=f"answer is {len(body) / 2**20:.1f} MiB")
        )
    return rows


def fleet_list_rows() -> list[Row]:
    from gpupods import Fleet, PodSpec
    from gpupods.mock import Fault, Lifecycle, MockClouds, RealClock

    routes = {"runpod": "list_pods", "primeintellect": "list_pods", "novita": "list_gpu_instances"}
    with MockClouds(clock=RealClock(), lifecycle=Lifecycle(scale=0.01), sshd=False) as clouds, clouds.serve() as urls:
        fleet = Fleet.from_env(**clouds.fleet_options(urls))
        for provider in routes:
            image = "ubuntu_22_cuda_12" if provider == "primeintellect" else "pytorch/pytorch:latest"
            for _ in range(5):
                fleet.create(PodSpec(name="bench", image=image, gpu="H100"), provider=provider)
        for provider, route in routes.items():
            clouds.faults(provider).add(Fault.latency(0.1), routes=route)
        single = {p: _median(7, lambda p=p: fleet.list(p)) for p in routes}
        together = _median(7, fleet.list)
        fleet.close()
    slowest = max(single, key=single.__getitem__)
    rows = [Row("Fleet.list, 100 ms latency each", "three providers at once", together * 1e3, "ms",
                f"slowest single ({slowest})", single[slowest] * 1e3, "<= 1.3x", together <= 1.3 * single[slowest])]  # fmt: skip
    rows += [Row("Fleet.list, 100 ms latency each", f"{p} alone", s * 1e3, "ms") for p, s in single.items()]
    return rows


def run() -> list[Row]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return parse_rows() + fleet_list_rows()
