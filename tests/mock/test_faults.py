"""Fault injection, in-process and over a real loopback socket."""

from __future__ import annotations

import time

import httpx
import pytest
from gpupods.mock import Fault, LoopbackServer, MockClouds, VirtualClock

AUTH = {"Authorization": "Bearer k"}
PODS = "/v2/pods"


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("runpod",)) as mocks:
        yield mocks


@pytest.fixture
def inproc(clouds):
    return httpx.Client(transport=clouds.transport(), base_url="https://api.runpod.io", headers=AUTH)


@pytest.fixture
def loopback(clouds):
    with LoopbackServer(clouds.runpod) as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        yield client


def test_429_with_retry_after_in_the_provider_shape(clouds, inproc) -> None:
    clouds.faults("runpod").add(Fault.rate_limited(retry_after=7), routes="list_pods", times=1)
    first = inproc.get(PODS)
    assert first.status_code == 429
    assert first.headers["Retry-After"] == "7"
    assert first.headers["Content-Type"] == "application/problem+json"
    assert first.json()["status"] == 429
    assert inproc.get(PODS).status_code == 200  # times=1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors(clouds, inproc, status: int) -> None:
    clouds.faults("runpod").add(Fault.status(status))
    assert inproc.get(PODS).status_code == status


def test_html_error_page(clouds, inproc) -> None:
    clouds.faults("runpod").add(Fault.html(502))
    answer = inproc.get(PODS)
    assert answer.status_code == 502
    assert answer.headers["Content-Type"] == "text/html"
    assert "<html>" in answer.text


def test_truncated_json_after_the_work_is_done(clouds, inproc) -> None:
    clouds.faults("runpod").add(Fault.truncate(), routes="create_pod")
    answer = inproc.post(PODS, json={"name": "t", "image": "i", "gpu": {"id": "NVIDIA L40S"}})
    assert answer.status_code == 201
    with pytest.raises(ValueError):
        answer.json()
    assert len(clouds.runpod.pods) == 1  # the create happened


def test_dropped_connection_in_process_and_over_loopback(clouds, inproc, loopback) -> None:
    clouds.faults("runpod").add(Fault.drop(), routes="list_pods", times=2)
    with pytest.raises(httpx.RemoteProtocolError):
        inproc.get(PODS)
    with pytest.raises(httpx.RemoteProtocolError):
        loopback.get(PODS)
    assert loopback.get(PODS).status_code == 200


def test_latency_in_process_runs_on_the_virtual_clock(clouds, inproc) -> None:
    clouds.faults("runpod").add(Fault.latency(30), routes="list_pods")
    before = clouds.clock.time()
    started = time.monotonic()
    assert inproc.get(PODS, timeout=60).status_code == 200
    assert clouds.clock.time() - before == 30
    assert time.monotonic() - started < 1
    with pytest.raises(httpx.ReadTimeout):
        inproc.get(PODS, timeout=5)


def test_latency_beyond_the_timeout_over_loopback(clouds, loopback) -> None:
    clouds.faults("runpod").add(Fault.latency(0.5), routes="list_pods", times=1)
    with pytest.raises(httpx.ReadTimeout):
        loopback.get(PODS, timeout=0.1)


def test_faults_are_repeatable_with_a_seed() -> None:
    def pattern(seed: int) -> list[int]:
        with MockClouds(clock=VirtualClock(), sshd=False, providers=("runpod",), seed=seed) as mocks:
            mocks.faults("runpod").add(Fault.status(503), probability=0.3)
            client = httpx.Client(transport=mocks.transport(), base_url="https://api.runpod.io", headers=AUTH)
            return [client.get(PODS).status_code for _ in range(40)]

    assert pattern(7) == pattern(7)
    assert pattern(7) != pattern(8)
    assert 503 in pattern(7) and 200 in pattern(7)


def test_quota_is_enforced_on_the_mock_clock_with_ratelimit_headers(clouds, inproc) -> None:
    clouds.runpod.v2.limit_rate(3, window=60)
    answers = [inproc.get(PODS) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert answers[0].headers["RateLimit"] == '"minute";r=2;t=60'
    assert answers[0].headers["RateLimit-Policy"] == '"minute";q=3;w=60'
    assert answers[3].headers["Retry-After"] == "60"
    clouds.clock.advance(60)
    assert inproc.get(PODS).status_code == 200


def test_drift_adds_unknown_fields_and_enum_values(clouds, inproc) -> None:
    clouds.faults("runpod").add(Fault.drift(), routes="list_catalog_gpus")
    gpu = inproc.get("/v2/catalog/gpus", params={"include": "AVAILABILITY", "product": "POD"}).json()["gpus"][0]
    assert gpu["manufacturer"] == "NVIDIA_NEXT"
    assert "x_added_by_provider" in gpu


GQL = "https://api.runpod.io/graphql"
DEPLOY = {
    "query": 'mutation { podFindAndDeployOnDemand(input: {gpuTypeId: "NVIDIA L40S", name: "g", imageName: "i"}) { id } }'
}


def test_graphql_faults_are_routed_by_root_field_and_shaped_as_graphql(clouds, inproc) -> None:
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


def test_graphql_refuses_unknown_keys_and_meets_the_shared_quota() -> None:
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
