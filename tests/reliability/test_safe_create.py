"""Safe creation under faults: hundreds of seeded create attempts on every provider, with
answers lost after the provider accepted (timeouts, dropped connections, 5xx, HTML pages),
must yield zero duplicate pods, and terminate-all must leave zero pods behind.

The default run is one seeded scenario (170 creates per registered provider over loopback, sync). ``nox -s
reliability`` passes ``--full-matrix``: three seeds, sync and async, loopback and in-process.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field

import pytest
from gpupods import AsyncFleet, Fleet, GpuOffer, Pod, PodSpec, PodStatus
from gpupods._tokens import split_token
from gpupods.errors import APIError, CreateFailed
from gpupods.mock import Fault, Lifecycle, MockClouds, VirtualClock
from gpupods.registry import REGISTRY

from tests.providers import routes

PROVIDERS = tuple(REGISTRY)
#: Creates per provider. An account's own limit may refuse some (Lambda allows 50 instances, then
#: answers "Quota exceeded"): a typed CreateFailed, counted like any refusal, never a pod.
CREATES_PER_PROVIDER = 170
TIMEOUT = 0.25  # client timeout; the injected latency below exceeds it
FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)

#: Per-provider operation names: (create, list, delete), from the mocks' facade_routes.
OPERATIONS = {p: (routes(p, "create")[0], routes(p, "list")[0], routes(p, "delete")[0]) for p in PROVIDERS}
IMAGES = {p: entry.demo.image for p, entry in REGISTRY.items()}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "scenario" not in metafunc.fixturenames:
        return
    if metafunc.config.getoption("--full-matrix"):
        scenarios = [
            (seed, mode, wire)
            for seed in (1, 2, 3)
            for mode in ("sync", "async")
            for wire in ("loopback", "in-process")
        ]
    else:
        scenarios = [(1, "sync", "loopback")]
    metafunc.parametrize("scenario", scenarios, ids=["-".join(map(str, s)) for s in scenarios])


def inject_faults(clouds: MockClouds) -> None:
    """Ambiguous failures on create (before and after the pod exists), and noise on the list
    and delete calls that recovery and terminate-all depend on."""
    for provider, (create, listing, delete) in OPERATIONS.items():
        plan = clouds.faults(provider)
        plan.add(Fault.latency(TIMEOUT * 2, after_accept=True), routes=create, probability=0.05)
        plan.add(Fault.drop(after_accept=True), routes=create, probability=0.08)
        plan.add(Fault.status(500, after_accept=True), routes=create, probability=0.05)
        plan.add(Fault.html(502, after_accept=True), routes=create, probability=0.03)
        plan.add(Fault.status(503), routes=create, probability=0.08)
        plan.add(Fault.drop(), routes=create, probability=0.03)
        plan.add(Fault.status(503), routes=listing, probability=0.10)
        plan.add(Fault.drop(), routes=listing, probability=0.03)
        plan.add(Fault.status(503), routes=delete, probability=0.10)
        plan.add(Fault.drop(after_accept=True), routes=delete, probability=0.05)


def plentiful_offer(fleet: Fleet, clouds: MockClouds, provider: str) -> GpuOffer:
    """The cheapest offer of ``provider``, with its mock stock raised so capacity never ends the run."""
    offer = next(o for o in fleet.offers(provider=provider) if o.count == 1)
    cloud = clouds.clouds[provider]
    cloud.set_offer_stock(offer.offer_id, 10_000)
    return offer


@dataclass
class Tally:
    attempts: int = 0
    created: list[Pod] = field(default_factory=list)
    failed: list[CreateFailed] = field(default_factory=list)


def audit(clouds: MockClouds, tally: Tally) -> dict[str, int]:
    """Duplicates and orphans, read from the clouds' own state before cleaning up."""
    live = clouds.live_pods()
    tokens = Counter(split_token(name)[1] for _, _, name in live)
    returned = {pod.client_token for pod in tally.created}
    return {
        "duplicates": sum(n - 1 for token, n in tokens.items() if token is not None and n > 1),
        "orphans": sum(n for token, n in tokens.items() if token not in returned),
        "returned_missing": sum(
            1 for pod in tally.created if (pod.provider, pod.id) not in {(p, i) for p, i, _ in live}
        ),
        "live": len(live),
    }


def run_sync_scenario(clouds: MockClouds, fleet: Fleet) -> Tally:
    tally = Tally()
    for provider in PROVIDERS:
        offer = plentiful_offer(fleet, clouds, provider)
        spec = PodSpec(name=f"rel-{provider[:6]}", image=IMAGES[provider], gpu=offer.gpu)
        for _ in range(CREATES_PER_PROVIDER):
            tally.attempts += 1
            try:
                tally.created.append(fleet.create(spec, offer))
            except CreateFailed as exc:
                tally.failed.append(exc)
    return tally


async def run_async_scenario(clouds: MockClouds, fleet: AsyncFleet) -> Tally:
    tally = Tally()
    sync_view = Fleet.from_env(**_options(clouds, None))
    try:
        offers = {p: plentiful_offer(sync_view, clouds, p) for p in PROVIDERS}
    finally:
        sync_view.close()

    async def one(provider: str) -> None:
        offer = offers[provider]
        spec = PodSpec(name=f"rel-{provider[:6]}", image=IMAGES[provider], gpu=offer.gpu)
        try:
            tally.created.append(await fleet.create(spec, offer))
        except CreateFailed as exc:
            tally.failed.append(exc)

    for _ in range(CREATES_PER_PROVIDER // 10):  # ten creates per provider at a time
        tally.attempts += 10 * len(PROVIDERS)
        await asyncio.gather(*(one(p) for p in PROVIDERS for _ in range(10)))
    return tally


SWEEPS = 5  # terminate-all passes; each lists again and terminates what is left
GOING = (PodStatus.TERMINATING, PodStatus.TERMINATED)  # already on their way out


def terminate_all_sync(fleet: Fleet) -> int:
    """Terminate every pod the way a cleanup script must under faults: a typed error after the
    facade's own retries leaves that pod for the next pass. Returns the typed errors seen."""
    errors = 0
    for _ in range(SWEEPS):
        try:
            pods = [p for p in fleet.list() if p.status not in GOING]
        except APIError:
            errors += 1
            continue
        if not pods:
            break
        for pod in pods:
            try:
                fleet.terminate(pod)
            except APIError:
                errors += 1
    return errors


async def terminate_all_async(fleet: AsyncFleet) -> int:
    errors = 0
    for _ in range(SWEEPS):
        try:
            pods = [p for p in await fleet.list() if p.status not in GOING]
        except APIError:
            errors += 1
            continue
        if not pods:
            break
        results = await asyncio.gather(*(fleet.terminate(pod) for pod in pods), return_exceptions=True)
        for result in results:
            if isinstance(result, APIError):
                errors += 1
            elif isinstance(result, BaseException):
                raise result  # an untyped exception is a failure, not something to sweep again
    return errors


def _options(clouds: MockClouds, urls: dict[str, str] | None) -> dict[str, object]:
    return {**clouds.fleet_options(urls), "timeout": TIMEOUT}


async def test_no_duplicates_and_no_leaks_under_faults(scenario) -> None:
    seed, mode, wire = scenario
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, seed=seed, sshd=False) as clouds:
        urls_cm = clouds.serve() if wire == "loopback" else None
        urls = urls_cm.__enter__() if urls_cm is not None else None
        try:
            if mode == "sync":
                with Fleet.from_env(**_options(clouds, urls)) as fleet:
                    inject_faults(clouds)
                    tally = run_sync_scenario(clouds, fleet)
                    found = audit(clouds, tally)
                    sweep_errors = terminate_all_sync(fleet)
            else:
                async with AsyncFleet.from_env(**_options(clouds, urls)) as afleet:
                    inject_faults(clouds)
                    tally = await run_async_scenario(clouds, afleet)
                    found = audit(clouds, tally)
                    sweep_errors = await terminate_all_async(afleet)
            injected = {p: dict(clouds.faults(p).injected) for p in PROVIDERS}
            clouds.clock.advance(60)
            leaks = clouds.pods_left()
        finally:
            if urls_cm is not None:
                urls_cm.__exit__(None, None, None)

    faults = sum(n for per in injected.values() for n in per.values())
    print(
        f"\n[{seed}/{mode}/{wire}] attempts={tally.attempts} created={len(tally.created)} "
        f"create_failed={len(tally.failed)} faults={faults} {injected} duplicates={found['duplicates']} "
        f"orphans={found['orphans']} typed_errors_during_terminate_all={sweep_errors} leaks_after_terminate_all={leaks}"
    )
    assert tally.attempts >= 500
    assert faults >= 100, "the scenario must actually inject faults"
    assert found["duplicates"] == 0
    assert found["returned_missing"] == 0, "every pod a create returned exists"
    assert found["live"] == len(tally.created) + found["orphans"]
    assert leaks == 0
