"""Per-call cost of ``get`` and ``list`` (20 pods): gpupods against the official SDKs doing the
same work against the same loopback mock, which runs in its own process.

* RunPod: PyPI ``runpod`` (``runpod.get_pod``, ``runpod.get_pods``) over the RunPod GraphQL
  mock, pointed at it with ``RUNPOD_API_BASE_URL`` (the SDK reads it on every call); gpupods
  over the REST v2 mock of the same process (its RunPod backend).
* Prime Intellect: PyPI ``prime`` (``prime_cli``'s ``PodsClient.get`` / ``.list``) pointed at
  the mock with ``PRIME_API_BASE_URL``; gpupods over the same mock.

Both are measured as wall time per call and as CPU time of this (client) process per call
(``time.process_time``): the mock's work happens in the other process, so it cannot hide the
client's. ``httpx`` + ``json.loads`` of the same requests is measured alongside as the floor of
any Python client.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from ._common import KEY, Row, Section, Timing, interleaved, mock_process, pod_spec, quiet_logging

PODS = 20
ROUNDS = 9
CALLS = {"get": 60, "list": 25}  # calls per variant per round
#: How close the facade's list must come to raw httpx + ``json.loads`` of the same answer (wall).
FLOOR_TARGET = 1.2


@contextlib.contextmanager
def _env(**values: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _fleet(provider: str, url: str) -> Any:
    from gpupods import Fleet

    return Fleet.from_env(providers=[provider], api_keys={provider: KEY}, base_urls={provider: url})


def _seed(fleet: Any, provider: str, image: str) -> list[str]:
    """``PODS`` running pods spread over the catalog's offers (each offer's stock is limited)."""
    from gpupods import PodStatus
    from gpupods.errors import CreateFailed

    ids: list[str] = []
    for offer in fleet.offers(provider=provider) * PODS:
        if len(ids) == PODS:
            break
        with contextlib.suppress(CreateFailed):
            ids.append(fleet.create(pod_spec(f"bench-{len(ids)}", image, offer.gpu), offer).id)
    assert len(ids) == PODS, f"the {provider} mock's catalog gave only {len(ids)} pods"
    deadline = time.monotonic() + 60
    while any(p.status is not PodStatus.RUNNING for p in fleet.list(provider)):  # same answers every call
        assert time.monotonic() < deadline, f"the {provider} mock's pods did not come up"
        time.sleep(0.2)
    return ids


def _raw(url: str, list_path: str, get_path: str) -> tuple[Callable[[], Any], Callable[[], Any], Any]:
    import httpx

    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"})
    return (
        (lambda: json.loads(client.get(get_path).content)),
        (lambda: json.loads(client.get(list_path).content)),
        client,
    )


def _rows(section: Section, t: dict[str, Timing], sdk: str, sdk_name: dict[str, str], wall_target: bool) -> None:
    for op in ("get", "list"):
        gp, theirs, floor = t[f"gpupods {op}"], t[f"{sdk} {op}"], t[f"httpx {op}"]
        floor_note = f"httpx + json.loads: {floor.wall * 1e3:.3g} ms wall, {floor.cpu * 1e3:.3g} ms CPU"
        section.rows.append(
            Row(
                f"gpupods {op}: wall per call",
                gp.wall * 1e3,
                "ms",
                sdk_name[op],
                theirs.wall * 1e3,
                "<= 0.5x (2x better)" if wall_target else "",
                (gp.wall <= 0.5 * theirs.wall) if wall_target else None,
                f"p25-p75 {gp.spread()} vs {theirs.spread()} ms; {floor_note}",
            )
        )
        section.rows.append(
            Row(
                f"gpupods {op}: client CPU per call",
                gp.cpu * 1e3,
                "ms",
                sdk_name[op],
                theirs.cpu * 1e3,
                "" if wall_target else "<= 1x",
                None if wall_target else gp.cpu <= theirs.cpu,
                f"p25-p75 {gp.spread(attr='cpus')} vs {theirs.spread(attr='cpus')} ms",
            )
        )
    gp, floor = t["gpupods list"], t["httpx list"]
    section.rows.append(
        Row(
            "gpupods list: wall per call vs the floor",
            gp.wall * 1e3,
            "ms",
            "httpx + json.loads",
            floor.wall * 1e3,
            f"<= {FLOOR_TARGET}x",
            gp.wall <= FLOOR_TARGET * floor.wall,
            f"the same requests on the same mock; CPU {gp.cpu * 1e3:.3g} vs {floor.cpu * 1e3:.3g} ms",
        )
    )


def _runpod() -> Section:
    section = Section("Per call, RunPod: gpupods (REST v2) vs PyPI runpod (GraphQL), same mock process")
    with mock_process("runpod", "--lifecycle-scale", "0.01") as url:
        fleet = _fleet("runpod", url)
        ids = _seed(fleet, "runpod", "pytorch/pytorch:latest")
        pod_id = ids[0]
        raw_get, raw_list, client = _raw(url, "/v2/pods", f"/v2/pods/{pod_id}")
        with quiet_logging():
            import runpod
        with _env(RUNPOD_API_BASE_URL=url):  # the SDK's own base-URL setting, read on every call
            runpod.api_key = KEY
            assert runpod.get_pod(pod_id)["id"] == pod_id == fleet.get(pod_id, "runpod").id
            assert {p["id"] for p in runpod.get_pods()} == {p.id for p in fleet.list("runpod")} == set(ids)
            variants = {
                "gpupods get": lambda: fleet.get(pod_id, "runpod"),
                "runpod get": lambda: runpod.get_pod(pod_id),
                "httpx get": raw_get,
                "gpupods list": lambda: fleet.list("runpod"),
                "runpod list": runpod.get_pods,
                "httpx list": raw_list,
            }
            t = interleaved(variants, rounds=ROUNDS, calls={k: CALLS[k.split()[1]] for k in variants})
        client.close()
        fleet.close()
    _rows(section, t, "runpod", {"get": "runpod.get_pod", "list": "runpod.get_pods"}, wall_target=True)
    section.notes += [
        f"{PODS} running pods; list returns all of them. The mock (`python -m gpupods.mock --provider runpod`) "
        "serves REST v2 and GraphQL from one process; wall time includes its work, which differs between the "
        "two APIs (GraphQL execution costs the mock more), so the client CPU rows isolate the clients.",
        "PyPI runpod sends each query with `requests.post` (a new connection per call) and reads "
        "`RUNPOD_API_BASE_URL` on every call; nothing in it was patched.",
    ]
    return section


def _prime() -> Section:
    section = Section("Per call, Prime Intellect: gpupods vs PyPI prime, same mock process")
    with mock_process("primeintellect", "--lifecycle-scale", "0.01") as url, tempfile.TemporaryDirectory() as home:
        fleet = _fleet("primeintellect", url)
        ids = _seed(fleet, "primeintellect", "ubuntu_22_cuda_12")
        pod_id = ids[0]
        raw_get, raw_list, client = _raw(url, "/api/v1/pods/?offset=0&limit=100", f"/api/v1/pods/{pod_id}")
        # The SDK's own settings; HOME keeps its config file out of the user's home.
        with _env(PRIME_API_BASE_URL=url, PRIME_API_KEY=KEY, HOME=home), quiet_logging():
            from prime_cli.api.client import APIClient
            from prime_cli.api.pods import PodsClient

            pods_api = PodsClient(APIClient())
            assert pods_api.get(pod_id).id == pod_id == fleet.get(pod_id, "primeintellect").id
            assert {p.id for p in pods_api.list().data} == {p.id for p in fleet.list("primeintellect")} == set(ids)
            variants = {
                "gpupods get": lambda: fleet.get(pod_id, "primeintellect"),
                "prime get": lambda: pods_api.get(pod_id),
                "httpx get": raw_get,
                "gpupods list": lambda: fleet.list("primeintellect"),
                "prime list": pods_api.list,
                "httpx list": raw_list,
            }
            t = interleaved(variants, rounds=ROUNDS, calls={k: CALLS[k.split()[1]] for k in variants})
        client.close()
        fleet.close()
    _rows(section, t, "prime", {"get": "prime PodsClient.get", "list": "prime PodsClient.list"}, wall_target=False)
    section.notes += [
        f"{PODS} running pods; both list with offset 0, limit 100 (one page). PyPI prime is pointed at the mock "
        "with `PRIME_API_BASE_URL` and `PRIME_API_KEY`; it keeps one httpx client and validates with pydantic.",
    ]
    return section


def run() -> list[Section]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [_runpod(), _prime()]
