"""The generated GraphQL clients against the stateful RunPod mock (shared with REST v2)."""

from __future__ import annotations

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock
from gpupods_clients import runpod_graphql as gql
from gpupods_clients import runpod_graphql_async as agql

URL = "https://api.runpod.io/graphql"


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("runpod",)) as mocks:
        yield mocks


def _client(clouds: MockClouds) -> gql.RunPodGraphQLClient:
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer key"})
    return gql.RunPodGraphQLClient(url=URL, http_client=http)


def test_pod_lifecycle_through_graphql_is_visible_in_rest(clouds: MockClouds) -> None:
    client = _client(clouds)
    types = client.list_gpu_types(
        input=gql.input_types.GpuTypeFilter(id="NVIDIA GeForce RTX 4090"),
        lowest_price_input=gql.input_types.GpuLowestPriceInput(gpuCount=1),
    )
    assert [t.id for t in types.gpu_types] == ["NVIDIA GeForce RTX 4090"]
    assert types.gpu_types[0].lowest_price.minimum_bid_price == 0.35
    pod = client.deploy_on_demand_pod(
        input=gql.input_types.PodFindAndDeployOnDemandInput(
            name="gql",
            imageName="img",
            gpuTypeId="NVIDIA GeForce RTX 4090",
            gpuCount=1,
            cloudType="SECURE",
            env=[gql.input_types.EnvironmentVariableInput(key="A", value="1")],
        )
    ).pod_find_and_deploy_on_demand
    rest = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer key"})
    assert rest.get(f"https://api.runpod.io/v2/pods/{pod.id}").json()["env"] == {"A": "1"}
    clouds.clock.advance(60)
    got = client.get_pod(input=gql.input_types.PodFilter(podId=pod.id)).pod
    assert got.desired_status is gql.PodStatus.RUNNING
    assert got.runtime is not None and got.runtime.ports[0].private_port == 22
    assert client.stop_pod(input=gql.input_types.PodStopInput(podId=pod.id)).pod_stop.desired_status == "EXITED"
    resumed = client.resume_pod(input=gql.input_types.PodResumeInput(podId=pod.id, gpuCount=1)).pod_resume
    assert resumed.desired_status == "RUNNING"
    assert [p.id for p in client.list_my_pods().myself.pods] == [pod.id]
    client.terminate_pod(input=gql.input_types.PodTerminateInput(podId=pod.id))
    assert client.list_my_pods().myself.pods == []
    cpu = client.deploy_cpu_pod(
        input=gql.input_types.deployCpuPodInput(instanceId="cpu3c-2-4", name="c", templateId="runpod-ubuntu")
    )
    assert cpu.deploy_cpu_pod.gpu_count == 0


def test_spot_pod_bid_and_resume(clouds: MockClouds) -> None:
    client = _client(clouds)
    low = gql.input_types.PodRentInterruptableInput(
        bidPerGpu=0.01, name="s", imageName="i", gpuTypeId="NVIDIA RTX A6000"
    )
    with pytest.raises(gql.exceptions.GraphQLClientGraphQLMultiError, match="below"):
        client.rent_interruptable_pod(input=low)
    spot = client.rent_interruptable_pod(input=low.model_copy(update={"bid_per_gpu": 0.3})).pod_rent_interruptable
    assert spot.pod_type == "INTERRUPTABLE" and spot.cost_per_hr == 0.3
    clouds.runpod.reclaim(spot.id)
    resumed = client.bid_resume_pod(input=gql.input_types.PodBidResumeInput(podId=spot.id, bidPerGpu=0.32, gpuCount=1))
    assert resumed.pod_bid_resume.desired_status == "RUNNING"


def test_missing_key_is_401_and_unknown_input_field_is_400(clouds: MockClouds) -> None:
    http = httpx.Client(transport=clouds.transport())
    answer = http.post(URL, json={"query": "{ myself { id } }"})
    assert answer.status_code == 401 and answer.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    bad = http.post(
        URL,
        headers={"Authorization": "Bearer k"},
        json={
            "query": "mutation($i: PodStopInput!) { podStop(input: $i) { id } }",
            "variables": {"i": {"podId": "x", "zz": 1}},
        },
    )
    assert bad.status_code == 400 and "zz" in bad.json()["errors"][0]["message"]
    intro = http.post(
        URL, headers={"Authorization": "Bearer k"}, json={"query": "{ __schema { mutationType { name } } }"}
    )
    assert intro.json()["data"]["__schema"]["mutationType"]["name"] == "Mutation"


async def test_async_client_against_the_mock(clouds: MockClouds) -> None:
    http = httpx.AsyncClient(transport=clouds.transport(), headers={"Authorization": "Bearer key"})
    client = agql.AsyncRunPodGraphQLClient(url=URL, http_client=http)
    pod = (
        await client.deploy_on_demand_pod(
            input=agql.input_types.PodFindAndDeployOnDemandInput(name="a", imageName="i", gpuTypeId="NVIDIA L40S")
        )
    ).pod_find_and_deploy_on_demand
    assert (await client.get_pod(input=agql.input_types.PodFilter(podId=pod.id))).pod.id == pod.id
