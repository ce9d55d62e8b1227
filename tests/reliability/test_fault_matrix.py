"""The fault matrix: every provider x list/get/create/stop/terminate x every kind of fault x
sync/async, through the facade against the loopback mock clouds.

Each scenario injects one kind of fault on every route of one provider while one operation
runs, then checks what came out: either the right result, or an exception from gpupods' error
hierarchy (an httpx, json or KeyError escaping is a failure). Throughout, the API key must
appear in no log record (DEBUG, every logger) and in no exception (str, repr, args, causes);
no create may leave two pods; terminate-all must leave none.

The default run is a reduced matrix (every provider, operation, fault kind and mode appears,
in 42 seeded combinations); ``--full-matrix`` (``nox -s reliability``) runs all 210.
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
from gpupods import AsyncFleet, Fleet, Pod, PodSpec, PodStatus
from gpupods._tokens import split_token
from gpupods.errors import APIStatusError, GpupodsError, UnsupportedOperation
from gpupods.mock import Fault, Lifecycle, MockClouds, VirtualClock

PROVIDERS = ("runpod", "primeintellect", "novita")
OPERATIONS = ("list", "get", "create", "stop", "terminate")
FAULTS = ("latency", "429-storm", "5xx-burst", "reset-mid-body", "truncated-json", "html-502", "drift")
MODES = ("sync", "async")
API_KEY = "sk-live-9f8e7d6c5b4a-DO-NOT-LOG"  # distinctive, so a leak anywhere is found by substring
TIMEOUT = 0.2  # client timeout; the latency fault answers later than this
FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)
IMAGES = {"runpod": "pytorch/pytorch:latest", "primeintellect": "ubuntu_22_cuda_12", "novita": "pytorch/pytorch:latest"}
LOGGERS = ("", "gpupods", "httpx", "httpcore")


def fault_rules(kind: str, rng: random.Random) -> list[tuple[Fault, int | None]]:
    """The faults of one kind, each with how many times it fires (None: on every request)."""
    if kind == "latency":
        return [(Fault.latency(TIMEOUT * 2.5), 1)]
    if kind == "429-storm":
        return [(Fault.rate_limited(retry_after=rng.choice([0.5, 1, 2])), rng.choice([3, 5, 8]))]
    if kind == "5xx-burst":
        return [(Fault.status(rng.choice([500, 502, 503])), rng.choice([2, 3, 6]))]
    if kind == "reset-mid-body":
        return [(Fault.drop(after_accept=True), rng.choice([1, 2]))]
    if kind == "truncated-json":
        return [(Fault.truncate(), rng.choice([1, 2]))]
    if kind == "html-502":
        return [(Fault.html(502), rng.choice([1, 2, 6]))]
    if kind == "drift":
        return [(Fault.drift(), None)]
    raise AssertionError(kind)


def scenarios(full: bool) -> list[tuple[str, str, str, str]]:
    every = list(itertools.product(PROVIDERS, OPERATIONS, FAULTS, MODES))
    if full:
        return every
    # Each (operation, fault) pair once, with provider and mode rotating, plus one extra
    # seeded sample per fault kind: 42 scenarios in which every value of every axis occurs.
    reduced = [(PROVIDERS[i % 3], op, fault, MODES[(i // 3) % 2])
               for i, (op, fault) in enumerate(itertools.product(OPERATIONS, FAULTS))]  # fmt: skip
    rng = random.Random(8)
    reduced += [rng.choice([s for s in every if s[2] == fault and s not in reduced]) for fault in FAULTS]
    return reduced


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


TALLY = Tally()


@pytest.fixture(scope="module")
def cloud() -> Iterator[tuple[MockClouds, dict[str, str]]]:
    clouds = MockClouds(clock=VirtualClock(), lifecycle=FAST, seed=3, sshd=False, api_keys=[API_KEY])
    with clouds, clouds.serve() as urls:
        _plenty_of_h100s(clouds, urls)
        yield clouds, urls
        for plan in (clouds.faults(p) for p in PROVIDERS):
            plan.clear()
        with Fleet.from_env(**clouds.fleet_options(urls)) as fleet:
            for pod in fleet.list():
                fleet.terminate(pod)
        clouds.clock.advance(120)
        left = clouds.pods_left()
    print(
        f"\n[fault matrix] scenarios={TALLY.scenarios} faults_injected={TALLY.faults_injected} "
        f"succeeded={TALLY.succeeded} typed_errors={sum(TALLY.typed_errors.values())} {dict(TALLY.typed_errors)} "
        f"untyped_exceptions={len(TALLY.untyped)} duplicates={TALLY.duplicates} key_leaks={len(TALLY.key_leaks)} "
        f"pods_left_after_terminate_all={left}"
    )
    assert left == 0, "terminate-all left pods behind"


def _plenty_of_h100s(clouds: MockClouds, urls: dict[str, str]) -> None:
    """Raise the mock stock of every H100 offer, so capacity never ends a scenario of the full matrix."""
    keys = {"runpod": "gpu_id", "primeintellect": "cloud_id", "novita": "product_id"}
    with Fleet.from_env(**clouds.fleet_options(urls)) as fleet:
        for offer in fleet.offers("H100"):
            clouds.clouds[offer.provider].set_stock(offer.offer_id[keys[offer.provider]], 10_000)


# --- the audit of secrets ----------------------------------------------------------------------


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack += [e for e in (current.__cause__, current.__context__) if e is not None]


def key_leaks(records: list[logging.LogRecord], exc: BaseException | None, key: str = API_KEY) -> list[str]:
    """Every place ``key`` shows up: log messages and arguments, exception text, repr, args, causes."""
    found = []
    for record in records:
        if key in record.getMessage() or key in repr(record.args) or key in str(record.msg):
            found.append(f"log record {record.name}: {record.getMessage()[:120]}")
    for link in exception_chain(exc) if exc is not None else ():
        if key in str(link) or key in repr(link) or any(key in repr(a) for a in link.args):
            found.append(f"exception {type(link).__name__}: {str(link)[:120]}")
    return found


def test_the_key_audit_finds_a_leak() -> None:
    """The check the matrix relies on can fail: a key in a cause or a log argument is found."""
    record = logging.LogRecord("httpx", logging.DEBUG, __file__, 1, "header %s", (f"Bearer {API_KEY}",), None)
    try:
        try:
            raise ValueError("upstream said", {"authorization": API_KEY})
        except ValueError as inner:
            raise GpupodsError("clean message") from inner
    except GpupodsError as outer:
        leaks = key_leaks([record], outer)
    assert len(leaks) == 2
    assert key_leaks([], GpupodsError("nothing here")) == []


# --- running one scenario ----------------------------------------------------------------------


def _spec(provider: str, scenario: str) -> PodSpec:
    return PodSpec(name=f"fm-{zlib.crc32(scenario.encode()) % 10**6}", image=IMAGES[provider], gpu="H100")


def _setup_pod(clouds: MockClouds, urls: dict[str, str], provider: str, scenario: str) -> Pod:
    with Fleet.from_env(**clouds.fleet_options(urls), timeout=5) as fleet:
        pod = fleet.create(_spec(provider, scenario), provider=provider)
    clouds.clock.advance(60)
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


def _check_result(op: str, provider: str, fault: str, result: Any, pod: Pod | None) -> None:
    """A call that succeeded under a fault must still have done the right thing."""
    if op == "list":
        assert isinstance(result, list) and all(isinstance(p, Pod) and p.provider == provider for p in result)
    elif op in ("get", "stop", "create"):
        assert isinstance(result, Pod) and result.provider == provider
        if pod is not None:
            assert result.id == pod.id
        if fault == "drift" and op == "get":
            assert result.status in (PodStatus.UNKNOWN, PodStatus.RUNNING), result.status
    else:
        assert result is None


async def test_fault(scenario: tuple[str, str, str, str], cloud, caplog: pytest.LogCaptureFixture) -> None:
    provider, op, fault, mode = scenario
    clouds, urls = cloud
    name = "-".join(scenario)
    rng = random.Random(name)
    for logger in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=logger)
    pod = _setup_pod(clouds, urls, provider, name) if op != "list" and op != "create" else None
    tokens_before = _tokens(clouds)
    plan = clouds.faults(provider)
    before = sum(plan.injected.values())
    for rule, times in fault_rules(fault, rng):
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
    injected = sum(plan.injected.values()) - before
    TALLY.scenarios += 1
    TALLY.faults_injected += injected
    leaks = key_leaks(caplog.records, error)
    TALLY.key_leaks += leaks
    new_tokens = _tokens(clouds) - tokens_before
    duplicated = sum(n - 1 for n in new_tokens.values() if n > 1)
    TALLY.duplicates += duplicated

    unsupported = op == "stop" and provider == "primeintellect"  # refused before any request
    assert injected > 0 or unsupported, f"{name}: no fault fired"
    assert not leaks, f"{name}: the API key leaked: {leaks}"
    assert duplicated == 0, f"{name}: a create left {duplicated} extra pod(s)"
    if error is None:
        TALLY.succeeded += 1
        _check_result(op, provider, fault, result, pod)
        return
    if not isinstance(error, GpupodsError):
        TALLY.untyped.append(f"{name}: {type(error).__module__}.{type(error).__name__}: {error}")
        raise AssertionError(f"{name}: an untyped exception escaped") from error
    TALLY.typed_errors[type(error).__name__] += 1
    if unsupported:
        assert isinstance(error, UnsupportedOperation), error
        return
    assert fault != "drift", f"{name}: drift must parse, got {error!r}"
    if isinstance(error, APIStatusError) and fault in ("429-storm", "5xx-burst", "html-502"):
        assert error.status_code in (429, 500, 502, 503), error


def _tokens(clouds: MockClouds) -> Counter[str]:
    return Counter(token for _, _, name in clouds.live_pods() if (token := split_token(name)[1]) is not None)


def test_the_matrix_found_no_untyped_exception_duplicate_or_leak(cloud) -> None:
    """Runs after the scenarios of this module (file order): the totals, asserted once more."""
    assert TALLY.scenarios >= 42
    assert TALLY.faults_injected >= TALLY.scenarios * 0.9
    assert TALLY.untyped == [] and TALLY.duplicates == 0 and TALLY.key_leaks == []
