"""Offer keys and GPU ids, on every registered provider: each offer carries a key of its
provider's own type, its short id round-trips and names what the offer is (not where it is
available now), and every provider's GPU-id table names catalogue models."""

from __future__ import annotations

import dataclasses
import pickle
import warnings
from collections.abc import Iterator

import pytest
from gpupods import Fleet, gpus
from gpupods.mock import MockClouds, VirtualClock
from gpupods.models import GpuOffer, OfferKey, parse_offer_id
from gpupods.providers import backend_class
from gpupods.providers.lambda_cloud import LambdaOfferKey
from gpupods.providers.novita import GPU_IDS as NOVITA_IDS
from gpupods.providers.novita import NovitaOfferKey, read_product_name
from gpupods.providers.primeintellect import PrimeIntellectOfferKey
from gpupods.providers.runpod import RunPodOfferKey
from gpupods.registry import REGISTRY
from hypothesis import given, settings
from hypothesis import strategies as st

PROVIDERS = sorted(REGISTRY)
COUNTS = [None, 1, 2, 4, 8]
QUERIES = [None, *sorted({m.family for m in gpus.CATALOG})]


@pytest.fixture(scope="module")
def mocks() -> Iterator[tuple[MockClouds, Fleet]]:
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        yield clouds, fleet


@pytest.fixture(scope="module")
def every_offer(mocks: tuple[MockClouds, Fleet]) -> list[GpuOffer]:
    _, fleet = mocks
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # RunPod's spot prices come from GraphQL
        offers = [o for count in COUNTS for spot in (False, True) for o in fleet.offers(count=count, spot=spot)]
    assert {o.provider for o in offers} == set(REGISTRY)  # every provider's mock offers something
    return offers


@settings(max_examples=30, deadline=None)
@given(
    provider=st.sampled_from(PROVIDERS),
    count=st.sampled_from(COUNTS),
    spot=st.booleans(),
    gpu=st.sampled_from(QUERIES),
)
def test_every_offer_has_a_key_of_its_providers_type_and_its_id_round_trips(
    mocks: tuple[MockClouds, Fleet], provider: str, count: int | None, spot: bool, gpu: str | None
) -> None:
    clouds, fleet = mocks
    backend = backend_class(provider)
    cloud = clouds.cloud(provider)
    assert backend.offer_key is not OfferKey and issubclass(backend.offer_key, OfferKey)
    offers = fleet.offers(gpu, count=count, spot=spot, provider=provider)
    for offer in offers:
        key = offer.offer_id
        assert type(key) is backend.offer_key, (provider, key)
        with pytest.raises(dataclasses.FrozenInstanceError):
            key.stock = "changed"  # type: ignore[attr-defined]
        assert getattr(key, cloud.stock_field) in cloud.stock()  # set_stock takes the key's field
        assert parse_offer_id(offer.id) == (provider, offer.count)
        copy = pickle.loads(pickle.dumps(key))
        assert copy == key and hash(copy) == hash(key)
        assert dataclasses.replace(offer, offer_id=copy, raw=None).id == offer.id
        assert offer.gpu in {m.name for m in gpus.CATALOG}  # the provider's table knows the mock's GPUs
        assert backend.gpu_model(offer.gpu_provider_id) is gpus.by_name(offer.gpu)
    again = fleet.offers(gpu, count=count, spot=spot, provider=provider)
    assert sorted(o.id for o in again) == sorted(o.id for o in offers)  # the same offers, the same ids


@settings(max_examples=60, deadline=None)
@given(data=st.data(), other=st.text(min_size=1, max_size=12))
def test_an_offer_id_names_the_offer_not_where_it_is_available(
    every_offer: list[GpuOffer], data: st.DataObject, other: str
) -> None:
    offer = data.draw(st.sampled_from(every_offer))
    key = offer.offer_id
    for item in dataclasses.fields(key):
        value = getattr(key, item.name)
        if isinstance(value, tuple):  # where the offer is available now (``availability()`` fields)
            moved = dataclasses.replace(key, **{item.name: (*value, other)})
            assert dataclasses.replace(offer, offer_id=moved).id == offer.id, item.name
            assert item.name not in key.identity()
        else:
            changed = dataclasses.replace(offer, offer_id=dataclasses.replace(key, **{item.name: f"{value}{other}"}))
            assert changed.id != offer.id, item.name
    assert parse_offer_id(dataclasses.replace(offer, count=offer.count + 1).id)[1] == offer.count + 1


def _offer(provider: str, gpu_provider_id: str, count: int, key: OfferKey) -> GpuOffer:
    return GpuOffer(provider, "-", gpu_provider_id, None, count, None, None, None, "unknown", offer_id=key)


@pytest.mark.parametrize(
    ("offer", "expected"),
    [
        (
            _offer(
                "runpod",
                "NVIDIA H100 80GB HBM3",
                1,
                RunPodOfferKey("NVIDIA H100 80GB HBM3", "SECURE", ("US-KS-2", "EU-RO-1")),
            ),
            "runpod-2c76128b",
        ),
        (
            _offer("runpod", "NVIDIA GeForce RTX 4090", 2, RunPodOfferKey("NVIDIA GeForce RTX 4090", "COMMUNITY")),
            "runpod-548e9f75-x2",
        ),
        (
            _offer(
                "primeintellect",
                "H100_80GB",
                1,
                PrimeIntellectOfferKey("hyperstack-h100-sxm-1", "H100_80GB", "SXM5", "hyperstack", "NO-1"),
            ),
            "primeintellect-1b786f13",
        ),
        (
            _offer("primeintellect", "A100_80GB", 8, PrimeIntellectOfferKey("c-1", "A100_80GB", "PCIe", "runpod")),
            "primeintellect-abb853d0-x8",
        ),
        (_offer("novita", "H100 SXM 80GB", 1, NovitaOfferKey("1", "cn-hongkong-1")), "novita-c6178a23"),
        (_offer("novita", "RTX 4090 24GB", 4, NovitaOfferKey("7")), "novita-225a5b43-x4"),
        (
            _offer("lambda", "gpu_8x_h100_sxm5", 8, LambdaOfferKey("gpu_8x_h100_sxm5", "us-east-1")),
            "lambda-b1bd2119-x8",
        ),
    ],
)
def test_offer_ids_are_those_earlier_versions_gave(offer: GpuOffer, expected: str) -> None:
    """The ids of offers keyed by plain dicts before the typed keys (computed then): an id a user
    kept from ``gpupods offers`` still finds its offer."""
    assert offer.id == expected


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_gpu_id_in_a_providers_table_names_a_catalogue_model(provider: str) -> None:
    backend = backend_class(provider)
    table = backend.gpu_ids
    assert table.names, f"{provider} maps no GPU id"
    catalogue = {m.name: m for m in gpus.CATALOG}
    for gpu_id, name in table.names.items():
        model = catalogue.get(name)
        assert model is not None, f"{provider}: {gpu_id!r} names {name!r}, which the catalogue lacks"
        assert table.model(gpu_id) is model and backend.gpu_model(gpu_id) is model
        assert gpu_id in table.ids_of(model)
        assert gpus.by_name(gpu_id) is model and gpus.matches(gpu_id, model) and gpus.known(gpu_id)
    assert set(table.variants) <= set(table.names)
    assert set(table.variants.values()) <= {"SXM", "PCIe", "NVL"}
    assert gpus.provider_ids()[provider] is table


def test_no_gpu_id_names_two_models_across_providers() -> None:
    seen: dict[str, tuple[str, str]] = {}
    for provider, table in gpus.provider_ids().items():
        for gpu_id, name in table.names.items():
            earlier = seen.setdefault(gpu_id, (provider, name))
            assert earlier[1] == name, f"{gpu_id!r} is {earlier[1]} on {earlier[0]} but {name} on {provider}"


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_query_naming_any_providers_gpu_id_finds_that_model_on_every_provider(
    mocks: tuple[MockClouds, Fleet], data: st.DataObject
) -> None:
    """Every offer of the id's model (of the id's form factor, when it says one) on any provider,
    and nothing outside the model's family."""
    tables = gpus.provider_ids()
    provider = data.draw(st.sampled_from(sorted(tables)))
    gpu_id = data.draw(st.sampled_from(sorted(tables[provider].names)))
    model = tables[provider].model(gpu_id)
    assert model is not None
    variant = gpus.variant_of(gpu_id)
    _, fleet = mocks
    found = fleet.offers(gpu_id, count=1)
    of_the_model = {
        o.id
        for o in fleet.offers(count=1)
        if o.gpu_provider_id == gpu_id or (o.gpu == model.name and variant in (None, o.variant))
    }
    assert of_the_model <= {o.id for o in found}, (provider, gpu_id)
    for offer in found:
        found_model = gpus.by_name(offer.gpu)
        assert found_model is not None and found_model.family == model.family, (gpu_id, offer)


def test_novita_reads_every_product_name_of_its_table_from_the_words() -> None:
    """The table pins the product names gpupods has seen; a new product in the same style is read
    the same way (family and memory)."""
    for product_name in NOVITA_IDS.names:
        assert read_product_name(product_name) is NOVITA_IDS.model(product_name), product_name
