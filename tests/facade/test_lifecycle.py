"""The whole pod lifecycle on each provider through Fleet and AsyncFleet, over the real HTTP
stack (generated clients, resilient transport) into the mock clouds."""

from __future__ import annotations

import pytest
from gpupods import AsyncFleet, Fleet, PodSpec, PodStatus
from gpupods.errors import UnsupportedOperation

from .conftest import PROVIDERS


@pytest.mark.parametrize(("provider", "image", "gpu"), PROVIDERS)
def test_lifecycle_sync(clouds, provider: str, image: str, gpu: str) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offers = fleet.offers(gpu, count=1, provider=provider)
        assert offers and all(o.provider == provider and o.gpu.startswith("H100") for o in offers)
        prices = [o.price_per_hour for o in offers]
        assert prices == sorted(prices)
        spec = PodSpec(name="life", image=image, gpu=gpu, ports=("22/tcp",))
        pod = fleet.create(spec, offers[0])
        assert pod.provider == provider and pod.name == "life" and pod.client_token
        assert pod.status in (PodStatus.PENDING, PodStatus.PROVISIONING, PodStatus.STARTING)
        pod = fleet.wait(pod, timeout=600)
        assert pod.status is PodStatus.RUNNING
        assert pod.ssh is not None and pod.ssh.command.startswith(f"ssh {pod.ssh.user}@127.0.0.1 -p ")
        assert pod.price_per_hour == offers[0].price_per_hour
        assert [p.id for p in fleet.list(provider)] == [pod.id]
        caps = fleet.capabilities(provider)
        if caps.start_stop:
            assert fleet.stop(pod).status in (PodStatus.STOPPING, PodStatus.STOPPED)
            fleet.wait(pod, timeout=120, status=PodStatus.STOPPED)
            fleet.start(pod)
            assert fleet.wait(pod, timeout=600).ssh is not None
        else:
            with pytest.raises(UnsupportedOperation, match=f"{fleet.backend(provider).title} does not support stop"):
                fleet.stop(pod)
        fleet.terminate(pod)
        fleet.terminate(pod)  # already going or gone: still fine
        clouds.clock.advance(300)
        assert fleet.list(provider) == []


@pytest.mark.parametrize(("provider", "image", "gpu"), PROVIDERS)
async def test_lifecycle_async(clouds, provider: str, image: str, gpu: str) -> None:
    async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
        offers = await fleet.offers(gpu, count=1, provider=provider)
        pod = await fleet.create(PodSpec(name="alife", image=image, gpu=gpu), offers[0])
        pod = await fleet.wait(pod, timeout=600)
        assert pod.status is PodStatus.RUNNING and pod.ssh is not None
        if fleet.capabilities(provider).start_stop:
            await fleet.stop(pod)
            await fleet.wait(pod, timeout=120, status=PodStatus.STOPPED)
            await fleet.start(pod)
            assert (await fleet.wait(pod, timeout=600)).is_running
        if fleet.capabilities(provider).restart:
            await fleet.restart(pod)
            assert (await fleet.wait(pod, timeout=600)).is_running
        await fleet.terminate(pod)
        clouds.clock.advance(300)
        assert await fleet.list(provider) == []


def test_offers_across_providers_cheapest_first(clouds) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offers = fleet.offers("H100_80GB", count=1)
        assert {o.provider for o in offers} == {"runpod", "primeintellect", "novita", "lambda"}
        assert all(o.gpu == "H100_80GB" for o in offers)
        prices = [o.price_per_hour for o in offers]
        assert prices == sorted(prices)
        assert fleet.offers("H100", max_price=2.0) == [o for o in fleet.offers("H100") if o.price_per_hour <= 2.0]
        spot = fleet.offers("H100", spot=True)
        assert spot and all(o.spot_price_per_hour is not None for o in spot)
        assert [o.spot_price_per_hour for o in spot] == sorted(o.spot_price_per_hour for o in spot)


def test_create_without_an_offer_takes_the_cheapest_matching(clouds) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        pod = fleet.create(PodSpec(name="auto", image="ubuntu_22_cuda_12", gpu="RTX4090"), provider="primeintellect")
        assert pod.gpu == "RTX4090_24GB" and pod.price_per_hour == 0.39


def test_logs_where_the_api_has_them(clouds) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        pod = fleet.wait(fleet.create(PodSpec(name="lg", image="img", gpu="L40S"), provider="runpod"))
        clouds.clock.advance(30)
        assert fleet.logs(pod, tail=2) and all("container log line" in line for line in fleet.logs(pod, tail=2))
        nv = fleet.create(PodSpec(name="nv", image="img", gpu="RTX4090"), provider="novita")
        with pytest.raises(UnsupportedOperation, match="Novita does not support logs"):
            fleet.logs(nv)
        assert not fleet.capabilities("novita").logs
