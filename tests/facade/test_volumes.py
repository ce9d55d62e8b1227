"""Volumes through Fleet and AsyncFleet, over the real HTTP stack (generated clients, resilient
transport) into the mock clouds: every provider whose backend declares volumes (read from the
registry, so a provider added there is covered), every region it can create volumes in."""

from __future__ import annotations

from collections import Counter

import pytest
from gpupods import AsyncFleet, Fleet, PodSpec
from gpupods.errors import (
    ConfigurationError,
    InvalidPodSpec,
    InvalidVolumeSpec,
    NotFoundError,
    UnsupportedOperation,
    VolumeInUse,
    VolumePlacementError,
)
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.models import Volume, VolumeSpec, VolumeStatus
from gpupods.pricing import storage_cost
from gpupods.registry import REGISTRY

from .conftest import FAST

WITH_VOLUMES = [name for name, entry in REGISTRY.items() if entry.backend_class().capabilities.volumes]
SIZE = 100


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, sshd=False) as mocks:
        yield mocks


def demo(provider: str) -> tuple[str, str]:
    pod = REGISTRY[provider].demo
    return pod.image, pod.gpu


def served(clouds: MockClouds, provider: str) -> Counter[str]:
    """Successful answers per operation, every API of the provider's cloud together."""
    total: Counter[str] = Counter()
    for api in clouds.cloud(provider).apis.values():
        total.update(api.served)
    return total


def placed_regions(fleet: Fleet, provider: str, gpu: str) -> list[tuple[Volume, list]]:
    """A volume in every region the provider offers volumes in, with the offers of ``gpu``
    that can mount it."""
    regions = fleet.volumes.regions(provider)[provider]
    assert regions, f"{provider} lists no volume regions"
    found = []
    for i, region in enumerate(regions):
        volume = fleet.volumes.create(VolumeSpec(name=f"data{i}", size_gb=SIZE, region=region), provider=provider)
        assert (volume.provider, volume.name, volume.region, volume.attached_pods) == (provider, f"data{i}", region, ())
        found.append((volume, fleet.offers(gpu, count=1, provider=provider, volumes=[volume])))
    return found


@pytest.mark.parametrize("provider", WITH_VOLUMES)
def test_offers_and_pods_follow_the_volume(clouds, provider: str) -> None:
    image, gpu = demo(provider)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        backend = fleet.backend(provider)
        everywhere = fleet.offers(gpu, count=1, provider=provider)
        placed = placed_regions(fleet, provider, gpu)
        for volume, offers in placed:
            place = backend.volume_place(volume)
            assert all(o.region == volume.region and place in backend.offer_places(o) for o in offers)
            # nothing reachable is left out: the offers of this place, as the unfiltered list has them
            expected = [(o.gpu_provider_id, o.price_per_hour) for o in everywhere if place in backend.offer_places(o)]
            assert [(o.gpu_provider_id, o.price_per_hour) for o in offers] == expected
        reachable = [(v, offers) for v, offers in placed if offers]
        assert reachable, f"no {gpu} offer can mount a {provider} volume anywhere"
        # prefer a region whose cheapest offer is not the cheapest overall: placement has to matter
        volume, offers = next(
            ((v, o) for v, o in reachable if o[0].price_per_hour > everywhere[0].price_per_hour), reachable[0]
        )
        pod = fleet.create(PodSpec(name="train", image=image, gpu=gpu, volumes=[f"{volume.name}:/data"]))
        # where the provider says the pod is (Prime Intellect's pods do not say: their price and
        # the mount the provider accepted below tell)
        assert pod.provider == provider and pod.region in (volume.region, None)
        assert pod.price_per_hour == offers[0].price_per_hour
        pod = fleet.wait(pod, timeout=900, reachable=False)
        assert pod.region in (volume.region, None)
        mounted = {a.volume_id: a.path for a in pod.volumes}
        assert volume.id in mounted
        if fleet.capabilities(provider).volume_paths:
            assert mounted[volume.id] == "/data"
        attached = fleet.volumes.get(volume.name, provider)
        assert attached.attached_pods == (pod.id,)
        # a sized volume is billed its size; one without a size (Lambda's) what it holds
        sized = fleet.capabilities(provider).volume_size
        assert (attached.size_gb, attached.billed_gb) == ((SIZE, SIZE) if sized else (None, attached.used_gb))
        assert attached.billed_gb is not None
        assert attached.monthly_cost == (
            storage_cost(attached.billed_gb, attached.price_per_gb_month)
            if attached.price_per_gb_month is not None
            else None
        )
        fleet.terminate(pod)
        # right away: the provider may hold the volume while the pod terminates; delete waits for that
        assert fleet.volumes.delete(volume.name, provider) is True
        for other, _ in placed:
            assert fleet.volumes.delete(other) is (other.id != volume.id)
            assert fleet.volumes.delete(other) is False
        clouds.clock.advance(600)  # volumes being deleted are listed until they are gone
        assert fleet.volumes.list(provider) == []
        assert clouds.live_pods() == []


@pytest.mark.parametrize("provider", WITH_VOLUMES)
def test_an_offer_elsewhere_is_never_used(clouds, provider: str) -> None:
    image, gpu = demo(provider)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        backend = fleet.backend(provider)
        everywhere = fleet.offers(gpu, count=1, provider=provider)
        for volume, offers in placed_regions(fleet, provider, gpu):
            spec = PodSpec(name="elsewhere", image=image, gpu=gpu, volumes=[volume])
            for wrong in [o for o in everywhere if backend.volume_place(volume) not in backend.offer_places(o)][:2]:
                with pytest.raises(InvalidPodSpec, match=f"volume '{volume.name}' is in {volume.region}"):
                    fleet.create(spec, wrong)
            if not offers:
                with pytest.raises(VolumePlacementError) as refused:
                    fleet.create(spec, provider=provider)
                error = refused.value
                assert volume.region in str(error) and f"'{volume.name}'" in str(error)
                assert error.alternatives and all(a.startswith(provider) for a in error.alternatives)
                assert {where for where, _ in error.attempts} and all(
                    isinstance(e, InvalidPodSpec) for _, e in error.attempts
                )
        assert clouds.live_pods() == []  # no refusal made a pod


@pytest.mark.parametrize("provider", WITH_VOLUMES)
def test_delete_is_refused_while_attached_unless_forced_and_is_idempotent(clouds, provider: str) -> None:
    image, gpu = demo(provider)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        volume, _ = next((v, o) for v, o in placed_regions(fleet, provider, gpu) if o)
        pod = fleet.create(PodSpec(name="holder", image=image, gpu=gpu, volumes=[volume.name]), provider=provider)
        with pytest.raises(VolumeInUse, match=pod.id) as refused:
            fleet.volumes.delete(volume.name, provider)
        assert refused.value.pods == [pod.id] and refused.value.volume_id == volume.id
        assert fleet.volumes.get(volume.id, provider).attached_pods == (pod.id,)  # nothing was deleted
        assert fleet.volumes.delete(volume.name, provider, force=True) is True
        left = fleet.volumes.find(volume.id, provider)
        assert left is None or left.status is VolumeStatus.DELETING
        assert fleet.volumes.delete(volume.name, provider) is False  # gone already: no error
        assert fleet.volumes.delete(volume, force=True) is False
        clouds.clock.advance(600)
        assert [p for p in fleet.list(provider) if p.id == pod.id] == []  # force terminated the pod


@pytest.mark.parametrize("provider", WITH_VOLUMES)
async def test_volumes_async(clouds, provider: str) -> None:
    image, gpu = demo(provider)
    async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
        regions = (await fleet.volumes.regions(provider))[provider]
        volumes = [
            await fleet.volumes.create(VolumeSpec(name=f"a{i}", size_gb=SIZE, region=r), provider=provider)
            for i, r in enumerate(regions)
        ]
        usable = [v for v in volumes if await fleet.offers(gpu, count=1, provider=provider, volumes=[v])]
        volume = usable[0]
        pod = await fleet.create(PodSpec(name="async", image=image, gpu=gpu, volumes=[f"{volume.id}:/data"]))
        assert pod.provider == provider and pod.region in (volume.region, None)
        assert {a.volume_id for a in pod.volumes} == {volume.id}
        with pytest.raises(VolumeInUse):
            await fleet.volumes.delete(volume.id)
        await fleet.terminate(pod)
        for v in volumes:
            assert await fleet.volumes.delete(v.id, provider) is True
            assert await fleet.volumes.delete(v.id, provider) is False
        clouds.clock.advance(600)
        assert len(await fleet.volumes.list(provider)) == 0


@pytest.mark.parametrize("provider", WITH_VOLUMES)
def test_a_lost_create_answer_makes_one_volume(clouds, provider: str) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        region = fleet.volumes.regions(provider)[provider][0]
        before = served(clouds, provider)
        fleet.volumes.create(VolumeSpec(name="probe", size_gb=SIZE, region=region), provider=provider)
        create_ops = [op for op, n in (served(clouds, provider) - before).items() if "create" in op]
        assert len(create_ops) == 1, create_ops
        clouds.faults(provider).add(Fault.drop(after_accept=True), routes=create_ops, times=1)
        volume = fleet.volumes.create(VolumeSpec(name="kept", size_gb=SIZE, region=region), provider=provider)
        assert clouds.faults(provider).injected.get("drop") == 1  # the answer was lost after the create
        assert [v.name for v in fleet.volumes.list(provider)].count("kept") == 1
        assert volume.name == "kept" and volume.region == region
        with pytest.raises(InvalidVolumeSpec, match="already has a volume named 'kept'"):
            fleet.volumes.create(VolumeSpec(name="kept", size_gb=SIZE, region=region), provider=provider)


@pytest.mark.parametrize("provider", WITH_VOLUMES)
def test_resize_where_the_provider_allows_it(clouds, provider: str) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        region = fleet.volumes.regions(provider)[provider][0]
        volume = fleet.volumes.create(VolumeSpec(name="grow", size_gb=SIZE, region=region), provider=provider)
        if not fleet.capabilities(provider).volume_resize:
            with pytest.raises(UnsupportedOperation, match="volume resize"):
                fleet.volumes.resize(volume, SIZE * 2)
            return
        bigger = fleet.volumes.resize("grow", SIZE * 2, provider)
        assert (bigger.id, bigger.size_gb) == (volume.id, SIZE * 2)
        assert fleet.volumes.get(volume.id, provider).size_gb == SIZE * 2
        if bigger.price_per_gb_month is not None:
            assert bigger.monthly_cost == pytest.approx(storage_cost(SIZE * 2, bigger.price_per_gb_month))
        with pytest.raises(InvalidVolumeSpec, match="only grow"):
            fleet.volumes.resize(volume, SIZE)


def test_names_resolve_per_provider_and_ambiguity_is_an_error(clouds) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        regions = fleet.volumes.regions(WITH_VOLUMES)
        made = [
            fleet.volumes.create(VolumeSpec(name="shared", size_gb=SIZE, region=regions[p][0]), provider=p)
            for p in WITH_VOLUMES
        ]
        if len(made) > 1:
            with pytest.raises(Exception, match="volumes are named 'shared'"):
                fleet.volumes.get("shared")
        for volume in made:
            assert fleet.volumes.get("shared", volume.provider).id == volume.id
            assert fleet.volumes.get(volume.id).provider == volume.provider
        with pytest.raises(NotFoundError, match="no volume 'nothing'"):
            fleet.volumes.get("nothing")
        with pytest.raises(InvalidVolumeSpec, match="no configured provider has volumes in 'nowhere-9'"):
            fleet.volumes.create(VolumeSpec(name="lost", size_gb=SIZE, region="nowhere-9"))


def test_a_provider_whose_volumes_cannot_be_listed_is_left_out(clouds) -> None:
    provider, *others = WITH_VOLUMES
    image, gpu = demo(provider)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        region = fleet.volumes.regions(provider)[provider][0]
        volume = fleet.volumes.create(VolumeSpec(name="flaky", size_gb=SIZE, region=region), provider=provider)
        before = served(clouds, provider)
        fleet.volumes.list(provider)
        list_ops = [op for op in served(clouds, provider) - before if "create" not in op]
        clouds.faults(provider).add(Fault.status(503), routes=list_ops)  # every retry fails too
        listing = fleet.volumes.list()
        assert provider in listing.failed and all(v.provider != provider for v in listing)
        assert fleet.offers(gpu, count=1, provider=provider, volumes=[volume.name]) == []
        with pytest.raises(VolumePlacementError, match="could not be listed"):
            fleet.create(PodSpec(name="p", image=image, gpu=gpu, volumes=[volume.name]), provider=provider)
        if others:
            regions = fleet.volumes.regions(others)
            shared = [(p, r) for p in others for r in regions[p] if r in fleet.volumes.regions(provider)[provider]]
            if shared:  # a region name two providers use: the create must say which provider
                with pytest.raises(ConfigurationError, match="say which provider"):
                    fleet.volumes.create(VolumeSpec(name="twice", size_gb=SIZE, region=shared[0][1]))
        assert clouds.live_pods() == []


@pytest.mark.parametrize("provider", [p for p in WITH_VOLUMES if REGISTRY[p].backend_class().capabilities.spot])
def test_a_spot_pod_follows_its_volume_too(clouds, provider: str) -> None:
    image, gpu = demo(provider)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        for i, region in enumerate(fleet.volumes.regions(provider)[provider]):
            volume = fleet.volumes.create(VolumeSpec(name=f"s{i}", size_gb=SIZE, region=region), provider=provider)
            offers = fleet.offers(gpu, count=1, spot=True, provider=provider, volumes=[volume])
            if offers:
                break
        else:
            raise AssertionError(f"no spot {gpu} offer reaches a {provider} volume")
        assert all(o.region == volume.region for o in offers)
        pod = fleet.create(PodSpec(name="spot", image=image, gpu=gpu, spot=True, volumes=[f"{volume.name}:/data"]))
        assert pod.spot and pod.region in (volume.region, None)
        assert fleet.volumes.get(volume.id, provider).attached_pods == (pod.id,)
        assert {a.volume_id for a in fleet.get(pod).volumes} == {volume.id}
