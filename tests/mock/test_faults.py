"""Fault injection, in-process and over a real loopback socket, on every registered provider's
mock (each through its offers route: a GET that needs no argument and answers the seeded
catalog); RunPod's GraphQL faults at the end."""

from __future__ import annotations

import time

import httpx
import pytest
from gpupods.mock import Fault, LoopbackServer, MockClouds, VirtualClock
from gpupods.mock._faults import drift
from gpupods.registry import REGISTRY

from tests.providers import PROVIDERS, demo_spec, offers_operation, routes

AUTH = {"Authorization": "Bearer k"}


def _offers_path(provider: str) -> str:
    """The path of the provider's offers route below its base URL, read from its spec."""
    _, found = offers_operation(provider)
    assert found.method == "GET"
    return str(found.path)


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clouds(provider: str):
    with MockClouds(clock=VirtualClock(), sshd=False, providers=(provider,)) as mocks:
        yield mocks


@pytest.fixture
def offers(provider: str) -> str:
    return _offers_path(provider)


@pytest.fixture
def inproc(clouds, provider: str):
    return httpx.Client(transport=clouds.transport(), base_url=REGISTRY[provider].base_url, headers=AUTH)


@pytest.fixture
def loopback(clouds, provider: str):
    cloud = clouds.cloud(provider)
    with LoopbackServer(cloud) as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        yield client


def _route(provider: str) -> tuple[str, ...]:
    return routes(provider, "offers")


def test_429_with_retry_after_in_the_provider_shape(clouds, inproc, provider, offers) -> None:
    clouds.faults(provider).add(Fault.rate_limited(retry_after=7), routes=_route(provider), times=1)
    first = inproc.get(offers)
    assert first.status_code == 429
    assert first.headers["Retry-After"] == "7"
    assert isinstance(first.json(), dict)  # the provider's JSON error body
    assert inproc.get(offers).status_code == 200  # times=1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors(clouds, inproc, provider, offers, status: int) -> None:
    clouds.faults(provider).add(Fault.status(status))
    assert inproc.get(offers).status_code == status


def test_html_error_page(clouds, inproc, provider, offers) -> None:
    clouds.faults(provider).add(Fault.html(502))
    answer = inproc.get(offers)
    assert answer.status_code == 502
    assert answer.headers["Content-Type"] == "text/html"
    assert "<html>" in answer.text


def test_truncated_json_after_the_work_is_done(clouds, provider) -> None:
    """Every create's answer is cut, after the pod exists: the fleet, unable to read the answer,
    finds the pod by its token (were the cut made before the work, there would be none)."""
    from gpupods import Fleet

    cloud = clouds.cloud(provider)
    cloud.faults.add(Fault.truncate(), routes=routes(provider, "create"))
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        pod = fleet.create(demo_spec(provider, "t"), provider=provider)
    assert cloud.faults.injected == {"truncate": 1}  # one create sent, its answer cut
    assert [p.id for p in cloud.live_pods()] == [pod.id]  # the create happened, once


def test_dropped_connection_in_process_and_over_loopback(clouds, inproc, loopback, provider, offers) -> None:
    clouds.faults(provider).add(Fault.drop(), routes=_route(provider), times=2)
    with pytest.raises(httpx.RemoteProtocolError):
        inproc.get(offers)
    with pytest.raises(httpx.RemoteProtocolError):
        loopback.get(offers)
    assert loopback.get(offers).status_code == 200


def test_latency_in_process_runs_on_the_virtual_clock(clouds, inproc, provider, offers) -> None:
    clouds.faults(provider).add(Fault.latency(30), routes=_route(provider))
    before = clouds.clock.time()
    started = time.monotonic()
    assert inproc.get(offers, timeout=60).status_code == 200
    assert clouds.clock.time() - before == 30
    assert time.monotonic() - started < 1
    with pytest.raises(httpx.ReadTimeout):
        inproc.get(offers, timeout=5)


def test_latency_beyond_the_timeout_over_loopback(clouds, loopback, provider, offers) -> None:
    clouds.faults(provider).add(Fault.latency(0.5), routes=_route(provider), times=1)
    with pytest.raises(httpx.ReadTimeout):
        loopback.get(offers, timeout=0.1)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_faults_are_repeatable_with_a_seed(provider: str) -> None:
    offers = _offers_path(provider)

    def pattern(seed: int) -> list[int]:
        with MockClouds(clock=VirtualClock(), sshd=False, providers=(provider,), seed=seed) as mocks:
            mocks.faults(provider).add(Fault.status(503), probability=0.3)
            client = httpx.Client(transport=mocks.transport(), base_url=REGISTRY[provider].base_url, headers=AUTH)
            return [client.get(offers).status_code for _ in range(40)]

    assert pattern(7) == pattern(7)
    assert pattern(7) != pattern(8)
    assert 503 in pattern(7) and 200 in pattern(7)


def test_quota_is_enforced_on_the_mock_clock(clouds, inproc, provider, offers) -> None:
    clouds.cloud(provider).limit_rate(3, window=60)
    answers = [inproc.get(offers) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[3].headers["Retry-After"] == "60"
    clouds.clock.advance(60)
    assert inproc.get(offers).status_code == 200


def test_drift_adds_unknown_fields_and_enum_values(clouds, inproc, provider, offers) -> None:
    clean = inproc.get(offers).json()
    clouds.faults(provider).add(Fault.drift(), routes=_route(provider))
    drifted = inproc.get(offers).json()
    assert drifted != clean and drifted == drift(clean)
    assert drifted["x_added_by_provider"]


# --- RunPod's own: its problem+json errors, its GraphQL API ------------------------------------------


@pytest.fixture
def runpod():
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("runpod",)) as mocks:
        yield mocks


def test_runpod_429_is_problem_json_with_the_status(runpod) -> None:
    runpod.faults("runpod").add(Fault.rate_limited(retry_after=7), routes="list_pods", times=1)
    first = httpx.Client(transport=runpod.transport(), headers=AUTH).get("https://api.runpod.io/v2/pods")
    assert first.headers["Content-Type"] == "application/problem+json"
    assert first.json()["status"] == 429


def test_runpod_quota_answers_carry_ratelimit_headers(runpod) -> None:
    runpod.runpod.v2.limit_rate(3, window=60)
    inproc = httpx.Client(transport=runpod.transport(), base_url="https://api.runpod.io", headers=AUTH)
    answers = [inproc.get("/v2/pods") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[0].headers["RateLimit"] == '"minute";r=2;t=60'
    assert answers[0].headers["RateLimit-Policy"] == '"minute";q=3;w=60'


def test_runpod_drifted_catalog_shows_an_unknown_manufacturer(runpod) -> None:
    runpod.faults("runpod").add(Fault.drift(), routes="list_catalog_gpus")
    inproc = httpx.Client(transport=runpod.transport(), base_url="https://api.runpod.io", headers=AUTH)
    gpu = inproc.get("/v2/catalog/gpus", params={"include": "AVAILABILITY", "product": "POD"}).json()["gpus"][0]
    assert gpu["manufacturer"] == "NVIDIA_NEXT"
    assert "x_added_by_provider" in gpu


GQL = "https://api.runpod.io/graphql"
DEPLOY = {
    "query": 'mutation { podFindAndDeployOnDemand(input: {gpuTypeId: "NVIDIA L40S", name: "g", imageName: "i"}) { id } }'
}


def test_runpod_graphql_faults_are_routed_by_root_field_and_shaped_as_graphql(runpod) -> None:
    clouds = runpod
    inproc = httpx.Client(transport=clouds.transport(), headers=AUTH)
    clouds.faults("runpod").add(Fault.status(503, retry_after=2), routes="podFindAndDeployOnDemand", times=1)
    listed = inproc.post(GQL, json={"query": "{ myself { pods { id } } }"})
    assert listed.status_code == 200  # another root field: no fault
    refused = inproc.post(GQL, json=DEPLOY)
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "2"
    assert refused.json()["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert clouds.runpod.live_pods() == []  # refused before the work
    clouds.faults("runpod").add(Fault.truncate(), routes="podFindAndDeployOnDemand", times=1)
    cut = inproc.post(GQL, json=DEPLOY)
    assert cut.status_code == 200 and len(clouds.runpod.live_pods()) == 1  # after the work
    with pytest.raises(ValueError):
        cut.json()
    assert clouds.runpod.graphql.served["podFindAndDeployOnDemand"] == 1


def test_runpod_graphql_refuses_unknown_keys_and_meets_the_shared_quota() -> None:
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("runpod",), api_keys=["good"]) as mocks:
        client = httpx.Client(transport=mocks.transport())
        wrong = client.post(GQL, json=DEPLOY, headers={"Authorization": "Bearer other"})
        assert wrong.status_code == 401 and wrong.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        mocks.runpod.limit_rate(1, window=60)
        ok = {"Authorization": "Bearer good"}
        assert client.get("https://api.runpod.io/v2/pods", headers=ok).status_code == 200
        limited = client.post(GQL, json={"query": "{ myself { id } }"}, headers=ok)
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
        assert limited.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
