"""The facade on RunPod as it is in December 2026: every v2 list followed to its last page,
balance, limits and secrets from v2, ``APIRetired`` for a 410 from a retired API, and spot pods
on GraphQL until its retirement (with the date in the warning). Through the real HTTP stack
against the in-process mock."""

from __future__ import annotations

import pickle
import warnings

import httpx
import pytest
from gpupods import AsyncFleet, Fleet, PodSpec
from gpupods._http import ErrorMapper
from gpupods.errors import APIRetired, InvalidArgument, NotFoundError, PermissionDeniedError, ProviderError
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.providers.runpod import GRAPHQL_DEPRECATION, RunPodBackend
from gpupods.registry import REGISTRY
from gpupods.serverless import EndpointSpec
from hypothesis import given, settings
from hypothesis import strategies as st

GPU = "NVIDIA GeForce RTX 4090"


@pytest.fixture
def runpod():
    with MockClouds(clock=VirtualClock(), sshd=False, providers=["runpod"]) as clouds:
        yield clouds


def _seed(clouds: MockClouds, count: int, *, cluster_every: int = 0) -> set[str]:
    cloud = clouds.runpod
    cloud.set_spend_limit(float("inf"))
    cloud.set_stock(GPU, 10**7)
    ids = set()
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
            pod.cluster_id = "c1"
        else:
            ids.add(pod.id)
    return ids


def test_a_fleet_of_more_pods_than_a_page_is_listed_whole(runpod) -> None:
    ids = _seed(runpod, 2345)
    with Fleet.from_env(**runpod.fleet_options()) as fleet:
        pods = fleet.list()
    assert {p.id for p in pods} == ids and len(pods) == 2345
    assert runpod.runpod.v2.served["list_pods"] == 3  # RunPod's default page: 1,000


async def test_async_lists_follow_the_cursor_too_even_through_short_pages(runpod) -> None:
    ids = _seed(runpod, 40, cluster_every=3)  # cluster members are cut after the page: short pages
    async with AsyncFleet.from_env(**runpod.fleet_options()) as fleet:
        backend = fleet.backends["runpod"]
        assert isinstance(backend, RunPodBackend)
        backend.page_size = 7
        pods = await fleet.list()
    assert {p.id for p in pods} == ids
    assert runpod.runpod.v2.served["list_pods"] == 6  # ceil(40 / 7)


def test_endpoints_are_listed_across_pages_and_found_by_token_there(runpod) -> None:
    with Fleet.from_env(**runpod.fleet_options()) as fleet:
        backend = fleet.backends["runpod"]
        assert isinstance(backend, RunPodBackend)
        backend.page_size = 2
        made = [
            fleet.endpoints.create(EndpointSpec(name=f"e{i}", image="img", gpu_pools=("ADA_24",), workers_max=1))
            for i in range(5)
        ]
        listed = fleet.endpoints.list()
    assert sorted(e.id for e in listed) == sorted(e.id for e in made)
    assert runpod.runpod.v2.served["list_endpoints"] == 3


def test_a_list_whose_cursor_does_not_advance_is_a_provider_error(runpod) -> None:
    _seed(runpod, 3)
    stuck = b'{"pods": [], "pagination": {"nextCursor": "same", "hasNextPage": true}}'
    runpod.faults("runpod").add(Fault.answer(200, body=stuck), routes="list_pods")
    with Fleet.from_env(**runpod.fleet_options()) as fleet, pytest.raises(ProviderError, match="no new cursor"):
        fleet.list("runpod")
    assert runpod.runpod.v2.requests == 2  # the repeat is noticed at once


def test_balance_limits_and_secrets_come_from_rest_v2(runpod) -> None:
    runpod.runpod.set_spend_limit(75.0)
    with Fleet.from_env(**runpod.fleet_options()) as fleet:
        balance = fleet.balance()
        limits = fleet.limits("runpod")
        secret = fleet.secrets.create("HF_TOKEN", "hf_value_123", description="for the trainer")
        assert secret.placeholder == "{{ RUNPOD_SECRET_HF_TOKEN }}"
        assert [s.id for s in fleet.secrets.list("hf_token")] == [secret.id]
        rotated = fleet.secrets.update(secret, value="hf_value_456")
        assert rotated.description == "for the trainer"
        assert fleet.secrets.get(secret.id).name == "HF_TOKEN"
        fleet.secrets.delete(secret)
        fleet.secrets.delete(secret)  # already gone counts as deleted
        with pytest.raises(NotFoundError):
            fleet.secrets.get(secret.id)
        for bad in ("RUNPOD_KEY", "1abc", "", "a" * 192):
            with pytest.raises(InvalidArgument):
                fleet.secrets.create(bad, "v")
        with pytest.raises(InvalidArgument):
            fleet.secrets.update(secret)
    assert balance.provider == "runpod" and balance.amount == 250.0 and balance.billing_mode == "PREPAID"
    assert limits.spend_rate == {"limit": 75.0, "current": 0.0}
    graphql = runpod.runpod.graphql
    assert graphql.requests == 0  # none of it went through GraphQL


async def test_the_async_twins_and_a_key_without_the_scope(runpod) -> None:
    problem = b'{"title": "Forbidden", "status": 403, "detail": "the key lacks the billing:read scope"}'
    runpod.faults("runpod").add(Fault.answer(403, body=problem), routes="get_billing_balance", times=1)
    async with AsyncFleet.from_env(**runpod.fleet_options()) as fleet:
        with pytest.raises(PermissionDeniedError, match="billing:read"):
            await fleet.balance("runpod")
        assert (await fleet.balance("runpod")).amount == 250.0
        assert (await fleet.limits()).serverless_workers == {"limit": 30, "current": 0}
        made = await fleet.secrets.create("TOKEN", "t0ken-value")
        assert [s.name for s in await fleet.secrets.list()] == ["TOKEN"]
        await fleet.secrets.delete(made)


def test_a_secret_value_echoed_in_an_error_never_reaches_the_message(runpod) -> None:
    value = "sk-live-very-secret-value"
    echoed = f'{{"title": "Unprocessable Entity", "status": 422, "detail": "bad value {value}", "errors": ["value: {value}"]}}'
    runpod.faults("runpod").add(Fault.answer(422, body=echoed.encode()), routes="create_account_secret")
    with Fleet.from_env(**runpod.fleet_options()) as fleet, pytest.raises(Exception) as caught:
        fleet.secrets.create("TOKEN", value)
    error = caught.value
    assert value not in str(error) and value not in repr(error) and value not in str(error.body)
    assert all(value not in str(f) for f in error.fields)


# --- retirements ----------------------------------------------------------------------------


def _mapper(backend_class: type) -> ErrorMapper:
    return ErrorMapper("p", title="P", retirements=backend_class.retirements)


@pytest.mark.parametrize("provider", sorted(REGISTRY))
def test_every_declared_retirement_makes_a_410_an_api_retired(provider: str) -> None:
    backend_class = REGISTRY[provider].backend_class()
    mapper = _mapper(backend_class)
    for retirement in backend_class.retirements:
        urls = [f"https://{host}/anything" for host in retirement.hosts]
        urls += [f"https://api.example.test{path}/pods" for path in retirement.paths]
        for url in urls:
            response = httpx.Response(410, json={"message": "gone"}, request=httpx.Request("GET", url))
            error = mapper.from_response(response)
            assert isinstance(error, APIRetired) and not isinstance(error, NotFoundError)
            assert error.api == retirement.api and error.replacement == retirement.replacement
            assert retirement.api in str(error)
            copy = pickle.loads(pickle.dumps(error))
            assert (copy.api, copy.replacement, copy.retired_on, str(copy)) == (
                error.api,
                error.replacement,
                error.retired_on,
                str(error),
            )


@settings(max_examples=60, deadline=None)
@given(path=st.lists(st.sampled_from(["v2", "pods", "abc", "v10", "graphqlx", "serverless"]), max_size=4))
def test_a_410_elsewhere_stays_not_found_unless_it_carries_a_sunset(path: list[str]) -> None:
    mapper = _mapper(RunPodBackend)
    url = "https://api.runpod.io/" + "/".join(path)
    plain = mapper.from_response(httpx.Response(410, json={"detail": "gone"}, request=httpx.Request("GET", url)))
    assert type(plain) is NotFoundError
    headers = {
        "Sunset": "Sat, 01 Jan 2028 00:00:00 GMT",
        "Link": '<https://api.example.test/v3>; rel="successor-version"',
    }
    sunset = mapper.from_response(httpx.Response(410, headers=headers, request=httpx.Request("GET", url)))
    assert isinstance(sunset, APIRetired)
    assert sunset.replacement == "https://api.example.test/v3" and sunset.retired_on == headers["Sunset"]


def test_the_generated_v1_client_meets_a_410_and_the_facade_names_the_replacement(runpod) -> None:
    with Fleet.from_env(**runpod.fleet_options()) as fleet:
        backend = fleet.backends["runpod"]
        http = backend.http()
        with pytest.raises(APIRetired) as caught:
            http.get("https://rest.runpod.io/v1/pods")
    assert caught.value.retired_on == "2026-11-15" and "api.runpod.io/v2" in (caught.value.replacement or "")


def test_spot_pods_stay_on_graphql_with_its_retirement_in_the_warning_then_raise_api_retired(runpod) -> None:
    spec = PodSpec(name="s", image="img", gpu="RTX4090", spot=True)
    with Fleet.from_env(**runpod.fleet_options()) as fleet:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            pod = fleet.create(spec)
        assert pod.spot
        messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
        assert messages and all("early 2027" in m for m in messages) and GRAPHQL_DEPRECATION in messages
        on_demand = fleet.create(PodSpec(name="o", image="img", gpu="RTX4090"))
        runpod.runpod.graphql.retired = True
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            with pytest.raises(APIRetired) as gone:
                fleet.offers("RTX4090", spot=True)
            assert "no spot pods" in (gone.value.replacement or "")
            fleet.stop(on_demand)
            assert fleet.start(on_demand).provider_status in ("STARTING", "RUNNING")  # v2 alone, after GraphQL


def test_the_cost_reports_account_reads_the_balance_from_v2_and_survives_graphqls_retirement(runpod) -> None:
    runpod.runpod.set_spend_limit(75.0)
    with Fleet.from_env(**runpod.fleet_options()) as fleet:
        before = fleet.costs().providers["runpod"].account
        runpod.runpod.graphql.retired = True
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            after = fleet.costs().providers["runpod"].account
    assert before is not None and after is not None
    assert (before.balance, before.billing_mode, before.spend_limit) == (250.0, "PREPAID", 75.0)
    assert (after.balance, after.billing_mode) == (250.0, "PREPAID")
    assert after.spend_limit is None and after.spend_per_hour is None  # only GraphQL says them
