"""Per-call cost of get and list, against the same loopback mock running in its own process:
gpupods (``Fleet``) against raw httpx + ``json.loads`` (the floor for any Python client) and
against the official SDKs doing the same work (PyPI ``runpod`` over the RunPod GraphQL mock,
PyPI ``prime`` over the Prime Intellect mock). Wall time per call, and the CPU time of this
client process per call (the mock's work happens in the other process)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import statistics
import subprocess
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from ._common import PYTHON, Row, clean_env

CALLS = 150  # per batch
BATCHES = 5
PODS = 20
KEY = "mock-api-key-not-secret"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def mock_process(provider: str) -> Iterator[str]:
    """``python -m gpupods.mock`` for one provider in its own process; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen([PYTHON, "-m", "gpupods.mock", "--provider", provider, "--port", str(port),
                             "--lifecycle-scale", "0.01"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=clean_env())  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the {provider} mock did not start: {proc.stderr.read().decode()[-500:]}")  # type: ignore[union-attr]
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def per_call(call: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, client CPU seconds) per call: medians over batches, after a warm-up."""
    for _ in range(10):
        call()
    walls, cpus = [], []
    for _ in range(BATCHES):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for _ in range(CALLS):
            call()
        walls.append((time.perf_counter() - wall0) / CALLS)
        cpus.append((time.process_time() - cpu0) / CALLS)
    return statistics.median(walls), statistics.median(cpus)


def _fleet(provider: str, url: str) -> Any:
    from gpupods import Fleet

    return Fleet.from_env(providers=[provider], api_keys={provider: KEY}, base_urls={provider: url})


def _seed(fleet: Any, provider: str, image: str) -> list[Any]:
    """``PODS`` pods, spread over the catalog's offers (each offer's stock is limited)."""
    from gpupods import PodSpec
    from gpupods.errors import CreateFailed

    pods: list[Any] = []
    for offer in fleet.offers(provider=provider) * PODS:
        if len(pods) == PODS:
            break
        try:
            pods.append(fleet.create(PodSpec(name=f"bench-{len(pods)}", image=image, gpu=offer.gpu), offer))
        except CreateFailed:
            continue
    assert len(pods) == PODS, f"the {provider} mock's catalog gave only {len(pods)} pods"
    return pods


def _raw(url: str, list_path: str, get_path: str) -> tuple[Callable[[], Any], Callable[[], Any], Any]:
    import httpx

    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})
    return (
        (lambda: json.loads(client.get(get_path).content)),
        (lambda: json.loads(client.get(list_path).content)),
        client,
    )


def _rows(provider: str, measured: dict[str, tuple[float, float]], sdk: str) -> list[Row]:
    rows = []
    for op in ("get", "list"):
        gp_wall, gp_cpu = measured[f"gpupods {op}"]
        raw_wall, raw_cpu = measured[f"httpx {op}"]
        sdk_wall, sdk_cpu = measured.get(f"{sdk} {op}", (None, None))
        section = f"per call, {provider}"
        rows.append(Row(section, f"gpupods {op}: wall", gp_wall * 1e3, "ms", f"raw httpx + json.loads {op}",
                        raw_wall * 1e3, "<= 1.2x", gp_wall <= 1.2 * raw_wall))  # fmt: skip
        rows.append(Row(section, f"gpupods {op}: client CPU", gp_cpu * 1e3, "ms", f"raw httpx + json.loads {op}",
                        raw_cpu * 1e3, "<= 2x", gp_cpu <= 2 * raw_cpu))  # fmt: skip
        if sdk_wall is None:
            rows.append(Row(section, f"{sdk} {op}", float("nan"), "ms", note=f"PyPI {sdk} not installed"))
            continue
        if sdk == "runpod":
            rows.append(Row(section, f"gpupods {op}: wall", gp_wall * 1e3, "ms", f"runpod SDK {op} (GraphQL)",
                            sdk_wall * 1e3, "<= 0.5x (2x better)", gp_wall <= 0.5 * sdk_wall))  # fmt: skip
            rows.append(Row(section, f"gpupods {op}: client CPU", gp_cpu * 1e3, "ms", f"runpod SDK {op} (GraphQL)",
                            sdk_cpu * 1e3))  # fmt: skip
        else:
            rows.append(Row(section, f"gpupods {op}: wall", gp_wall * 1e3, "ms", f"prime SDK {op}", sdk_wall * 1e3))
            rows.append(Row(section, f"gpupods {op}: client CPU", gp_cpu * 1e3, "ms", f"prime SDK {op}",
                            sdk_cpu * 1e3, "<= 1x", gp_cpu <= sdk_cpu))  # fmt: skip
    return rows


def _runpod() -> list[Row]:
    measured: dict[str, tuple[float, float]] = {}
    with mock_process("runpod") as url:
        fleet = _fleet("runpod", url)
        pods = _seed(fleet, "runpod", "pytorch/pytorch:latest")
        pod_id = pods[0].id
        measured["gpupods get"] = per_call(lambda: fleet.get(pod_id, "runpod"))
        measured["gpupods list"] = per_call(lambda: fleet.list("runpod"))
        get, listing, client = _raw(url, "/v2/pods", f"/v2/pods/{pod_id}")
        measured["httpx get"], measured["httpx list"] = per_call(get), per_call(listing)
        client.close()
        fleet.close()
        try:
            import runpod
        except ImportError:
            return _rows("RunPod", measured, "runpod")
        import logging

        logging.getLogger().setLevel(logging.WARNING)  # importing runpod turns on INFO logging of every request
        os.environ["RUNPOD_API_BASE_URL"] = url  # the SDK's base-URL setting, read on every call
        runpod.api_key = KEY
        assert runpod.get_pod(pod_id)["id"] == pod_id
        assert len(runpod.get_pods()) == PODS
        measured["runpod get"] = per_call(lambda: runpod.get_pod(pod_id))
        measured["runpod list"] = per_call(runpod.get_pods)
    return _rows("RunPod", measured, "runpod")


def _prime() -> list[Row]:
    measured: dict[str, tuple[float, float]] = {}
    with mock_process("primeintellect") as url:
        fleet = _fleet("primeintellect", url)
        pods = _seed(fleet, "primeintellect", "ubuntu_22_cuda_12")
        pod_id = pods[0].id
        measured["gpupods get"] = per_call(lambda: fleet.get(pod_id, "primeintellect"))
        measured["gpupods list"] = per_call(lambda: fleet.list("primeintellect"))
        get, listing, client = _raw(url, "/api/v1/pods/", f"/api/v1/pods/{pod_id}")
        measured["httpx get"], measured["httpx list"] = per_call(get), per_call(listing)
        client.close()
        fleet.close()
        try:
            from prime_cli.api.client import APIClient
            from prime_cli.api.pods import PodsClient
        except ImportError:
            return _rows("Prime Intellect", measured, "prime")
        os.environ["PRIME_API_BASE_URL"], os.environ["PRIME_API_KEY"] = url, KEY  # the SDK's own settings
        pods_api = PodsClient(APIClient())
        assert pods_api.get(pod_id).id == pod_id
        assert len(pods_api.list().data) == PODS
        measured["prime get"] = per_call(lambda: pods_api.get(pod_id))
        measured["prime list"] = per_call(pods_api.list)
    return _rows("Prime Intellect", measured, "prime")


def run() -> list[Row]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _runpod() + _prime()
