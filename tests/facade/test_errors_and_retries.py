"""The error hierarchy, retries, Retry-After and timeouts, through the real HTTP stack with
faults injected into the mock clouds."""

from __future__ import annotations

import json

import httpx
import pytest
from gpupods import Fleet, PodSpec, call_options
from gpupods._flow import run_sync
from gpupods.errors import (
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    CreateFailed,
    NotFoundError,
    ProviderError,
    RateLimitedError,
    ValidationError,
)
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.registry import REGISTRY

from tests.providers import PROVIDERS, demo_spec, providers_where, routes

from .conftest import FAST


@pytest.fixture
def fleet(clouds):
    with Fleet.from_env(**clouds.fleet_options()) as f:
        yield f


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wrong_key_is_an_authentication_error(provider: str) -> None:
    with MockClouds(clock=VirtualClock(), api_keys=["the-right-key"], sshd=False) as clouds:
        options = clouds.fleet_options()
        options["api_keys"] = {provider: "the-wrong-key"}
        with Fleet.from_env(**options) as fleet, pytest.raises(AuthenticationError) as caught:
            fleet.list(provider)
    assert caught.value.status_code == 401
    assert caught.value.provider == provider and caught.value.provider_title == fleet.backend(provider).title
    assert "the-wrong-key" not in str(caught.value)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unknown_pod_is_not_found(fleet, provider: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        fleet.get("no-such-pod", provider=provider)
    assert caught.value.status_code == 404 and caught.value.provider == provider


@pytest.mark.parametrize("provider", providers_where(lambda c: c.start_stop))
def test_action_the_status_does_not_allow_is_refused_with_a_typed_error(clouds, fleet, provider: str) -> None:
    pod = fleet.wait(fleet.create(demo_spec(provider, "err"), provider=provider), reachable=False)
    with pytest.raises((ConflictError, ValidationError)) as caught:
        fleet.start(pod)
    # 409 where the provider says conflict, 400 where it says bad request: typed either way
    expected = ConflictError if caught.value.status_code == 409 else ValidationError
    assert type(caught.value) is expected and caught.value.status_code in (400, 409)
    assert "running" in caught.value.message.lower()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_429_is_retried_after_retry_after(clouds, fleet, provider: str) -> None:
    clouds.faults(provider).add(Fault.rate_limited(retry_after=3), routes=routes(provider, "list"), times=2)
    before = clouds.clock.time()
    assert fleet.list(provider) == []
    assert clouds.clock.time() - before >= 6
    assert fleet.backend(provider).transport.retries == 2


@pytest.mark.parametrize("provider", PROVIDERS)
def test_429_beyond_the_retry_budget_is_surfaced_with_retry_after(clouds, fleet, provider: str) -> None:
    clouds.faults(provider).add(Fault.rate_limited(retry_after=2), routes=routes(provider, "list"))
    before = clouds.cloud(provider).requests
    with pytest.raises(RateLimitedError) as caught:
        fleet.list(provider)
    assert caught.value.retry_after == 2 and caught.value.status_code == 429
    assert clouds.cloud(provider).requests - before == 3  # the first try and two retries


@pytest.mark.parametrize("provider", PROVIDERS)
def test_retry_after_above_the_cap_is_not_waited_for(clouds, fleet, provider: str) -> None:
    clouds.faults(provider).add(Fault.rate_limited(retry_after=3600), routes=routes(provider, "list"))
    before = clouds.clock.time()
    with pytest.raises(RateLimitedError):
        fleet.list(provider)
    assert clouds.clock.time() - before < 120


@pytest.mark.parametrize("provider", PROVIDERS)
def test_idempotent_reads_are_retried_on_5xx(clouds, fleet, provider: str) -> None:
    for status in (500, 502, 503, 504):
        clouds.faults(provider).add(Fault.status(status), routes=routes(provider, "list"), times=2)
        assert fleet.list(provider) == []
    assert fleet.backend(provider).transport.retries == 8


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_create_is_never_retried_by_the_transport(clouds, fleet, provider: str) -> None:
    """The 503 reaches the create protocol, which searches for the pod before sending again."""
    cloud = clouds.cloud(provider)
    cloud.faults.add(Fault.status(503), routes=routes(provider, "create"), times=1)
    pod = fleet.create(demo_spec(provider, "once"), provider=provider)
    assert cloud.faults.injected == {"status": 1}
    assert fleet.backend(provider).transport.retries == 0
    assert [p.id for p in cloud.live_pods()] == [pod.id]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_per_call_override_of_the_retry_count(clouds, fleet, provider: str) -> None:
    clouds.faults(provider).add(Fault.status(503), routes=routes(provider, "list"), times=1)
    with call_options(max_retries=0), pytest.raises(ProviderError):
        fleet.list(provider)
    assert fleet.list(provider) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_html_error_page_is_a_provider_error_with_a_snippet(clouds, fleet, provider: str) -> None:
    clouds.faults(provider).add(Fault.html(502), routes=routes(provider, "list"))
    with pytest.raises(ProviderError) as caught:
        fleet.list(provider)
    assert caught.value.status_code == 502
    assert "HTML page" in caught.value.message and "502 Bad Gateway" in caught.value.message


@pytest.mark.parametrize("provider", PROVIDERS)
def test_truncated_body_is_a_provider_error_carrying_the_status(clouds, fleet, provider: str) -> None:
    clouds.faults(provider).add(Fault.truncate(), routes=routes(provider, "offers"))
    with pytest.raises(ProviderError) as caught:
        fleet.offers(REGISTRY[provider].demo.gpu, provider=provider)
    assert caught.value.status_code == 200
    assert "not what the API describes" in caught.value.message


@pytest.mark.parametrize("provider", PROVIDERS)
def test_dropped_connection_is_retried_for_reads_and_never_resent_for_creates(clouds, fleet, provider: str) -> None:
    cloud = clouds.cloud(provider)
    cloud.faults.add(Fault.drop(), routes=routes(provider, "list"), times=1)
    assert fleet.list(provider) == []
    assert fleet.backend(provider).transport.retries == 1
    cloud.faults.add(Fault.drop(after_accept=True), routes=routes(provider, "create"), times=1)
    pod = fleet.create(demo_spec(provider, "dropped"), provider=provider)  # found by its token
    assert fleet.backend(provider).transport.retries == 1
    assert [p.id for p in cloud.live_pods()] == [pod.id]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_timeouts_over_a_real_socket(provider: str) -> None:
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, sshd=False, providers=(provider,)) as clouds:
        clouds.faults(provider).add(Fault.latency(1.0), routes=routes(provider, "list"))
        with clouds.serve() as urls:
            options = clouds.fleet_options(urls)
            with (
                Fleet.from_env(timeout=0.2, **options) as fleet,
                call_options(max_retries=1),
                pytest.raises(APITimeoutError, match="no answer in time"),
            ):
                fleet.list(provider)
            assert fleet.backend(provider).transport.retries == 1


@pytest.mark.parametrize("provider", providers_where(lambda c: not c.restart))
def test_unsupported_operation_names_provider_and_operation(fleet, provider: str) -> None:
    from gpupods.errors import UnsupportedOperation

    backend = fleet.backend(provider)
    with pytest.raises(UnsupportedOperation, match=f"{backend.title} does not support restart"):
        run_sync(backend.restart("x"), backend.session())


# --- RunPod's own: its request ids, its closed pod schema, its GraphQL API ------------------------------


def test_runpod_not_found_carries_the_v2_request_id(fleet) -> None:
    with pytest.raises(NotFoundError) as caught:
        fleet.get("no-such-pod", provider="runpod")
    assert caught.value.request_id and caught.value.request_id.startswith("req_runpod_v2_")


def test_runpod_contract_violation_keeps_the_field_details(fleet) -> None:
    bad = PodSpec(name="err", image="img", gpu="L40S", extras={"runpod": {"bogusField": 1}})
    with pytest.raises(CreateFailed, match="rejected the pod spec") as caught:
        fleet.create(bad, provider="runpod")
    error = caught.value.attempts[0][1]
    assert isinstance(error, ValidationError) and error.status_code == 422
    assert any("bogusField" in f.message or "bogusField" in f.field for f in error.fields)


def test_runpod_graphql_errors_join_the_same_hierarchy(clouds, fleet) -> None:
    offer = next(o for o in fleet.offers("A6000", spot=True, provider="runpod"))
    too_low = PodSpec(name="spot", image="i", gpu="A6000", spot=True, max_price=0.01)
    with pytest.raises(CreateFailed) as caught:
        fleet.create(too_low, offer)
    error = caught.value.attempts[0][1]
    assert isinstance(error, ValidationError) and "below" in error.message
    backend = fleet.backend("runpod")
    http = httpx.Client(transport=backend._resilient(), base_url=backend.config.base_url)
    with pytest.raises(AuthenticationError):
        http.post("/graphql", json={"query": "{ myself { id } }"})


# --- each provider reads its own error body ----------------------------------------------------------

ERROR_BODIES = [
    (
        "runpod",
        {
            "title": "Unprocessable Entity",
            "status": 422,
            "detail": "the pod is invalid",
            "errors": ["gpu.count: must be at least 1", "image is required"],
        },
        "the pod is invalid",
        [("gpu.count", "must be at least 1"), ("request", "image is required")],
    ),
    (
        "primeintellect",
        {"detail": [{"loc": ["body", "pod", "gpuCount"], "msg": "must be positive"}]},
        "pod.gpuCount: must be positive",
        [("pod.gpuCount", "must be positive")],
    ),
    (
        "primeintellect",
        {"errors": [{"param": "pod.image", "details": "unknown image"}]},
        "pod.image: unknown image",
        [("pod.image", "unknown image")],
    ),
    ("primeintellect", {"detail": "Pod not found"}, "Pod not found", []),
    (
        "novita",
        {"message": "invalid product", "details": {"productId": "no such product"}},
        "invalid product",
        [("productId", "no such product")],
    ),
    ("novita", {"reason": "backend timeout"}, "backend timeout", []),
]


@pytest.mark.parametrize(("provider", "body", "message", "fields"), ERROR_BODIES)
def test_each_provider_reads_its_own_error_body(
    provider: str, body: dict[str, object], message: str, fields: list[tuple[str, str]]
) -> None:
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        clouds.faults(provider).add(Fault.answer(422, body=json.dumps(body).encode()), times=1)
        with pytest.raises(ValidationError) as caught:
            fleet.list(provider)
    assert caught.value.message == message
    assert [(f.field, f.message) for f in caught.value.fields] == fields


def test_runpod_graphql_error_says_graphql_and_its_code_not_an_http_status() -> None:
    answer = {
        "data": None,
        "errors": [
            {
                "message": "There are no longer any instances available",
                "extensions": {"code": "SUPPLY_CONSTRAINT"},
                "path": ["podRentInterruptable"],
            }
        ],
    }
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer = fleet.offers("H100", spot=True, provider="runpod")[0]
        clouds.faults("runpod").add(Fault.answer(200, body=json.dumps(answer).encode()), routes="podRentInterruptable")
        with pytest.raises(CreateFailed) as caught:
            fleet.create(PodSpec(name="spot", image="img", gpu="H100", spot=True), offer)
    (_, error), *_ = caught.value.attempts
    assert error.graphql and error.code == "SUPPLY_CONSTRAINT" and error.provider == "runpod"
    assert "GraphQL error SUPPLY_CONSTRAINT" in str(error) and "HTTP 200" not in str(error)
