"""The RunPod mock as RunPod's APIs are in December 2026: cursor pages, the 413 on oversized
pod creates, the spend-rate cap, secrets, builds, limits and balance, the command fields, and
REST v1 retired (410 Gone) with a switch back; GraphQL's retirement can be acted out.

Requests go through the generated clients (or raw httpx where the point is the wire) to the
in-process mock."""

from __future__ import annotations

import json

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock
from gpupods_clients import runpod_v2
from gpupods_clients.runpod_v2.api.account import (
    create_account_secret,
    delete_account_secret,
    get_account_limits,
    get_account_secret,
    list_account_secrets,
    update_account_secret,
)
from gpupods_clients.runpod_v2.api.billing import get_billing_balance
from gpupods_clients.runpod_v2.api.endpoint import get_endpoint_build, list_endpoint_builds, list_endpoints
from gpupods_clients.runpod_v2.api.pod import create_pod, list_pods, run_pod_action
from gpupods_clients.runpod_v2.models import (
    CreatePodRequest,
    CreateSecretRequest,
    ErrorResponse,
    PodActionRequest,
    UpdateSecretRequest,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

GPU = "NVIDIA GeForce RTX 4090"
V2 = "https://api.runpod.io"
ENDPOINT = {
    "name": "ep",
    "type": "QUEUE",
    "image": "img",
    "scaling": {"type": "QUEUE_DELAY", "queueDelay": 2},
    "gpu": {"pools": ["ADA_24"]},
    "workers": {"min": 0, "max": 2},
}


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False, providers=["runpod"]) as mocks:
        yield mocks


@pytest.fixture(scope="module")
def shared():
    """One cloud for the generated examples (building a cloud costs more than an example);
    each example starts from an account without pods."""
    with MockClouds(clock=VirtualClock(), sshd=False, providers=["runpod"]) as mocks:
        yield mocks


def _empty(clouds: MockClouds) -> MockClouds:
    for pod in list(clouds.runpod.pods.values()):
        clouds.runpod.terminate(pod)
    return clouds


def _client(clouds: MockClouds) -> runpod_v2.AuthenticatedClient:
    return runpod_v2.AuthenticatedClient(base_url=V2, token="k", httpx_args={"transport": clouds.transport()})


def _seed_pods(clouds: MockClouds, count: int, *, cluster_every: int = 0) -> list[str]:
    cloud = clouds.runpod
    cloud.set_spend_limit(float("inf"))
    cloud.set_stock(GPU, 10**7)
    ids = []
    for i in range(count):
        pod = cloud.new_pod(
            name=f"p{i}",
            image="img",
            gpu_id=GPU,
            gpu_count=1,
            cloud="SECURE",
            env={},
            ports=[],
            disk=10,
            volume_gb=0,
            volume_path="/w",
            args="",
            template_id=None,
        )
        if cluster_every and i % cluster_every == 0:
            pod.cluster_id = "clusterx"
        ids.append(pod.id)
        clouds.clock.advance(1)
    return ids


def _walk(client: runpod_v2.AuthenticatedClient, limit: int, **query: object) -> tuple[list[list[str]], list[str]]:
    pages: list[list[str]] = []
    cursor = None
    while True:
        kwargs = {"limit": limit, **query} | ({"cursor": cursor} if cursor else {})
        page = list_pods.sync(client=client, **kwargs)
        assert not isinstance(page, ErrorResponse), page
        pages.append([p.id for p in page.pods])
        if not page.pagination.has_next_page:
            assert page.pagination.next_cursor is None
            return pages, [i for ids in pages for i in ids]
        cursor = page.pagination.next_cursor
        assert cursor


# --- cursor pages ---------------------------------------------------------------------------


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(0, 40), limit=st.integers(1, 15), cluster_every=st.sampled_from([0, 2, 3]))
def test_walking_the_cursors_lists_every_pod_once_newest_first(
    shared: MockClouds, count: int, limit: int, cluster_every: int
) -> None:
    clouds = _empty(shared)
    ids = _seed_pods(clouds, count, cluster_every=cluster_every)
    client = _client(clouds)
    members = {i for n, i in enumerate(ids) if cluster_every and n % cluster_every == 0}
    pages, seen = _walk(client, limit)
    assert seen == [i for i in reversed(ids) if i not in members]  # newest first, members left out
    assert all(len(page) <= limit for page in pages)
    assert len(pages) == max(1, -(-count // limit))  # the cut comes before the filter
    _, everything = _walk(client, limit, include_cluster_pods=True)
    assert everything == list(reversed(ids))


def test_pods_made_or_removed_between_pages_neither_repeat_nor_shift_the_pages(clouds) -> None:
    ids = _seed_pods(clouds, 30)
    client = _client(clouds)
    first = list_pods.sync(client=client, limit=10)
    assert [p.id for p in first.pods] == list(reversed(ids))[:10]
    _seed_pods(clouds, 5)  # newer than every pod listed: they belong before the cursor
    clouds.runpod.terminate(clouds.runpod.pods[ids[15]])
    second = list_pods.sync(client=client, limit=10, cursor=first.pagination.next_cursor)
    assert [p.id for p in second.pods] == [i for i in reversed(ids) if i != ids[15]][10:20]


@pytest.mark.parametrize(
    "cursor_from",
    ["garbage", "endpoints", "other-params"],
)
def test_a_cursor_from_elsewhere_is_a_422_problem(clouds, cursor_from: str) -> None:
    _seed_pods(clouds, 5)
    client = _client(clouds)
    for i in range(3):
        made = client.get_httpx_client().post("/v2/serverless", json=ENDPOINT | {"name": f"ep{i}"})
        assert made.status_code == 201, made.text
    if cursor_from == "garbage":
        cursor = "not-a-cursor"
    elif cursor_from == "endpoints":
        raw = client.get_httpx_client().get("/v2/serverless", params={"limit": 1}).json()
        cursor = raw["pagination"]["nextCursor"]
    else:
        cursor = list_pods.sync(client=client, limit=1, include_cluster_pods=True).pagination.next_cursor
    response = client.get_httpx_client().get("/v2/pods", params={"cursor": cursor, "limit": 2})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 422 and "cursor" in " ".join(response.json()["errors"])


def test_endpoint_release_and_build_lists_page_too(clouds) -> None:
    client = _client(clouds)
    http = client.get_httpx_client()
    created = http.post("/v2/serverless", json=ENDPOINT)
    assert created.status_code == 201, created.text
    endpoint = created.json()["id"]
    for n in range(4):
        clouds.clock.advance(10)
        assert http.patch(f"/v2/serverless/{endpoint}", json={"workers": {"max": 3 + n}}).status_code == 200
    builds = [clouds.runpod.add_build(endpoint, status) for status in ("COMPLETED", "FAILED", "BUILDING")]
    releases, cursor = [], None
    while True:
        page = http.get(
            f"/v2/serverless/{endpoint}/releases", params={"limit": 2, **({"cursor": cursor} if cursor else {})}
        )
        body = page.json()
        assert body["rollout"]["workersTotal"] == 0  # the rollout is the current state on every page
        releases += [r["version"] for r in body["releases"]]
        if not body["pagination"]["hasNextPage"]:
            break
        cursor = body["pagination"]["nextCursor"]
    assert releases == [5, 4, 3, 2, 1]
    first = list_endpoint_builds.sync(client=client, id=endpoint, limit=2)
    rest = list_endpoint_builds.sync(client=client, id=endpoint, limit=2, cursor=first.pagination.next_cursor)
    assert [b.id for b in first.builds + rest.builds] == [b.id for b in reversed(builds)]
    assert str(rest.builds[0].status) == "COMPLETED" and first.builds[1].error is None
    got = get_endpoint_build.sync(client=client, id=endpoint, build_id=builds[1].id)
    assert str(got.status) == "FAILED" and got.id == builds[1].id
    assert get_endpoint_build.sync_detailed(client=client, id=endpoint, build_id="build_none").status_code == 404
    too_many = http.get(f"/v2/serverless/{endpoint}/builds", params={"limit": 101})
    assert too_many.status_code == 422  # builds take 1-100
    assert len(list_endpoints.sync(client=client).endpoints) == 1


# --- 413 -------------------------------------------------------------------------------------


def _pod_body(env_bytes: int) -> dict[str, object]:
    return {"name": "big", "image": "img", "gpu": {"id": GPU}, "env": {"BLOB": "x" * env_bytes}}


@pytest.mark.parametrize("auth", [True, False])
def test_an_oversized_pod_create_is_a_413_problem_before_the_key_is_checked(clouds, auth: bool) -> None:
    http = httpx.Client(
        transport=clouds.transport(), base_url=V2, headers={"Authorization": "Bearer k"} if auth else {}
    )
    body = json.dumps(_pod_body(102_400)).encode()
    response = http.post("/v2/pods", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 413 and problem["title"] and "102400" in problem["detail"]
    assert not clouds.runpod.pods


def test_the_limit_is_the_body_size_and_also_covers_the_expanded_template(clouds) -> None:
    client = _client(clouds)
    http = client.get_httpx_client()
    overhead = len(json.dumps(_pod_body(0), separators=(",", ":")).encode())
    just_fits = json.dumps(_pod_body(102_400 - overhead), separators=(",", ":")).encode()
    assert len(just_fits) == 102_400
    assert http.post("/v2/pods", content=just_fits, headers={"Content-Type": "application/json"}).status_code == 201
    template = http.post("/v2/templates", json={"name": "fat", "image": "img", "env": {"A": "y" * 90_000}}).json()
    small = {"name": "t", "templateId": template["id"], "gpu": {"id": GPU}, "env": {"B": "z" * 20_000}}
    refused = http.post("/v2/pods", json=small)
    assert refused.status_code == 413 and "template" in refused.json()["detail"]
    small["env"] = {"B": "z"}
    assert http.post("/v2/pods", json=small).status_code == 201


# --- the spend-rate cap ------------------------------------------------------------------------


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    limit=st.floats(0, 20, allow_nan=False),
    moves=st.lists(st.tuples(st.sampled_from(["create", "stop", "start"]), st.integers(0, 9)), max_size=25),
)
def test_what_runs_never_costs_more_than_the_spend_cap(
    shared: MockClouds, limit: float, moves: list[tuple[str, int]]
) -> None:
    clouds = _empty(shared)
    cloud = clouds.runpod
    cloud.set_stock(GPU, 1000)
    cloud.set_spend_limit(limit)
    client = _client(clouds)
    price = cloud.catalog[GPU].price("SECURE")
    for move, index in moves:
        running = cloud.running_rate()
        if move == "create":
            body = CreatePodRequest.from_dict({"name": "m", "image": "img", "gpu": {"id": GPU}})
            response = create_pod.sync_detailed(client=client, body=body)
            fits = running + price <= limit + 1e-9
        else:
            pods = list(cloud.pods.values())
            if not pods:
                continue
            pod = pods[index % len(pods)]
            if (move == "stop") != (cloud.status(pod) != "EXITED"):
                continue
            body = PodActionRequest.from_dict({"action": move})
            response = run_pod_action.sync_detailed(client=client, id=pod.id, body=body)
            fits = move == "stop" or running + pod.cost <= limit + 1e-9
        if fits:
            assert response.status_code in (200, 201), response.content
        else:
            assert response.status_code == 400 and b"spend rate limit" in response.content
        assert cloud.running_rate() <= limit + 1e-9
    limits = get_account_limits.sync(client=client)
    assert limits.spend_rate.to_dict() == {"limit": limit, "current": cloud.running_rate()}


def test_the_spend_cap_holds_for_every_api_and_for_warm_workers(clouds) -> None:
    cloud = clouds.runpod
    cloud.set_spend_limit(0.0)
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
    cloud.v1.retired = False
    v1 = http.post("https://rest.runpod.io/v1/pods", json={"name": "x", "imageName": "img", "gpuTypeIds": [GPU]})
    assert v1.status_code == 400 and "spend rate limit" in v1.json()["message"]
    endpoint = {
        "name": "ep",
        "type": "QUEUE",
        "image": "img",
        "scaling": {"type": "QUEUE_DELAY", "queueDelay": 2},
        "gpu": {"pools": ["ADA_24"]},
        "workers": {"min": 1, "max": 2},
    }
    refused = http.post("https://api.runpod.io/v2/serverless", json=endpoint)
    assert refused.status_code == 400 and "spend rate limit" in refused.json()["detail"]
    endpoint["workers"] = {"min": 0, "max": 2}
    made = http.post("https://api.runpod.io/v2/serverless", json=endpoint).json()
    warm = http.patch(f"https://api.runpod.io/v2/serverless/{made['id']}", json={"workers": {"min": 1}})
    assert warm.status_code == 400
    assert http.get(f"https://api.runpod.io/v2/serverless/{made['id']}").json()["workers"]["min"] == 0


# --- secrets, limits, balance ----------------------------------------------------------------


def test_secrets_keep_their_value_to_themselves(clouds) -> None:
    client = _client(clouds)
    made = create_account_secret.sync(
        client=client,
        body=CreateSecretRequest.from_dict({"name": "HF_TOKEN", "value": "hf_s3cr3t", "description": "d"}),
    )
    assert made.name == "HF_TOKEN" and made.description == "d"
    again = create_account_secret.sync_detailed(
        client=client, body=CreateSecretRequest.from_dict({"name": "hf_token", "value": "v"})
    )
    assert again.status_code == 409
    reserved = create_account_secret.sync_detailed(
        client=client, body=CreateSecretRequest.from_dict({"name": "RunPod_X", "value": "v"})
    )
    assert reserved.status_code == 400
    bad_name = client.get_httpx_client().post("/v2/account/secrets", json={"name": "1x", "value": "v"})
    assert bad_name.status_code == 422
    assert [s.id for s in list_account_secrets.sync(client=client, name="hf_TOKEN").secrets] == [made.id]
    assert list_account_secrets.sync(client=client, name="other").secrets == []
    clouds.clock.advance(60)
    rotated = update_account_secret.sync(client=client, id=made.id, body=UpdateSecretRequest.from_dict({"value": "n"}))
    assert rotated.value_last_updated_at > made.value_last_updated_at and rotated.description == "d"
    cleared = update_account_secret.sync(
        client=client, id=made.id, body=UpdateSecretRequest.from_dict({"description": ""})
    )
    assert cleared.description is None
    empty = client.get_httpx_client().patch(f"/v2/account/secrets/{made.id}", json={})
    assert empty.status_code == 422  # minProperties 1
    raw = client.get_httpx_client()
    for answer in (raw.get("/v2/account/secrets").text, raw.get(f"/v2/account/secrets/{made.id}").text):
        assert "hf_s3cr3t" not in answer and '"value"' not in answer
    assert get_account_secret.sync(client=client, id=made.id).name == "HF_TOKEN"
    assert delete_account_secret.sync_detailed(client=client, id=made.id).status_code == 204
    assert get_account_secret.sync_detailed(client=client, id=made.id).status_code == 404


def test_limits_and_balance_answer_from_the_account(clouds) -> None:
    client = _client(clouds)
    clouds.runpod.set_spend_limit(42.5)
    balance = get_billing_balance.sync(client=client)
    assert balance.balance_amount == clouds.runpod.balance() and str(balance.billing_mode) == "PREPAID"
    body = CreatePodRequest.from_dict({"name": "b", "image": "img", "gpu": {"id": GPU}})
    create_pod.sync(client=client, body=body)
    clouds.clock.advance(3600)
    assert get_billing_balance.sync(client=client).balance_amount < balance.balance_amount
    limits = get_account_limits.sync(client=client).to_dict()
    assert limits["spendRate"]["limit"] == 42.5 and limits["spendRate"]["current"] > 0


# --- command fields and the pod GPU block ------------------------------------------------------


def test_args_cmd_and_entrypoint_describe_one_command(clouds) -> None:
    http = _client(clouds).get_httpx_client()
    clouds.runpod.v1.retired = False
    made = http.post(
        "/v2/pods",
        json={
            "name": "c",
            "image": "img",
            "gpu": {"id": GPU},
            "entrypoint": ["python", "-m"],
            "cmd": ["serve", "--port", "80"],
        },
    ).json()
    assert made["cmd"] == ["serve", "--port", "80"] and made["entrypoint"] == ["python", "-m"]
    assert json.loads(made["args"]) == {"entrypoint": ["python", "-m"], "cmd": ["serve", "--port", "80"]}
    assert made["gpu"]["vcpuCount"] >= 1 and made["gpu"]["memory"] >= 1
    v1 = http.get(f"https://rest.runpod.io/v1/pods/{made['id']}").json()
    assert v1["dockerEntrypoint"] == ["python", "-m"] and v1["dockerStartCmd"] == ["serve", "--port", "80"]
    changed = http.patch(f"/v2/pods/{made['id']}", json={"args": "bash -c 'sleep 1'"}).json()
    assert changed["cmd"] == ["bash", "-c", "sleep 1"] and changed["entrypoint"] == []
    clash = http.patch(f"/v2/pods/{made['id']}", json={"args": "a b", "cmd": ["c"]})
    assert clash.status_code == 400
    same = http.patch(f"/v2/pods/{made['id']}", json={"args": "a b", "cmd": ["a", "b"], "entrypoint": []})
    assert same.status_code == 200
    filtered = http.post("/v2/pods", json={"name": "f", "image": "img", "gpu": {"id": GPU, "minRamPerGpu": 100_000}})
    assert filtered.status_code == 400


# --- retirements -------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["GET", "POST", "PATCH", "DELETE", "PUT"]),
    path=st.sampled_from(["/pods", "/pods/abc", "/pods/abc/start", "/endpoints", "/templates", "/nowhere", ""]),
    authorized=st.booleans(),
)
def test_rest_v1_answers_410_gone_to_everything(clouds, method: str, path: str, authorized: bool) -> None:
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"} if authorized else {})
    response = http.request(method, f"https://rest.runpod.io/v1{path}", json={} if method != "GET" else None)
    assert response.status_code == 410
    assert "retired on 2026-11-15" in response.json()["message"] and "v2" in response.json()["message"]


def test_the_switch_serves_v1_as_before(clouds) -> None:
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
    assert http.get("https://rest.runpod.io/v1/pods").status_code == 410
    clouds.runpod.v1.retired = False
    assert http.get("https://rest.runpod.io/v1/pods").status_code == 200


def test_graphql_retirement_can_be_acted_out(clouds) -> None:
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
    query = {"query": "{ myself { id } }"}
    assert http.post("https://api.runpod.io/graphql", json=query).status_code == 200
    clouds.runpod.graphql.retired = True
    gone = http.post("https://api.runpod.io/graphql", json=query)
    assert gone.status_code == 410 and gone.json()["errors"][0]["extensions"]["code"] == "GONE"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(disk=st.integers(1, 2**40))
def test_a_whole_number_sent_with_a_fraction_is_stored_as_an_integer(clouds, disk: int) -> None:
    """JSON Schema takes 20.0 as an integer; what v2 stores is then shown by v1's integer fields."""
    clouds.runpod.v1.retired = False
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
    body = f'{{"name": "t{disk}", "image": "img", "disk": {disk}.0}}'.encode()
    made = http.post(f"{V2}/v2/templates", content=body, headers={"Content-Type": "application/json"})
    assert made.status_code == 201 and made.json()["disk"] == disk
    shown = http.get(f"https://rest.runpod.io/v1/templates/{made.json()['id']}").json()
    assert shown["containerDiskInGb"] == disk
    assert isinstance(shown["containerDiskInGb"], int)
