"""The error hierarchy, retries, Retry-After and timeouts, through the real HTTP stack with
faults injected into the mock clouds."""

from __future__ import annotations

import json

import httpx
import pytest
from gpupods import Fleet, PodSpec, call_options
from gpupods._flow import run_sync
from gpupods.errors import (
    APIConnectionError,
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

from .conftest import FAST

SPEC = PodSpec(name="err", image="img", gpu="L40S")


@pytest.fixture
def fleet(clouds):
    with Fleet.from_env(**clouds.fleet_options()) as f:
        yield f


@pytest.mark.parametrize("provider", ["runpod", "primeintellect", "novita"])
def test_wrong_key_is_an_authentication_error(provider: str) -> None:
    with MockClouds(clock=VirtualClock(), api_keys=["the-right-key"], sshd=False) as clouds:
        options = clouds.fleet_options()
        options["api_keys"] = {provider: "the-wrong-key"}
        with Fleet.from_env(**options) as fleet, pytest.raises(AuthenticationError) as caught:
            fleet.list(provider)
    assert caught.value.status_code == 401
    assert caught.value.provider == provider and caught.value.provider_title == fleet.backend(provider).title
    assert "the-wrong-key" not in str(caught.value)


@pytest.mark.parametrize("provider", ["runpod", "primeintellect", "novita"])
def test_unknown_pod_is_not_found(fleet, provider: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        fleet.get("no-such-pod", provider=provider)
    assert caught.value.status_code == 404
    if provider == "runpod":
        assert caught.value.request_id and caught.value.request_id.startswith("req_runpod_v2_")


def test_action_the_status_does_not_allow_is_a_conflict(clouds, fleet) -> None:
    pod = fleet.wait(fleet.create(SPEC, provider="runpod"), reachable=False)
    with pytest.raises(ConflictError, match="cannot start a pod that is RUNNING") as caught:
        fleet.start(pod)
    assert caught.value.status_code == 409


def test_contract_violation_keeps_the_field_details(fleet) -> None:
    bad = PodSpec(name="err", image="img", gpu="L40S", extras={"runpod": {"bogusField": 1}})
    with pytest.raises(CreateFailed, match="rejected the pod spec") as caught:
        fleet.create(bad, provider="runpod")
    error = caught.value.attempts[0][1]
    assert isinstance(error, ValidationError) and error.status_code == 422
    assert any("bogusField" in f.message or "bogusField" in f.field for f in error.fields)


def test_429_is_retried_after_retry_after(clouds, fleet) -> None:
    clouds.faults("runpod").add(Fault.rate_limited(retry_after=3), routes="list_pods", times=2)
    before = clouds.clock.time()
    assert fleet.list("runpod") == []
    assert clouds.clock.time() - before >= 6
    assert fleet.backend("runpod").transport.retries == 2


def test_429_beyond_the_retry_budget_is_surfaced_with_retry_after(clouds, fleet) -> None:
    clouds.faults("runpod").add(Fault.rate_limited(retry_after=2), routes="list_pods")
    with pytest.raises(RateLimitedError) as caught:
        fleet.list("runpod")
    assert caught.value.retry_after == 2 and caught.value.status_code == 429
    assert clouds.runpod.v2.requests == 3  # the first try and two retries


def test_retry_after_above_the_cap_is_not_waited_for(clouds, fleet) -> None:
    clouds.faults("runpod").add(Fault.rate_limited(retry_after=3600), routes="list_pods")
    before = clouds.clock.time()
    with pytest.raises(RateLimitedError):
        fleet.list("runpod")
    assert clouds.clock.time() - before < 120


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_idempotent_reads_are_retried_on_5xx(clouds, fleet, status: int) -> None:
    clouds.faults("novita").add(Fault.status(status), routes="list_gpu_instances", times=2)
    assert fleet.list("novita") == []


def test_a_create_is_never_retried_by_the_transport(clouds, fleet) -> None:
    clouds.faults("runpod").add(Fault.status(503), routes="create_pod", times=1)
    backend = fleet.backend("runpod")
    with pytest.raises(ProviderError) as caught:
        backend.http().post("/v2/pods", json={"name": "x", "image": "i", "gpu": {"id": "NVIDIA L40S"}})
    assert caught.value.status_code == 503
    assert clouds.runpod.v2.faults.injected == {"status": 1}
    assert backend.transport.retries == 0


def test_per_call_override_of_the_retry_count(clouds, fleet) -> None:
    clouds.faults("runpod").add(Fault.status(503), routes="list_pods", times=1)
    with call_options(max_retries=0), pytest.raises(ProviderError):
        fleet.list("runpod")
    assert fleet.list("runpod") == []


def test_html_error_page_is_a_provider_error_with_a_snippet(clouds, fleet) -> None:
    clouds.faults("primeintellect").add(Fault.html(502), routes="list_pods")
    with pytest.raises(ProviderError) as caught:
        fleet.list("primeintellect")
    assert caught.value.status_code == 502
    assert "HTML page" in caught.value.message and "502 Bad Gateway" in caught.value.message


def test_truncated_body_is_a_provider_error_carrying_the_status(clouds, fleet) -> None:
    clouds.faults("runpod").add(Fault.truncate(), routes="list_catalog_gpus")
    with pytest.raises(ProviderError) as caught:
        fleet.offers("H100", provider="runpod")
    assert caught.value.status_code == 200
    assert "not what the API describes" in caught.value.message


def test_dropped_connection_is_retried_for_reads_and_typed_for_creates(clouds, fleet) -> None:
    clouds.faults("runpod").add(Fault.drop(), routes="list_pods", times=1)
    assert fleet.list("runpod") == []
    clouds.faults("runpod").add(Fault.drop(after_accept=True), routes="create_pod", times=1)
    backend = fleet.backend("runpod")
    with pytest.raises(APIConnectionError):
        backend.http().post("/v2/pods", json={"name": "x", "image": "i", "gpu": {"id": "NVIDIA L40S"}})


def test_timeouts_over_a_real_socket() -> None:
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, sshd=False, providers=("runpod",)) as clouds:
        clouds.faults("runpod").add(Fault.latency(1.0), routes="list_pods")
        with clouds.serve() as urls:
            options = clouds.fleet_options(urls)
            with (
                Fleet.from_env(timeout=0.2, **options) as fleet,
                call_options(max_retries=1),
                pytest.raises(APITimeoutError, match="no answer in time"),
            ):
                fleet.list("runpod")
            assert fleet.backend("runpod").transport.retries == 1


def test_graphql_errors_join_the_same_hierarchy(clouds, fleet) -> None:
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


def test_unsupported_operation_names_provider_and_operation(fleet) -> None:
    from gpupods.errors import UnsupportedOperation

    backend = fleet.backend("primeintellect")
    with pytest.raises(UnsupportedOperation, match="Prime Intellect does not support restart"):
        run_sync(backend.restart("x"), backend.session())
    assert fleet.capabilities("primeintellect").start_stop is False


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


def test_a_graphql_error_says_graphql_and_its_code_not_an_http_status() -> None:
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
