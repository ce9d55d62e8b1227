"""RunPod serverless endpoints through the facade, against the RunPod mock's REST v2."""

from __future__ import annotations

import pytest
from gpupods import AsyncFleet, Fleet
from gpupods.errors import InvalidEndpointSpec, InvalidSpec, NotFoundError, UnsupportedOperation
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.serverless import EndpointSpec, EndpointType, FlashBoot, Scaling, update_body

from .conftest import FAST

QUEUE = EndpointSpec(name="whisper", image="me/whisper:3", gpu_pools=("AMPERE_24",), workers_min=1, workers_max=2)


@pytest.fixture
def runpod():
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, sshd=False, providers=("runpod",)) as clouds:
        yield clouds


@pytest.fixture
def fleet(runpod):
    with Fleet.from_env(**runpod.fleet_options()) as f:
        yield f


def test_endpoint_lifecycle_sync(runpod, fleet) -> None:
    endpoint = fleet.endpoints.create(QUEUE)
    assert (endpoint.name, endpoint.type, endpoint.gpu_pools) == ("whisper", "QUEUE", ["AMPERE_24"])
    assert (endpoint.workers_min, endpoint.workers_max, endpoint.scaling) == (1, 2, "QUEUE_DELAY")
    assert endpoint.urls["runSync"] == f"https://api.runpod.ai/v2/{endpoint.id}/runsync"
    stored = runpod.runpod.endpoints[endpoint.id]
    assert stored["scaling"] == {"type": "QUEUE_DELAY", "queueDelay": 4.0}
    assert stored["workers"] == {"min": 1, "max": 2, "idleTimeout": 10}
    assert stored["name"] == f"whisper-gp{endpoint.client_token}"  # the client token rides in the name

    assert [e.id for e in fleet.endpoints.list()] == [endpoint.id]
    assert fleet.endpoints.workers(endpoint).initializing == 1
    runpod.clock.advance(FAST.starting + 1)
    workers = fleet.endpoints.workers(endpoint)
    assert (workers.idle, workers.total, workers.workers[0].status) == (1, 1, "IDLE")

    updated = fleet.endpoints.update(endpoint, workers_max=5, queue_delay=2.5)
    assert (updated.workers_min, updated.workers_max, updated.scaling_value) == (1, 5, 2.5)
    assert fleet.endpoints.get(endpoint.id).workers_max == 5

    fleet.endpoints.delete(endpoint)
    fleet.endpoints.delete(endpoint)  # already gone: still success
    assert fleet.endpoints.list() == []


async def test_endpoint_lifecycle_async(runpod) -> None:
    spec = EndpointSpec(
        name="router", image="me/lb:1", type=EndpointType.LOAD_BALANCER, cpu_flavor="cpu3c", vcpus=4, request_count=8
    )
    async with AsyncFleet.from_env(**runpod.fleet_options()) as fleet:
        endpoint = await fleet.endpoints.create(spec)
        assert (endpoint.type, endpoint.scaling, endpoint.scaling_value) == ("LOAD_BALANCER", "REQUEST_COUNT", 8.0)
        assert endpoint.cpu_flavors == ["cpu3c"] and endpoint.gpu_pools == []
        assert endpoint.urls["base"] == f"https://{endpoint.id}.api.runpod.ai"
        assert (await fleet.endpoints.update(endpoint, flashboot="FLASHBOOT")).flashboot == "FLASHBOOT"
        assert [e.id for e in await fleet.endpoints.list()] == [endpoint.id]
        await fleet.endpoints.delete(endpoint)
        assert await fleet.endpoints.list() == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": EndpointType.LOAD_BALANCER, "scaling": Scaling.QUEUE_DELAY}, "scaling"),
        ({"gpu_pools": ()}, "gpu_pools"),
        ({"cpu_flavor": "cpu3c", "vcpus": 4}, "gpu_pools"),  # both GPU and CPU
        ({"image": None}, "image"),
        ({"workers_min": 4, "workers_max": 2}, "workers_min"),
        ({"idle_timeout": 0}, "idle_timeout"),
        ({"idle_timeout": 3601}, "idle_timeout"),
        ({"queue_delay": 0.1}, "queue_delay"),
        ({"allowed_cuda_versions": ("12.4",), "min_cuda_version": "12.1"}, "min_cuda_version"),
        ({"allowed_cuda_versions": ("twelve",)}, "allowed_cuda_versions"),
        ({"name": "has space"}, "name"),
        ({"gpu_pools": "AMPERE_24"}, "gpu_pools"),
        ({"flashboot": "SOMETIMES"}, "type/scaling/flashboot"),
        ({"env": {"1BAD": "x"}}, "env.1BAD"),
    ],
)
def test_invalid_endpoint_spec_is_refused_before_any_request(runpod, changes, field) -> None:
    fields = {"name": "ok", "image": "me/w:1", "gpu_pools": ("AMPERE_24",), **changes}
    with pytest.raises(InvalidEndpointSpec) as caught:
        EndpointSpec(**fields)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"invalid endpoint spec: {field}: ")
    assert isinstance(caught.value, InvalidSpec | ValueError)
    assert runpod.runpod.v2.requests == 0


def test_load_balancer_defaults_to_request_count_scaling() -> None:
    spec = EndpointSpec(name="lb", image="me/lb:1", gpu_pools=("ADA_24",), type="LOAD_BALANCER")
    assert spec.scaling is Scaling.REQUEST_COUNT
    assert spec.request_body()["scaling"] == {"type": "REQUEST_COUNT", "requestCount": 4}
    assert spec.flashboot is FlashBoot.OFF


def test_update_against_a_load_balancer_is_checked_before_the_patch(runpod, fleet) -> None:
    spec = EndpointSpec(name="lb", image="me/lb:1", gpu_pools=("ADA_24",), type="LOAD_BALANCER")
    endpoint = fleet.endpoints.create(spec)
    with pytest.raises(InvalidEndpointSpec, match="scales on REQUEST_COUNT only"):
        fleet.endpoints.update(endpoint, queue_delay=3.0)
    with pytest.raises(InvalidEndpointSpec, match="would be more than workers_max"):
        fleet.endpoints.update(endpoint, workers_min=9)
    assert runpod.runpod.v2.served["update_endpoint"] == 0
    assert fleet.endpoints.update(endpoint, request_count=2).scaling_value == 2.0


@pytest.mark.parametrize(
    ("changes", "match"),
    [({}, "nothing to change"), ({"scaling": "QUEUE_DELAY"}, "give the queue delay"), ({"gpu_pools": []}, "non-empty")],
)
def test_update_body_is_checked(changes, match) -> None:
    with pytest.raises(InvalidEndpointSpec, match=match):
        update_body(**changes)


def test_unknown_endpoint_is_not_found(fleet) -> None:
    with pytest.raises(NotFoundError) as caught:
        fleet.endpoints.get("no-such-endpoint")
    assert caught.value.status_code == 404


def test_create_is_not_duplicated_when_the_answer_is_lost(runpod, fleet) -> None:
    runpod.faults("runpod").add(Fault.drop(after_accept=True), routes="create_endpoint", times=1)
    endpoint = fleet.endpoints.create(QUEUE)
    assert list(runpod.runpod.endpoints) == [endpoint.id]
    assert runpod.faults("runpod").injected == {"drop": 1}


def test_endpoints_need_runpod() -> None:
    with (
        MockClouds(clock=VirtualClock(), sshd=False, providers=("novita",)) as clouds,
        Fleet.from_env(**clouds.fleet_options()) as fleet,
        pytest.raises(UnsupportedOperation) as caught,
    ):
        fleet.endpoints.list()
    assert "only RunPod has them; set RUNPOD_API_KEY" in str(caught.value)
