"""Creates under generated fault storms: never two pods, never a lost pod, never an untyped
exception, never a key in a log or an error.

Hypothesis draws a fault schedule per provider (which faults, on which of create, list, get,
status, delete and the catalog reads, before or after the provider acted, at what rate: 50-70% of the requests
of each route are spoiled), then the test drives it over loopback the way users do:
concurrent ``AsyncFleet`` creates on every provider, some cancelled at random moments, beside
a sync ``Fleet`` shared by threads. After every run, read from the mock clouds' own state:

* every live pod is held by a caller, or its token is one a ``CreateOutcomeUnknown`` (or the
  warning of an interrupted create that could not clean up) handed back;
* no token is carried by two live pods (no duplicates), and every pod a call returned exists;
* every exception is a ``gpupods.errors`` one (cancelled tasks: ``CancelledError``);
* the API key is in no log record (DEBUG, every logger), no error's str/repr, no pickle;
* terminate-all (sweeps, as a cleanup script must under faults) leaves zero pods.

Reduced in the default run; ``nox -s reliability`` (``--full-matrix``) runs at least 5,000
creates with at least 40% of the requests faulted and prints the counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import pickle
import random
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

import pytest
from gpupods import AsyncFleet, Fleet, GpuOffer, Pod, PodSpec, PodStatus
from gpupods._create import CreatePolicy
from gpupods._http import RetryPolicy
from gpupods._tokens import split_token
from gpupods.errors import APIError, CreateOutcomeUnknown, GpupodsError
from gpupods.mock import Fault, Lifecycle, MockClouds, VirtualClock
from gpupods.registry import REGISTRY
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.providers import PROVIDERS, routes

KEY = "sk-storm-93be51d0c7f2"
TIMEOUT = 0.3  # client read timeout; latency faults exceed it
FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)
IMAGES = {name: provider.demo.image for name, provider in REGISTRY.items()}


def _groups(provider: str) -> dict[str, tuple[str, ...]]:
    """The operations behind each kind of request the facade makes on ``provider``; the SSH-key
    look-up and registration before a create are stormed with the lists and the creates."""
    return {
        "create": routes(provider, "create") + routes(provider, "keys_write"),
        "list": routes(provider, "list") + routes(provider, "keys_read"),
        "get": routes(provider, "get"),
        "delete": routes(provider, "delete"),
        "catalog": routes(provider, "offers"),
    }


ROUTES = {provider: _groups(provider) for provider in PROVIDERS}


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@st.composite
def faults(draw: st.DrawFn, group: str) -> Fault:
    """A fault for one kind of request; creates and deletes also get faults after the provider acted."""
    after = draw(st.booleans()) if group in ("create", "delete") else False
    return draw(
        st.one_of(
            st.just(Fault.latency(TIMEOUT * 2, after_accept=after)),
            st.sampled_from([429, 500, 502, 503, 504, 408, 400, 403, 409, 422]).map(
                lambda s: Fault.status(s, retry_after=0.5 if s == 429 else None, after_accept=after)
            ),
            st.just(Fault.html(502, after_accept=after)),
            st.just(Fault.drop(after_accept=after)),
            st.just(Fault.truncate()),
            st.just(Fault.answer(200, body=b"", after_accept=after)),
            st.just(Fault.answer(204, body=b"", after_accept=after)),
            st.just(Fault.answer(307, body=b"", headers={"Location": "/login"}, after_accept=after)),
            st.just(Fault.answer(headers={"Content-Encoding": "gzip"}, body=b"\x1f\x8bnot gzip", after_accept=after)),
            st.just(Fault.answer(200, body=_deep(50_000), after_accept=after)),
            st.just(Fault.answer(429, body=b"", headers={"Retry-After": "1e300"}, after_accept=after)),
            st.just(Fault.answer(headers={"RateLimit": '"minute";r=0;t=1e300'}, after_accept=True)),
        )
    )


@dataclass
class Rule:
    provider: str
    group: str
    fault: Fault
    probability: float


@st.composite
def schedules(draw: st.DrawFn) -> tuple[int, list[Rule]]:
    """A seed and the rules of one storm: per provider and kind of request, 1-3 faults sharing
    a total rate of 50-70% (rules apply first-match, so later ones get a higher probability)."""
    rules: list[Rule] = []
    for provider in PROVIDERS:
        for group in ROUTES[provider]:
            rate = draw(st.floats(0.5, 0.7))
            chosen = draw(st.lists(faults(group), min_size=1, max_size=3))
            share = rate / len(chosen)
            for index, fault in enumerate(chosen):
                rules.append(Rule(provider, group, fault, min(1.0, share / (1 - index * share))))
    return draw(st.integers(0, 2**16)), rules


@dataclass
class Tally:
    held: list[Pod] = field(default_factory=list)
    unknown_tokens: list[str] = field(default_factory=list)
    typed: Counter[str] = field(default_factory=Counter)
    untyped: list[BaseException] = field(default_factory=list)
    cancelled: int = 0
    creates: int = 0
    errors: list[GpupodsError] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def outcome(self, result: Pod | BaseException) -> None:
        with self.lock:
            self.creates += 1
            if isinstance(result, Pod):
                self.held.append(result)
            elif isinstance(result, asyncio.CancelledError):
                self.cancelled += 1
            elif isinstance(result, GpupodsError):
                self.typed[type(result).__name__] += 1
                self.errors.append(result)
                if isinstance(result, CreateOutcomeUnknown):
                    self.unknown_tokens.append(result.client_token)
            else:
                self.untyped.append(result)


class KeyAudit(logging.Handler):
    """Every record of every logger at DEBUG, formatted as a handler would write it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.leaks: list[str] = []
        self.interrupted_tokens: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if KEY in text:
            self.leaks.append(text)
        if "interrupted" in text:
            self.interrupted_tokens += re.findall(r"-gp([a-z0-9]{10})", text)


def _offers(fleet: Fleet, clouds: MockClouds) -> dict[str, GpuOffer]:
    offers = {}
    for provider in PROVIDERS:
        offer = next(o for o in fleet.offers(provider=provider) if o.count == 1)
        cloud = clouds.clouds[provider]
        cloud.set_offer_stock(offer.offer_id, 100_000)
        offers[provider] = offer
    return offers


def _spec(provider: str, offer: GpuOffer, index: int) -> PodSpec:
    return PodSpec(name=f"storm-{provider[:5]}-{index}", image=IMAGES[provider], gpu=offer.gpu)


def _fleet_options(clouds: MockClouds, urls: dict[str, str]) -> dict[str, object]:
    # Short waits (the clock is virtual anyway), the client timeout below the injected latency.
    return {**clouds.fleet_options(urls), "timeout": TIMEOUT, "retry": RetryPolicy(initial_delay=0.05)}


async def _storm(
    clouds: MockClouds,
    urls: dict[str, str],
    offers: dict[str, GpuOffer],
    tally: Tally,
    async_creates: int,
    thread_creates: int,
    rng: random.Random,
) -> None:
    fleet = AsyncFleet.from_env(**_fleet_options(clouds, urls))
    fleet.create_policy = CreatePolicy(confirm_delay=0.5)
    sync_fleet = Fleet.from_env(**_fleet_options(clouds, urls))

    def thread_worker(worker: int) -> None:
        for index in range(thread_creates):
            provider = PROVIDERS[(worker + index) % len(PROVIDERS)]
            try:
                result: Pod | BaseException = sync_fleet.create(
                    _spec(provider, offers[provider], index), offers[provider]
                )
            except BaseException as exc:
                result = exc
            tally.outcome(result)

    threads = [threading.Thread(target=thread_worker, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()
    try:
        loop = asyncio.get_running_loop()
        tasks = []
        for index in range(async_creates):
            provider = PROVIDERS[index % len(PROVIDERS)]
            task = asyncio.ensure_future(fleet.create(_spec(provider, offers[provider], index), offers[provider]))
            tasks.append(task)
            if rng.random() < 0.15:  # cancelled at some moment of its life: before, during or after the create
                loop.call_later(rng.uniform(0.0, 0.4), task.cancel)
        for task in tasks:
            try:
                result: Pod | BaseException = await task
            except BaseException as exc:
                result = exc
            tally.outcome(result)
    finally:
        await asyncio.get_running_loop().run_in_executor(None, lambda: [t.join() for t in threads])
        await fleet.aclose()  # waits for the clean-ups of cancelled creates
        sync_fleet.close()


GOING = (PodStatus.TERMINATING, PodStatus.TERMINATED)


def _terminate_all(clouds: MockClouds, urls: dict[str, str]) -> None:
    with Fleet.from_env(**_fleet_options(clouds, urls)) as fleet:
        for _ in range(10):
            try:
                pods = [p for p in fleet.list() if p.status not in GOING]
            except APIError:
                continue
            if not pods:
                return
            for pod in pods:
                with contextlib.suppress(APIError):  # the next sweep tries again
                    fleet.terminate(pod)


@dataclass
class StormResult:
    creates: int
    requests: int
    faults: int
    duplicates: int
    lost: int
    untyped: int
    leaks: int
    left: int
    held: int
    cancelled: int
    typed: Counter[str]


def _requests(clouds: MockClouds) -> int:
    """Requests every cloud received, all of its APIs together (``MockCloud.requests``)."""
    return sum(cloud.requests for cloud in clouds.clouds.values())


def run_storm(seed: int, rules: list[Rule], async_creates: int, thread_creates: int) -> StormResult:
    audit = KeyAudit()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(audit)
    root.setLevel(logging.DEBUG)
    tally = Tally()
    try:
        # The storm is about injected faults: the providers' own limits (Lambda's launch spacing,
        # met by two fleets that pace apart) would add 429s no rule injected.
        clouds = MockClouds(
            clock=VirtualClock(), lifecycle=FAST, seed=seed, sshd=False, api_keys=[KEY], rate_limits=False
        )
        with clouds, clouds.serve() as urls:
            with Fleet.from_env(**_fleet_options(clouds, urls)) as setup:
                offers = _offers(setup, clouds)
            requests_before = _requests(clouds)
            for rule in rules:
                routes = ROUTES[rule.provider][rule.group]
                clouds.faults(rule.provider).add(rule.fault, routes=routes, probability=rule.probability)
            asyncio.run(_storm(clouds, urls, offers, tally, async_creates, thread_creates, random.Random(seed)))
            injected = sum(n for p in PROVIDERS for n in clouds.faults(p).injected.values())
            requests = _requests(clouds) - requests_before
            live = clouds.live_pods()
            for provider in PROVIDERS:
                clouds.faults(provider).clear()
            _terminate_all(clouds, urls)
            clouds.clock.advance(120)
            left = clouds.pods_left()
    finally:
        root.removeHandler(audit)
        root.setLevel(old_level)
    tokens = Counter(split_token(name)[1] for _, _, name in live)
    accounted = {p.client_token for p in tally.held} | set(tally.unknown_tokens) | set(audit.interrupted_tokens)
    live_ids = {(provider, pod_id) for provider, pod_id, _ in live}
    leaks = len(audit.leaks) + sum(
        1 for e in tally.errors if KEY in str(e) or KEY in repr(e) or KEY.encode() in pickle.dumps(e)
    )
    return StormResult(
        creates=tally.creates,
        requests=requests,
        faults=injected,
        duplicates=sum(n - 1 for token, n in tokens.items() if token is not None and n > 1),
        lost=sum(n for token, n in tokens.items() if token not in accounted)
        + sum(1 for p in tally.held if (p.provider, p.id) not in live_ids),
        untyped=len(tally.untyped),
        leaks=leaks,
        left=left,
        held=len(tally.held),
        cancelled=tally.cancelled,
        typed=tally.typed,
    )


TOTALS: Counter[str] = Counter()


def _report(result: StormResult) -> None:
    TOTALS.update(
        {
            "runs": 1,
            "creates": result.creates,
            "requests": result.requests,
            "faults": result.faults,
            "duplicates": result.duplicates,
            "lost": result.lost,
            "untyped": result.untyped,
            "leaks": result.leaks,
            "left": result.left,
            "held": result.held,
            "cancelled": result.cancelled,
        }
    )
    TOTALS.update({f"error:{k}": v for k, v in result.typed.items()})


def test_creates_under_generated_fault_storms(request: pytest.FixtureRequest) -> None:
    full = bool(request.config.getoption("--full-matrix"))
    runs, async_creates, thread_creates = (25, 150, 25) if full else (2, 30, 4)

    # No shrinking: one storm takes seconds, and its schedule (printed on failure) is the report.
    @settings(
        max_examples=runs,
        deadline=None,
        derandomize=not full,
        database=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(schedule=schedules())
    def storm(schedule: tuple[int, list[Rule]]) -> None:
        seed, rules = schedule
        result = run_storm(seed, rules, async_creates, thread_creates)
        _report(result)
        assert result.untyped == 0, "every exception is a gpupods error"
        assert result.duplicates == 0
        assert result.lost == 0, "every live pod is held by a caller or named by an error"
        assert result.leaks == 0
        assert result.left == 0, "terminate-all leaves nothing"

    TOTALS.clear()
    storm()
    share = TOTALS["faults"] / max(1, TOTALS["requests"])
    print(
        f"\n[create storm] runs={TOTALS['runs']} creates={TOTALS['creates']} held={TOTALS['held']} "
        f"cancelled={TOTALS['cancelled']} requests={TOTALS['requests']} faulted={TOTALS['faults']} ({share:.0%}) "
        f"duplicates={TOTALS['duplicates']} lost={TOTALS['lost']} untyped={TOTALS['untyped']} "
        f"key_leaks={TOTALS['leaks']} left_after_terminate_all={TOTALS['left']} "
        + " ".join(f"{k}={v}" for k, v in sorted(TOTALS.items()) if k.startswith("error:"))
    )
    assert share >= 0.4, "the storms must actually be stormy"
    if full:
        assert TOTALS["creates"] >= 5000
