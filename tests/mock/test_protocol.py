"""Every mock cloud honours the ``MockCloud`` protocol, checked the same way for each provider:
no test here names a provider. Pods are created through the facade (the real HTTP stack)."""

from __future__ import annotations

import pytest
from gpupods import Fleet, PodSpec
from gpupods.errors import CreateFailed
from gpupods.mock import CLOUD_CLASSES, ControlError, MockCloud, MockClouds, VirtualClock, cloud_class

PROVIDERS = sorted(CLOUD_CLASSES)
IMAGE = "ubuntu_22_cuda_12"


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clouds(provider: str):
    with MockClouds(clock=VirtualClock(), sshd=False, providers=(provider,)) as mocks:
        yield mocks


@pytest.fixture
def fleet(clouds: MockClouds):
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        yield fleet


def _create(fleet: Fleet, provider: str, name: str = "proto"):
    return fleet.create(PodSpec(name=name, image=IMAGE, gpu="H100"), provider=provider)


def test_the_table_names_classes_that_implement_the_protocol() -> None:
    ports = set()
    for provider in PROVIDERS:
        klass = cloud_class(provider)
        assert klass.name == provider
        assert klass.hosts and all("." in host for host in klass.hosts)
        assert klass.base_path == "" or klass.base_path.startswith("/")
        ports.add(klass.default_port)
        cloud = klass()
        try:
            assert isinstance(cloud, MockCloud)
            assert cloud.apis and all(hasattr(api, "served") for api in cloud.apis.values())
        finally:
            cloud.close()
            cloud.close()  # idempotent
    assert len(ports) == len(PROVIDERS)


def test_live_pods_follow_create_and_terminate(clouds: MockClouds, fleet: Fleet, provider: str) -> None:
    cloud = clouds.cloud(provider)
    assert cloud.live_pods() == []
    pod = _create(fleet, provider)
    [live] = cloud.live_pods()
    assert live.id == pod.id and live.name.startswith(pod.name)  # the facade adds its client token
    assert clouds.live_pods() == [(provider, live.id, live.name)]
    fleet.terminate(pod)
    assert cloud.live_pods() == []  # gone from the moment the delete is accepted
    assert clouds.pods_left() == 0


def test_stock_is_taken_by_a_create_and_set_stock_refuses_creates(
    clouds: MockClouds, fleet: Fleet, provider: str
) -> None:
    cloud = clouds.cloud(provider)
    before = cloud.stock()
    assert before and all(isinstance(v, int) for v in before.values())
    pod = _create(fleet, provider)
    after = cloud.stock()
    taken = [key for key in before if after[key] < before[key]]
    assert len(taken) == 1, (before, after)
    fleet.terminate(pod)
    for key in before:
        cloud.set_stock(key, 0)
    assert set(cloud.stock().values()) == {0}
    with pytest.raises(CreateFailed):
        _create(fleet, provider, "nostock")
    assert cloud.live_pods() == []
    with pytest.raises(ControlError):
        cloud.set_stock("no-such-stock-key", 3)


def test_fail_and_reclaim_change_what_the_api_reports(clouds: MockClouds, fleet: Fleet, provider: str) -> None:
    cloud = clouds.cloud(provider)
    failed = _create(fleet, provider, "failing")
    clouds.clock.advance(600)
    assert fleet.get(failed).is_running
    cloud.fail(failed.id)
    assert not fleet.get(failed).is_running
    reclaimed = _create(fleet, provider, "reclaimed")
    clouds.clock.advance(600)
    cloud.reclaim(reclaimed.id)
    clouds.clock.advance(600)
    assert reclaimed.id not in {p.id for p in fleet.list(provider=provider) if p.is_running}
    for control in (cloud.fail, cloud.reclaim):
        with pytest.raises(ControlError):
            control("no-such-pod")


def test_limit_rate_is_one_quota_for_every_api(clouds: MockClouds, fleet: Fleet, provider: str) -> None:
    cloud = clouds.cloud(provider)
    quota = cloud.limit_rate(2, window=60)
    assert all(api.quota is quota for api in cloud.apis.values())
    start, before = clouds.clock.time(), cloud.requests
    for _ in range(3):
        fleet.list(provider=provider)  # paced by the headers, or a 429 waited out on the virtual clock
    assert clouds.clock.time() - start >= 60 or quota.rejected >= 1
    assert cloud.requests - before >= 3
