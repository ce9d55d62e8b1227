"""Issue 6 at the facade level, through the real HTTP stack into the mocks: capacity fallback on
every provider, and pacing under a quota so that bulk work never surfaces a 429."""

from __future__ import annotations

import asyncio

import pytest
from gpupods import AsyncFleet, Fleet, PodSpec
from gpupods.errors import CapacityError, CreateFailed
from gpupods.mock import MockClouds, VirtualClock

from ..providers import PROVIDERS, demo_spec


def _refusals(clouds: MockClouds, provider: str) -> int:
    """Requests the provider answered with an error, over all of its APIs."""
    apis = clouds.clouds[provider].apis.values()
    return sum(api.requests - sum(api.served.values()) for api in apis)


def _creates(clouds: MockClouds, provider: str) -> int:
    """Creates the provider accepted (the operations behind the facade's create)."""
    cloud = clouds.clouds[provider]
    return sum(api.served[op] for api in cloud.apis.values() for op in cloud.facade_routes["create"])


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False) as mocks:
        yield mocks


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_capacity_falls_back_to_the_next_offer(clouds: MockClouds, provider: str) -> None:
    fleet = Fleet.from_env(**clouds.fleet_options())
    field = clouds.clouds[provider].stock_field

    def separate_stocks(query: str) -> int:
        return len({getattr(o.offer_id, field) for o in fleet.offers(query, count=1, provider=provider)})

    # A GPU query that the catalog serves from at least two separate stocks.
    gpu = next(q for q in ("H100", "A100", "RTX 4090", "L40S", "A6000", "RTX 3090") if separate_stocks(q) >= 2)
    first = fleet.offers(gpu, count=1, provider=provider)[0]
    clouds.clouds[provider].set_offer_stock(first.offer_id, 0)  # the catalog still lists it
    refused = _refusals(clouds, provider)
    pod = fleet.create(demo_spec(provider, "fallback", gpu=gpu), provider=provider)
    assert pod.provider == provider and pod.name == "fallback"
    assert _refusals(clouds, provider) - refused == 1  # the cheapest offer was tried and refused
    assert _creates(clouds, provider) == 1  # then exactly one pod
    assert clouds.pods_left() == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_attempt_is_reported_when_no_offer_has_capacity(clouds: MockClouds, provider: str) -> None:
    fleet = Fleet.from_env(**clouds.fleet_options())
    candidates = fleet.offers("H100", count=1, provider=provider)[: fleet.create_candidates]
    cloud = clouds.clouds[provider]
    for offer in candidates:
        cloud.set_offer_stock(offer.offer_id, 0)
    with pytest.raises(CreateFailed) as caught:
        fleet.create(demo_spec(provider, "nothing", gpu="H100"), provider=provider)
    attempts = caught.value.attempts
    assert len(attempts) == len(candidates)
    assert all(isinstance(error, CapacityError) for _, error in attempts)
    assert str(caught.value).count("CapacityError") == len(candidates)
    assert clouds.pods_left() == 0


# -- pacing -------------------------------------------------------------------------------------------

PODS = 130  # with the creates, over four windows of the quota
LIMIT, WINDOW = 60, 60.0


def _minimum(requests: int) -> float:
    """The least time ``requests`` take under a fixed-window quota opened by the first one."""
    return ((requests - 1) // LIMIT) * WINDOW


def test_bulk_create_list_terminate_under_a_quota_surface_no_429(clouds: MockClouds) -> None:
    fleet = Fleet.from_env(**clouds.fleet_options())
    offer = next(o for o in fleet.offers(provider="runpod") if o.count == 1)
    clouds.runpod.set_stock(offer.offer_id.gpu_id, PODS)
    quota = clouds.runpod.v2.limit_rate(LIMIT, window=WINDOW)
    start, before = clouds.clock.time(), clouds.runpod.v2.requests
    pods = [fleet.create(PodSpec(name=f"bulk-{i}", image="img", gpu=offer.gpu), offer) for i in range(PODS)]
    assert len(fleet.list("runpod")) == PODS
    for pod in pods:
        fleet.terminate(pod)  # RateLimitedError here would fail the test
    elapsed, requests = clouds.clock.time() - start, clouds.runpod.v2.requests - before
    assert quota.rejected == 0  # the pacer kept under the quota: the mock never had to answer 429
    assert clouds.pods_left() == 0
    assert _minimum(requests) <= elapsed <= 1.1 * _minimum(requests), (elapsed, requests)


def test_async_bulk_terminate_under_a_quota_surfaces_no_429(clouds: MockClouds) -> None:
    sync = Fleet.from_env(**clouds.fleet_options())
    offer = next(o for o in sync.offers(provider="runpod") if o.count == 1)
    clouds.runpod.set_stock(offer.offer_id.gpu_id, PODS)
    pods = [sync.create(PodSpec(name=f"bulk-{i}", image="img", gpu=offer.gpu), offer) for i in range(PODS)]
    quota = clouds.runpod.v2.limit_rate(LIMIT, window=WINDOW)

    async def terminate_all() -> None:
        async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
            await asyncio.gather(*(fleet.terminate(pod) for pod in pods))

    start, before = clouds.clock.time(), clouds.runpod.v2.requests
    asyncio.run(terminate_all())
    elapsed, requests = clouds.clock.time() - start, clouds.runpod.v2.requests - before
    assert requests == PODS and quota.rejected == 0 and clouds.pods_left() == 0
    assert _minimum(requests) <= elapsed <= 1.1 * _minimum(requests), (elapsed, requests)
