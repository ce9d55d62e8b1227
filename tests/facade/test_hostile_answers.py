"""Every answer becomes a correct result or a typed ``gpupods.errors`` exception carrying its
status: on every facade operation of every provider, sync and async, REST and GraphQL.

Hypothesis draws what a provider, a proxy or a CDN can answer instead of the API (empty
bodies, 204s, redirects, informational statuses, broken gzip, JSON nested 100k deep, JSON of
the wrong shape, HTML, random bytes, absurd Retry-After and RateLimit headers, error statuses
with any body), where in a call it lands, and whether the provider carried out the request
first. The outcome must be a result of the right type or a ``GpupodsError``; no wait derived
from a header may exceed its cap (the clock is virtual, so a 1e300-second wait would show).
"""

from __future__ import annotations

import asyncio
import json
import pickle
from dataclasses import dataclass
from typing import Any

import pytest
from gpupods import AsyncFleet, Fleet, Pod, PodSpec
from gpupods._http import MAX_RETRY_AFTER
from gpupods._ratelimit import MAX_RESET
from gpupods.errors import APIStatusError, GpupodsError, ProviderError
from gpupods.mock import Fault, MockClouds, VirtualClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import FAST, PROVIDERS

KEY = "sk-hostile-4f9d2b7e1c"  # distinctive: must never appear in an error
IMAGE = {provider: image for provider, image, _ in PROVIDERS}
OPERATIONS = ("list", "get", "offers", "create", "stop", "start", "terminate", "logs", "spot_offers", "spot_create")


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)

    def containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)

    return st.recursive(scalars, containers, max_leaves=12)


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@st.composite
def hostile_answers(draw: st.DrawFn, in_process: bool) -> Fault:
    """One answer no API documents, but providers, proxies and CDNs send."""
    after = draw(st.booleans())
    location = {"Location": f"https://elsewhere.example/login?key={KEY}"}
    options = [
        st.just(Fault.answer(200, body=b"", after_accept=after)),
        st.just(Fault.answer(204, body=b"", after_accept=after)),
        st.sampled_from([301, 302, 303, 307, 308]).map(lambda s: Fault.answer(s, body=b"", headers=location)),
        st.just(Fault.answer(headers={"Content-Encoding": "gzip"}, body=b"\x1f\x8b garbage", after_accept=after)),
        st.sampled_from([100_000, 3_000]).map(lambda d: Fault.answer(200, body=_deep(d), after_accept=after)),
        _json_values().map(lambda v: Fault.answer(200, body=json.dumps(v).encode(), after_accept=after)),
        st.binary(max_size=64).map(lambda b: Fault.answer(200, body=b, after_accept=after)),
        st.just(Fault.answer(200, body=b"<html><body>Sign in</body></html>", headers={"Content-Type": "text/html"})),
        st.sampled_from(["nan", "inf", "-5", "1e300", "Wed, 21 Oct 9999 07:28:00 GMT", "soon"]).map(
            lambda v: Fault.answer(429, body=b"", headers={"Retry-After": v})
        ),
        st.sampled_from(["t=1e300", "t=nan", "t=-1", "r=-5;t=10", "t=inf", "r=1e99;t=5"]).map(
            lambda v: Fault.answer(
                headers={"RateLimit": f'"minute";r=0;{v}', "RateLimit-Policy": '"minute";q=0;w=0'}, after_accept=True
            )
        ),
        st.tuples(st.integers(400, 599), _json_values()).map(
            lambda sv: Fault.answer(sv[0], body=json.dumps({"message": [KEY, sv[1]], "error": KEY}).encode())
        ),
        st.just(Fault.truncate()),
        st.just(Fault.html(502, after_accept=after)),
        st.just(Fault.drop(after_accept=after)),
    ]
    if in_process:  # a server cannot send an informational status as its final answer
        options.append(st.integers(100, 199).map(lambda s: Fault.answer(s, body=b"")))
    return draw(st.one_of(options))


@dataclass
class Case:
    provider: str
    operation: str
    fault: Fault
    times: int
    probability: float
    mode: str


@st.composite
def cases(draw: st.DrawFn) -> Case:
    provider = draw(st.sampled_from([p for p, _, _ in PROVIDERS]))
    operation = draw(st.sampled_from(OPERATIONS))
    if operation.startswith("spot_"):
        provider = "runpod"  # spot goes through RunPod's GraphQL
    return Case(
        provider,
        operation,
        draw(hostile_answers(in_process=True)),
        draw(st.integers(1, 3)),
        draw(st.sampled_from([1.0, 0.5])),
        draw(st.sampled_from(["sync", "async"])),
    )


async def _call(fleet: Fleet | AsyncFleet, case: Case, pod: Pod) -> Any:
    """The facade call of ``case`` (sync calls are run in place; their results are returned)."""

    async def maybe(value: Any) -> Any:
        return await value if asyncio.iscoroutine(value) else value

    spec = PodSpec(name="hostile", image=IMAGE[case.provider], gpu="H100")
    if case.operation == "list":
        return await maybe(fleet.list())
    if case.operation == "get":
        return await maybe(fleet.get(pod))
    if case.operation == "offers":
        return await maybe(fleet.offers("H100"))
    if case.operation == "create":
        return await maybe(fleet.create(spec, provider=case.provider))
    if case.operation == "spot_offers":
        return await maybe(fleet.offers("H100", spot=True, provider="runpod"))
    if case.operation == "spot_create":
        return await maybe(
            fleet.create(PodSpec(name="hostile", image="img", gpu="H100", spot=True, max_price=9.0), provider="runpod")
        )
    if case.operation in ("stop", "start") and not fleet.capabilities(case.provider).start_stop:
        return None
    if case.operation == "logs" and not fleet.capabilities(case.provider).logs:
        return None
    return await maybe(getattr(fleet, case.operation)(pod))


EXPECTED = {
    "list": list,
    "get": Pod,
    "offers": list,
    "create": Pod,
    "stop": Pod,
    "start": Pod,
    "terminate": type(None),
    "logs": list,
    "spot_offers": list,
    "spot_create": Pod,
}


def _check(case: Case, outcome: Any, clock: VirtualClock, started: float) -> None:
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, GpupodsError), f"untyped {type(outcome).__name__}: {outcome!r}"
        for text in (str(outcome), repr(outcome), pickle.dumps(outcome)):
            assert (KEY.encode() if isinstance(text, bytes) else KEY) not in text
        if isinstance(outcome, APIStatusError):
            assert 100 <= outcome.status_code <= 599, outcome
        if case.fault.kind == "answer" and 300 <= case.fault.status_code < 400:
            assert isinstance(outcome, ProviderError) and outcome.status_code == case.fault.status_code
    elif outcome is not None:
        assert isinstance(outcome, EXPECTED[case.operation]), outcome
    # Waits a header asked for are capped: a few capped waits per retry at most, never 1e300 s.
    assert clock.time() - started < 20 * max(MAX_RESET, MAX_RETRY_AFTER)


def _run_case(case: Case) -> None:
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, sshd=False, api_keys=[KEY]) as clouds:
        options = clouds.fleet_options()
        options["timeout"] = 5.0
        with Fleet.from_env(**options) as setup:
            offer = next(o for o in setup.offers("H100", provider=case.provider) if o.count == 1)
            pod = setup.wait(
                setup.create(PodSpec(name="target", image=IMAGE[case.provider], gpu=offer.gpu), offer), reachable=False
            )
        clouds.faults(case.provider).add(case.fault, probability=case.probability, times=case.times)
        started = clouds.clock.time()

        async def run() -> Any:
            if case.mode == "sync":
                with Fleet.from_env(**options) as fleet:
                    return await _call(fleet, case, pod)
            async with AsyncFleet.from_env(**options) as afleet:
                return await _call(afleet, case, pod)

        try:
            outcome: Any = asyncio.run(run())
        except BaseException as exc:
            outcome = exc
        _check(case, outcome, clouds.clock, started)
        tokens = [name.rsplit("-gp", 1)[-1] for _, _, name in clouds.live_pods() if "-gp" in name]
        assert len(tokens) == len(set(tokens)), "no create made two pods"


def examples(request: pytest.FixtureRequest, default: int) -> int:
    return default * 10 if request.config.getoption("--full-matrix") else default


def test_every_hostile_answer_is_a_result_or_a_typed_error(request: pytest.FixtureRequest) -> None:
    @settings(
        max_examples=examples(request, 80),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(case=cases())
    def check(case: Case) -> None:
        _run_case(case)

    check()


@pytest.mark.parametrize("provider", [p for p, _, _ in PROVIDERS])
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_a_provider_error_with_its_status(provider: str, status: int) -> None:
    case = Case(provider, "list", Fault.answer(status, body=b"", headers={"Location": "/v9/login"}), 1, 1.0, "sync")
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        clouds.faults(provider).add(case.fault, times=1)
        with pytest.raises(ProviderError, match="redirect") as caught:
            fleet.list(provider)
    assert caught.value.status_code == status


def test_a_graphql_call_answered_with_a_redirect_says_so() -> None:
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        clouds.faults("runpod").add(Fault.answer(307, body=b"", headers={"Location": "/login"}), routes="gpuTypes")
        with pytest.raises(ProviderError) as caught:
            fleet.offers("H100", spot=True, provider="runpod")
    assert caught.value.status_code == 307 and "HTTP 200" not in str(caught.value)


@pytest.mark.parametrize("provider", [p for p, _, _ in PROVIDERS])
def test_a_body_over_the_cap_is_refused_unread(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import gpupods._http as http

    monkeypatch.setattr(http, "MAX_BODY_BYTES", 1024)  # the real cap is 64 MiB; the logic is the same
    big = json.dumps({"items": ["x" * 100] * 50}).encode()
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        clouds.faults(provider).add(Fault.answer(200, body=big))
        with pytest.raises(ProviderError, match="larger than 1024 bytes") as caught:
            fleet.list(provider)
    assert caught.value.status_code == 200
