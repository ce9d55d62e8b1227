"""The fault matrix: every provider x list/get/create/stop/terminate x every kind of fault x
sync/async, through the facade against the loopback mock clouds.

Each scenario injects one kind of fault on every route of one provider while one operation
runs, then checks what came out: either the right result (checked against the mock's own
state), or an exception from gpupods' error hierarchy of the kind the fault calls for, carrying
the injected HTTP status where there is one (an httpx, json or KeyError escaping is a failure).
A stop on a provider whose ``Capabilities`` say it cannot stop must raise ``UnsupportedOperation``.
After every scenario a fault-free sweep terminates every pod and the mock must hold none;
no call may leave more pods than it asked for (one per create, none otherwise). Throughout, the
API key must appear in no log record (DEBUG, every logger, captured for the whole module) and
in no exception (str, repr, args, attributes, causes, contexts, a ``CreateFailed``'s attempts).

The default run is a reduced matrix (every provider, operation, fault kind and mode appears,
in 42 seeded combinations); ``--full-matrix`` (``nox -s reliability``) runs all 280.
"""

from __future__ import annotations

import itertools
import logging
import random
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from gpupods import AsyncFleet, Capabilities, Fleet, Pod, PodSpec, PodStatus
from gpupods._tokens import split_token
from gpupods.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    CreateFailed,
    GpupodsError,
    ProviderError,
    RateLimitedError,
    UnsupportedOperation,
)
from gpupods.mock import Fault, Lifecycle, MockClouds, VirtualClock
from gpupods.registry import REGISTRY

PROVIDERS = tuple(REGISTRY)
OPERATIONS = ("list", "get", "create", "stop", "terminate")
FAULTS = ("latency", "429-storm", "5xx-burst", "reset-mid-body", "truncated-json", "html-502", "drift")
MODES = ("sync", "async")
API_KEY = "sk-live-9f8e7d6c5b4a-DO-NOT-LOG"  # distinctive, so a leak anywhere is found by substring
TIMEOUT = 0.2  # client timeout; the latency fault answers later than this
FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)
IMAGES = {name: provider.demo.image for name, provider in REGISTRY.items()}
LOGGERS = ("", "gpupods", "httpx", "httpcore")
GOING = (PodStatus.TERMINATING, PodStatus.TERMINATED)

# The typed error each fault may end in once the facade's retries are spent (drift must parse).
EXPECTED_ERRORS: dict[str, tuple[type[GpupodsError], ...]] = {
    "latency": (APITimeoutError,),
    "429-storm": (RateLimitedError,),
    "5xx-burst": (ProviderError,),
    "reset-mid-body": (APIConnectionError,),
    "truncated-json": (ProviderError,),
    "html-502": (ProviderError,),
    "drift": (),
}


@dataclass(frozen=True)
class Injection:
    """The rules of one scenario's fault, each with how many times it fires (None: every request),
    and the HTTP statuses the fault answers with (a typed error must carry one of them)."""

    rules: list[tuple[Fault, int | None]]
    statuses: frozenset[int] = frozenset()


def injection(kind: str, rng: random.Random) -> Injection:
    if kind == "latency":
        return Injection([(Fault.latency(TIMEOUT * 2.5), 1)])
    if kind == "429-storm":
        return Injection(
            [(Fault.rate_limited(retry_after=rng.choice([0.5, 1, 2])), rng.choice([3, 5, 8]))], frozenset({429})
        )
    if kind == "5xx-burst":
        status = rng.choice([500, 502, 503])
        return Injection([(Fault.status(status), rng.choice([2, 3, 6]))], frozenset({status}))
    if kind == "reset-mid-body":
        return Injection([(Fault.drop(after_accept=True), rng.choice([1, 2]))])
    if kind == "truncated-json":
        return Injection([(Fault.truncate(), rng.choice([1, 2]))])
    if kind == "html-502":
        return Injection([(Fault.html(502), rng.choice([1, 2, 6]))], frozenset({502}))
    if kind == "drift":
        return Injection([(Fault.drift(), None)])
    raise AssertionError(kind)


def scenarios(full: bool) -> list[tuple[str, str, str, str]]:
    every = list(itertools.product(PROVIDERS, OPERATIONS, FAULTS, MODES))
    if full:
        return every
    # Each (operation, fault) pair once, with provider and mode rotating, plus one extra
    # seeded sample per fault kind: 42 scenarios in which every value of every axis occurs.
    reduced = [
        (PROVIDERS[i % len(PROVIDERS)], op, fault, MODES[(i // len(PROVIDERS)) % 2])
        for i, (op, fault) in enumerate(itertools.product(OPERATIONS, FAULTS))
    ]
    rng = random.Random(8)
    reduced += [rng.choice([s for s in every if s[2] == fault and s not in reduced]) for fault in FAULTS]
    return reduced


def test_the_reduced_matrix_covers_every_axis() -> None:
    reduced = scenarios(full=False)
    assert len(set(reduced)) == len(reduced) == 42
    for axis, values in enumerate((PROVIDERS, OPERATIONS, FAULTS, MODES)):
        assert {s[axis] for s in reduced} == set(values)
    assert {(s[1], s[2]) for s in reduced} == set(itertools.product(OPERATIONS, FAULTS))
    assert len(scenarios(full=True)) == len(PROVIDERS) * len(OPERATIONS) * len(FAULTS) * len(MODES)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "scenario" in metafunc.fixturenames:
        chosen = scenarios(bool(metafunc.config.getoption("--full-matrix")))
        metafunc.parametrize("scenario", chosen, ids=["-".join(s) for s in chosen])


@dataclass
class Tally:
    """What the module's scenarios found, printed at the end and asserted on."""

    scenarios: int = 0
    faults_injected: int = 0
    succeeded: int = 0
    typed_errors: Counter[str] = field(default_factory=Counter)
    untyped: list[str] = field(default_factory=list)
    duplicates: int = 0
    key_leaks: list[str] = field(default_factory=list)
    pods_left: int = 0


TALLY = Tally()


class Capture(logging.Handler):
    """Every log record of the module, at every level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Cloud:
    clouds: MockClouds
    urls: dict[str, str]
    capture: Capture
    capabilities: dict[str, Capabilities]
    helper: Fleet  # fault-free, long-lived: sets pods up and sweeps them away


@pytest.fixture(scope="module")
def cloud() -> Iterator[Cloud]:
    capture = Capture()
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(capture)
    clouds = MockClouds(clock=VirtualClock(), lifecycle=FAST, seed=3, sshd=False, api_keys=[API_KEY])
    try:
        with clouds, clouds.serve() as urls, Fleet.from_env(**clouds.fleet_options(urls), timeout=5) as helper:
            _plenty_of_h100s(clouds, helper)
            yield Cloud(clouds, urls, capture, {p: helper.capabilities(p) for p in PROVIDERS}, helper)
            left = terminate_all(clouds, helper)
    finally:
        logging.getLogger().removeHandler(capture)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
    leaks = key_leaks(capture.records, None)
    by_logger = Counter(r.name.split(".")[0] for r in capture.records)
    print(
        f"\n[fault matrix] scenarios={TALLY.scenarios} faults_injected={TALLY.faults_injected} "
        f"succeeded={TALLY.succeeded} typed_errors={sum(TALLY.typed_errors.values())} {dict(TALLY.typed_errors)} "
        f"untyped_exceptions={len(TALLY.untyped)} duplicates={TALLY.duplicates} "
        f"key_leaks={len(TALLY.key_leaks) + len(leaks)} pods_left_after_sweeps={TALLY.pods_left} "
        f"pods_left_at_end={left} log_records={len(capture.records)} {dict(by_logger)}"
    )
    assert left == 0, "terminate-all left pods behind"
    assert not leaks, f"the API key leaked into the module's logs: {leaks}"


def _plenty_of_h100s(clouds: MockClouds, fleet: Fleet) -> None:
    """Raise the mock stock of every H100 offer, so capacity never ends a scenario of the full matrix."""
    for offer in fleet.offers("H100"):
        clouds.cloud(offer.provider).set_offer_stock(offer.offer_id, 10_000)


def terminate_all(clouds: MockClouds, fleet: Fleet) -> int:
    """Terminate every pod through the facade, without faults; how many the mock still holds."""
    for pod in fleet.list():
        if pod.status not in GOING:
            fleet.terminate(pod)
    clouds.clock.advance(60)
    return clouds.pods_left()


# --- the audit of secrets ----------------------------------------------------------------------


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, its causes and contexts, and the errors a ``CreateFailed`` collected, each once."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack += [e for e in (current.__cause__, current.__context__) if e is not None]
        if isinstance(current, CreateFailed):
            stack += [err for _, err in current.attempts]


def key_leaks(records: list[logging.LogRecord], exc: BaseException | None, key: str = API_KEY) -> list[str]:
    """Every place ``key`` shows up: log messages and arguments, exception text, repr, args,
    attributes, causes."""
    found = []
    for record in records:
        if key in record.getMessage() or key in repr(record.args) or key in str(record.msg):
            found.append(f"log record {record.name}: {record.getMessage()[:120]}")
    for link in exception_chain(exc) if exc is not None else ():
        texts = (str(link), repr(link), *(repr(a) for a in link.args), repr(vars(link)))
        if any(key in text for text in texts):
            found.append(f"exception {type(link).__name__}: {str(link)[:120]}")
    return found


def test_the_key_audit_finds_a_leak() -> None:
    """The check the matrix relies on can fail: a key in a log argument, a cause, an attribute
    or a create attempt is found; clean ones are not reported."""
    record = logging.LogRecord("httpx", logging.DEBUG, __file__, 1, "header %s", (f"Bearer {API_KEY}",), None)
    try:
        try:
            raise ValueError("upstream said", {"authorization": API_KEY})
        except ValueError as inner:
            raise GpupodsError("clean message") from inner
    except GpupodsError as outer:
        assert len(key_leaks([record], outer)) == 2
    hidden = APIStatusError("bad", provider="runpod", status_code=500, body={"echo": API_KEY})
    assert len(key_leaks([], hidden)) == 1
    assert len(key_leaks([], CreateFailed([("runpod/H100", GpupodsError(f"key {API_KEY}"))], "none"))) == 2
    clean = logging.LogRecord("gpupods", logging.INFO, __file__, 1, "retry %d", (1,), None)
    assert key_leaks([clean], GpupodsError("nothing here")) == []


# --- running one scenario ----------------------------------------------------------------------


def _spec(provider: str, scenario: str) -> PodSpec:
    return PodSpec(name=f"fm-{zlib.crc32(scenario.encode()) % 10**6}", image=IMAGES[provider], gpu="H100")


def _setup_pod(cloud: Cloud, provider: str, scenario: str) -> Pod:
    """A running pod for the operation to act on (and for a list to find)."""
    pod = cloud.helper.create(_spec(provider, "setup-" + scenario), provider=provider)
    cloud.clouds.clock.advance(60)
    return pod


def _call_sync(fleet: Fleet, op: str, provider: str, pod: Pod | None, scenario: str) -> Any:
    if op == "list":
        return fleet.list(provider)
    if op == "create":
        return fleet.create(_spec(provider, scenario), provider=provider)
    assert pod is not None
    return {"get": fleet.get, "stop": fleet.stop, "terminate": fleet.terminate}[op](pod)


async def _call_async(fleet: AsyncFleet, op: str, provider: str, pod: Pod | None, scenario: str) -> Any:
    if op == "list":
        return await fleet.list(provider)
    if op == "create":
        return await fleet.create(_spec(provider, scenario), provider=provider)
    assert pod is not None
    return await {"get": fleet.get, "stop": fleet.stop, "terminate": fleet.terminate}[op](pod)


def _live(clouds: MockClouds) -> dict[str, str]:
    """id -> name of every pod the mock clouds hold (not being removed)."""
    return {pod_id: name for _, pod_id, name in clouds.live_pods()}


def _check_result(
    op: str,
    fault: str,
    provider: str,
    scenario: str,
    result: Any,
    pod: Pod | None,
    new: dict[str, str],
    live_after: dict[str, str],
) -> None:
    """A call that succeeded under a fault must still have done the right thing."""
    drifted = fault == "drift"
    if op == "list":
        assert isinstance(result, list) and all(isinstance(p, Pod) and p.provider == provider for p in result)
        assert pod is not None and pod.id in {p.id for p in result}, "the listed pods miss the pod just made"
    elif op == "create":
        assert isinstance(result, Pod) and result.provider == provider
        assert list(new) == [result.id], f"the created pod is not the one new pod in the mock: {new}"
        assert split_token(new[result.id])[0] == _spec(provider, scenario).name
    elif op == "get":
        assert isinstance(result, Pod) and result.provider == provider and pod is not None and result.id == pod.id
        assert result.status in ((PodStatus.UNKNOWN, PodStatus.RUNNING) if drifted else (PodStatus.RUNNING,))
    elif op == "stop":
        assert isinstance(result, Pod) and result.provider == provider and pod is not None and result.id == pod.id
        wanted = {PodStatus.STOPPING, PodStatus.STOPPED} | ({PodStatus.UNKNOWN} if drifted else set())
        assert result.status in wanted, result.status
    else:
        assert result is None and pod is not None and pod.id not in live_after, "terminate left the pod"


def _check_error(fault: str, injected: Injection, error: GpupodsError, name: str) -> None:
    """A typed error must be the kind the fault calls for, with the injected status."""
    assert fault != "drift", f"{name}: drift must parse, got {error!r}"
    causes = [e for _, e in error.attempts] if isinstance(error, CreateFailed) else [error]
    assert causes, f"{name}: CreateFailed without attempts"
    for cause in causes:
        assert isinstance(cause, EXPECTED_ERRORS[fault]), f"{name}: {fault} ended in {cause!r}"
        if injected.statuses:
            assert isinstance(cause, APIStatusError) and cause.status_code in injected.statuses, (name, cause)


async def test_fault(scenario: tuple[str, str, str, str], cloud: Cloud) -> None:
    provider, op, fault, mode = scenario
    clouds, urls = cloud.clouds, cloud.urls
    name = "-".join(scenario)
    first_record = len(cloud.capture.records)
    pod = _setup_pod(cloud, provider, name) if op != "create" else None
    live_before = _live(clouds)
    plan = clouds.faults(provider)
    before = sum(plan.injected.values())
    injected = injection(fault, random.Random(name))
    for rule, times in injected.rules:
        plan.add(rule, times=times)
    result: Any = None
    error: BaseException | None = None
    options = {**clouds.fleet_options(urls), "timeout": TIMEOUT}
    try:
        if mode == "sync":
            with Fleet.from_env(**options) as fleet:
                result = _call_sync(fleet, op, provider, pod, name)
        else:
            async with AsyncFleet.from_env(**options) as afleet:
                result = await _call_async(afleet, op, provider, pod, name)
    except Exception as exc:  # judged below: typed or not
        error = exc
    finally:
        plan.clear()
    fired = sum(plan.injected.values()) - before
    live_after = _live(clouds)
    new = {pod_id: n for pod_id, n in live_after.items() if pod_id not in live_before}
    tokens = Counter(t for n in new.values() if (t := split_token(n)[1]) is not None)
    extra = max(0, len(new) - (1 if op == "create" else 0)) + sum(c - 1 for c in tokens.values())
    left = terminate_all(clouds, cloud.helper)
    leaks = key_leaks(cloud.capture.records[first_record:], error)

    TALLY.scenarios += 1
    TALLY.faults_injected += fired
    TALLY.key_leaks += leaks
    TALLY.duplicates += extra
    TALLY.pods_left += left
    unsupported = op == "stop" and not cloud.capabilities[provider].start_stop
    if error is not None and not isinstance(error, GpupodsError):
        TALLY.untyped.append(f"{name}: {type(error).__module__}.{type(error).__name__}: {error}")
        raise AssertionError(f"{name}: an untyped exception escaped") from error
    if error is None:
        TALLY.succeeded += 1
    else:
        TALLY.typed_errors[type(error).__name__] += 1

    assert not leaks, f"{name}: the API key leaked: {leaks}"
    assert extra == 0, f"{name}: the call left {extra} pod(s) more than it asked for: {new}"
    assert left == 0, f"{name}: {left} pod(s) left after terminate-all"
    if unsupported:  # refused before any request, whatever the fault
        assert isinstance(error, UnsupportedOperation) and error.operation == "stop", error
        return
    assert fired > 0, f"{name}: no fault fired"
    if error is None:
        _check_result(op, fault, provider, name, result, pod, new, live_after)
    else:
        assert isinstance(error, GpupodsError)
        _check_error(fault, injected, error, name)


def test_the_matrix_found_no_untyped_exception_duplicate_or_leak(cloud: Cloud, request: pytest.FixtureRequest) -> None:
    """Runs after the scenarios of this module (file order): the totals, asserted once more, and
    proof that the DEBUG capture saw the facade's and httpcore's records."""
    selected = [i for i in request.session.items if getattr(i, "originalname", "") == "test_fault"]
    assert TALLY.scenarios == len(selected)
    if selected:
        assert TALLY.faults_injected >= TALLY.scenarios * 0.9
        loggers = {r.name.split(".")[0] for r in cloud.capture.records}
        assert {"httpcore", "httpx"} <= loggers, loggers
        assert any(r.levelno == logging.DEBUG for r in cloud.capture.records)
    assert TALLY.untyped == [] and TALLY.duplicates == 0 and TALLY.key_leaks == [] and TALLY.pods_left == 0
