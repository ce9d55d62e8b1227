"""Fleet-wide reads degrade per provider, create skips a provider that cannot run the spec, GPU
form factors and region names mean one thing on every provider, offers carry an id and sizes."""

from __future__ import annotations

import itertools

import pytest
from gpupods import AsyncFleet, Fleet, PodSpec, gpus, regions
from gpupods.errors import AuthenticationError, CreateFailed, InvalidPodSpec, PodError, ProviderError
from gpupods.mock import Fault
from gpupods.models import PodList, parse_offer_id
from gpupods.registry import REGISTRY

from tests.providers import PROVIDERS, routes


@pytest.fixture
def fleet(clouds):
    with Fleet.from_env(**clouds.fleet_options()) as f:
        yield f


def _seed(fleet: Fleet) -> None:
    for provider in PROVIDERS:
        image = REGISTRY[provider].demo.image
        fleet.create(PodSpec(name=f"p-{provider}", image=image, gpu="H100"), provider=provider)


@pytest.mark.parametrize("down", [set(c) for n in (1, 2) for c in itertools.combinations(PROVIDERS, n)])
def test_list_returns_what_the_healthy_providers_answered(clouds, fleet, down: set[str]) -> None:
    _seed(fleet)
    for provider in down:
        clouds.faults(provider).add(Fault.status(503), routes=list(routes(provider, "list")))
    pods = fleet.list()
    assert isinstance(pods, PodList)
    assert sorted(p.provider for p in pods) == sorted(set(PROVIDERS) - down)
    assert set(pods.failed) == down
    assert all(isinstance(e, ProviderError) and e.status_code == 503 for e in pods.failed.values())


def test_list_raises_only_when_every_provider_failed(clouds, fleet) -> None:
    for provider in PROVIDERS:
        clouds.faults(provider).add(Fault.status(503), routes=list(routes(provider, "list")))
    with pytest.raises(ProviderError):
        fleet.list()


async def test_async_offers_report_the_failed_provider(clouds) -> None:
    down = PROVIDERS[0]
    clouds.faults(down).add(Fault.status(401), routes=list(routes(down, "offers")))
    async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
        offers = await fleet.offers("H100")
    assert offers and {o.provider for o in offers} == set(PROVIDERS) - {down}
    assert isinstance(offers.failed[down], AuthenticationError) and set(offers.failed) == {down}


def test_offers_with_no_match_and_a_failed_provider_is_an_empty_answer(clouds, fleet) -> None:
    down = PROVIDERS[-1]
    clouds.faults(down).add(Fault.status(503), routes=list(routes(down, "offers")))
    offers = fleet.offers("H100", max_price=0.01)
    assert offers == [] and set(offers.failed) == {down}


def _image_runners(fleet: Fleet, spec: PodSpec) -> tuple[list[str], list[str]]:
    """The providers whose backend runs ``spec``'s image on its first offer, and those whose
    ``check_spec`` refuses it (without a request)."""
    runners, refusers = [], []
    for provider in PROVIDERS:
        offer = fleet.offers(spec.gpu, provider=provider)[0]
        try:
            fleet.backend(provider).check_spec(spec, offer)
        except InvalidPodSpec as refused:
            assert refused.field == "image", refused
            refusers.append(provider)
        else:
            runners.append(provider)
    return runners, refusers


def test_create_skips_a_provider_that_cannot_run_the_image_and_records_why(clouds, fleet) -> None:
    spec = PodSpec(name="fallback", image="pytorch/pytorch:latest", gpu="H100")
    runners, refusers = _image_runners(fleet, spec)
    assert len(runners) >= 2 and refusers, "the scenario needs two providers that run containers and one that cannot"
    *refusing, survivor = runners
    for provider in refusing:  # these refuse every create
        clouds.faults(provider).add(Fault.status(403), routes=list(routes(provider, "create")))
    assert fleet.create(spec).provider == survivor
    with pytest.raises(InvalidPodSpec) as caught:  # every candidate refused it: the spec's own error
        fleet.create(PodSpec(name="only-there", image=spec.image, gpu=spec.gpu), provider=refusers[0])
    assert caught.value.field == "image" and "extras" not in str(caught.value)
    clouds.faults(survivor).add(Fault.status(403), routes=list(routes(survivor, "create")))
    with pytest.raises(CreateFailed) as failed:
        fleet.create(PodSpec(name="nowhere", image=spec.image, gpu=spec.gpu))
    # A provider that refused the image once is skipped from then on (its refusals do not use
    # up the candidates), and no create request reached it.
    refusals = [where.split()[0] for where, error in failed.value.attempts if isinstance(error, InvalidPodSpec)]
    assert refusals and set(refusals) <= set(refusers) and len(refusals) == len(set(refusals))
    assert set(runners) <= {where.split()[0] for where, _ in failed.value.attempts}
    for provider in refusers:
        assert all(clouds.cloud(provider).served[op] == 0 for op in routes(provider, "create"))


def _variant_query(offer_gpu: str, variant: str) -> str:
    return f"{gpus.by_name(offer_gpu).family} {variant}"  # type: ignore[union-attr]


def test_every_form_factor_query_matches_only_that_form_factor(fleet) -> None:
    everything = fleet.offers()
    pairs = {(o.gpu, o.variant) for o in everything if o.variant and gpus.by_name(o.gpu)}
    assert {v for _, v in pairs} >= {"SXM", "PCIe", "NVL"}
    for gpu, variant in pairs:
        query = _variant_query(gpu, variant)
        found = fleet.offers(query)
        family = gpus.by_name(gpu).family  # type: ignore[union-attr]
        assert found, query
        assert all(o.variant == variant and gpus.by_name(o.gpu).family == family for o in found), query  # type: ignore[union-attr]
        wanted = {
            o.id
            for o in everything
            if o.variant == variant and gpus.by_name(o.gpu) is not None and gpus.by_name(o.gpu).family == family
        }  # type: ignore[union-attr]
        assert {o.id for o in found} == wanted, query


def test_a_provider_id_with_a_form_factor_picks_that_form_factor_everywhere(fleet) -> None:
    found = fleet.offers("NVIDIA H100 PCIe")
    assert {o.provider for o in found} == set(PROVIDERS)
    assert {o.variant for o in found} == {"PCIe"}


def test_digits_name_the_consumer_card(fleet) -> None:
    found = fleet.offers("4090")
    assert found and {o.gpu for o in found} == {"RTX4090_24GB"}
    assert {o.provider for o in found} == {o.provider for o in fleet.offers() if o.gpu == "RTX4090_24GB"}


@pytest.mark.parametrize("query", ["US", "EU", "DE", "NA", "FI", "united_states", "europe", "us-ca-1", "eu-de-1"])
def test_region_queries_mean_the_same_place_on_every_provider(fleet, query: str) -> None:
    everything = fleet.offers()
    found = fleet.offers(region=query)
    assert found, query
    for offer in everything:
        places = [offer.region, *offer.regions, getattr(offer.raw, "country", None)]
        inside = any(regions.matches(query, str(p)) for p in places if p)
        assert (offer.id in {o.id for o in found}) == inside, (query, offer.provider, places)


def test_region_codes_from_every_provider_style() -> None:
    assert (
        regions.matches("US", "US-TX-3") and regions.matches("US", "us-ca-1") and regions.matches("US", "united_states")
    )
    assert regions.matches("EU", "eu-de-1") and regions.matches("DE", "eu-de-1") and regions.matches("EU", "EU-RO-1")
    assert regions.matches("FI", "FIN-01") and regions.matches("AS", "as-sgp-2") and regions.matches("SG", "as-sgp-2")
    assert not regions.matches("CA", "US-CA-2")  # a US state, not Canada
    assert not regions.matches("EU", "US-TX-3") and not regions.matches("US", "eu-de-1")
    for continent, countries in (("eu", ("de", "ro", "se")), ("as", ("jp", "sg")), ("na", ("us",))):
        for country, number in itertools.product(countries, (1, 2, 12)):
            for style in (f"{continent}-{country}-{number}", f"{continent.upper()}-{country.upper()}-{number}"):
                assert regions.matches(continent, style) and regions.matches(country.upper(), style), style


def test_offers_have_a_stable_id_that_names_provider_and_count(fleet) -> None:
    first, again = fleet.offers(), fleet.offers()
    assert [o.id for o in first] == [o.id for o in again]
    assert len({o.id for o in first}) == len(first)
    for offer in first:
        assert parse_offer_id(offer.id) == (offer.provider, offer.count)
    with pytest.raises(ValueError, match="not an offer id"):
        parse_offer_id("H100")


def test_offers_say_their_sizes_where_the_provider_does(fleet) -> None:
    novita = fleet.offers("H100 SXM", provider="novita")[0]
    assert (novita.vcpus, novita.ram_gb, novita.disk_gb) == (24, 240, novita.raw.disk_per_gpu)
    prime = fleet.offers("H100", provider="primeintellect")[0]
    assert prime.disk_gb == 100 and prime.variant in ("SXM", "PCIe")


def test_novita_pods_keep_their_price_and_times_in_a_fresh_process(clouds, fleet) -> None:
    created = fleet.create(PodSpec(name="nv", image="img:1", gpu="H100"), provider="novita")
    with Fleet.from_env(**clouds.fleet_options()) as fresh:  # a new process knows no offer
        pod = fresh.wait(fresh.get(created.id, "novita"), timeout=3600)
        listed = fresh.list("novita")[0]
    assert pod.price_per_hour is not None and pod.price_per_hour == created.price_per_hour
    assert pod.created_at is not None and pod.started_at is not None and pod.started_at >= pod.created_at
    assert listed.price_per_hour == pod.price_per_hour and listed.created_at == pod.created_at


def test_require_ssh_is_typed_and_explains_a_missing_address(clouds, fleet) -> None:
    pod = fleet.create(PodSpec(name="ssh", image="img:1", gpu="H100"), provider="runpod")
    with pytest.raises(PodError, match="no SSH address yet"):
        pod.require_ssh()
    ready = fleet.wait(pod, timeout=3600)
    assert ready.require_ssh().command == ready.ssh.command  # type: ignore[union-attr]
