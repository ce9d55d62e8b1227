"""The volume models, the storage price arithmetic, place names and the backend contract,
checked on generated cases (hypothesis) rather than a list of examples."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import ClassVar

import pytest
from gpupods import PodSpec, PodStatus, RealClock
from gpupods._config import ProviderConfig
from gpupods._placement import locate, nearest, nearness
from gpupods.errors import InvalidPodSpec, InvalidVolumeSpec, UnsupportedOperation
from gpupods.models import Capabilities, VolumeMount, VolumeSpec
from gpupods.pricing import HOURS_PER_MONTH, StorageRate, per_gb_month, storage_cost
from gpupods.providers._base import Backend
from gpupods.registry import REGISTRY
from hypothesis import given
from hypothesis import strategies as st

NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,47}")
REGION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
money = st.floats(min_value=0, max_value=10, allow_nan=False)
sizes = st.floats(min_value=0, max_value=100_000, allow_nan=False)


# --- prices ------------------------------------------------------------------------------------


@given(size=sizes, rate=money, hours=st.floats(min_value=0, max_value=10 * HOURS_PER_MONTH, allow_nan=False))
def test_storage_cost_is_size_times_rate_times_months(size: float, rate: float, hours: float) -> None:
    assert storage_cost(size, rate, hours) == pytest.approx(size * rate * hours / HOURS_PER_MONTH)
    assert storage_cost(size, rate) == pytest.approx(size * rate)


@given(bad=st.sampled_from([-1.0, math.nan, math.inf, True, "3"]), where=st.integers(0, 2))
def test_storage_cost_refuses_what_is_not_a_quantity(bad: object, where: int) -> None:
    args: list[object] = [10.0, 0.07, 24.0]
    args[where] = bad
    with pytest.raises(ValueError, match="finite number"):
        storage_cost(*args)  # type: ignore[arg-type]


@given(hourly=st.floats(min_value=0, max_value=5, allow_nan=False), size=st.integers(1, 100_000))
def test_an_hourly_price_and_its_monthly_rate_agree(hourly: float, size: int) -> None:
    rate = per_gb_month(hourly, size)
    assert rate is not None
    assert storage_cost(size, rate, hours=1) == pytest.approx(hourly)
    assert per_gb_month(hourly, 0) is None


@st.composite
def tiered_rates(draw: st.DrawFn) -> StorageRate:
    bounds = sorted(set(draw(st.lists(st.integers(1, 5000), max_size=3))))
    rates = draw(st.lists(money, min_size=len(bounds) + 1, max_size=len(bounds) + 1))
    return StorageRate.tiered(*zip([*bounds, None], rates, strict=True))


@given(rate=tiered_rates(), size=st.integers(0, 20_000))
def test_tiers_price_each_gb_at_the_rate_of_its_tier(rate: StorageRate, size: int) -> None:
    def rate_of_gb(n: int) -> float:  # the n-th GB (1-based) falls in the first tier that reaches it
        return next(r for up_to, r in rate.tiers if up_to is None or n <= up_to)

    expected = sum(rate_of_gb(n) for n in range(1, size + 1))
    assert rate.monthly(size) == pytest.approx(expected)
    if size:
        assert rate.per_gb_month(size) == pytest.approx(expected / size)
    assert rate.monthly(size + 1) >= rate.monthly(size)


def test_runpods_published_tiers() -> None:
    from gpupods.providers.runpod import VOLUME_RATES

    standard = VOLUME_RATES["STANDARD"]
    assert standard.monthly(100) == pytest.approx(7.0)
    assert standard.monthly(2000) == pytest.approx(1000 * 0.07 + 1000 * 0.05)
    assert "HIGH_PERFORMANCE" not in VOLUME_RATES  # no published rate: cost unknown, not guessed


# --- specs and mounts ----------------------------------------------------------------------------


@given(
    name=st.one_of(st.text(max_size=60), st.from_regex(NAME, fullmatch=True)),
    size=st.one_of(st.none(), st.integers(-5, 10**7)),
    region=st.one_of(st.text(max_size=70), st.from_regex(REGION, fullmatch=True)),
)
def test_a_volume_spec_is_checked_when_built(name: str, size: int | None, region: str) -> None:
    fine_name = NAME.fullmatch(name) is not None
    fine_size = size is None or 1 <= size <= 1_000_000
    fine_region = REGION.fullmatch(region) is not None
    if fine_name and fine_size and fine_region:
        assert VolumeSpec(name, size, region).name == name
        return
    with pytest.raises(InvalidVolumeSpec) as refused:
        VolumeSpec(name, size, region)
    assert refused.value.field == ("name" if not fine_name else "size_gb" if not fine_size else "region")


refs = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,30}", fullmatch=True)
paths = st.from_regex(r"/[a-z0-9/_.-]{0,20}", fullmatch=True)


@given(ref=refs, path=st.one_of(st.none(), paths))
def test_name_and_path_read_back_from_the_command_line(ref: str, path: str | None) -> None:
    text = ref if path is None else f"{ref}:{path}"
    assert VolumeMount.parse(text) == VolumeMount(ref, path)


@given(text=st.text(max_size=30).filter(lambda t: not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]*(:/\S*)?", t)))
def test_a_bad_mount_is_refused_naming_the_field(text: str) -> None:
    with pytest.raises(InvalidPodSpec) as refused:
        PodSpec(name="p", image="i", gpu="H100", volumes=[text])
    assert refused.value.field == "volumes"


@given(ref=refs, path=paths)
def test_a_volume_or_a_path_twice_is_refused(ref: str, path: str) -> None:
    with pytest.raises(InvalidPodSpec, match="given twice"):
        PodSpec(name="p", image="i", gpu="H100", volumes=[f"{ref}:{path}", f"{ref}:/other{path}"])
    with pytest.raises(InvalidPodSpec, match="given twice"):
        PodSpec(name="p", image="i", gpu="H100", volumes=[f"{ref}:{path}", f"x{ref}:{path}"])
    with pytest.raises(InvalidPodSpec, match="given twice"):
        PodSpec(name="p", image="i", gpu="H100", volume_gb=20, volume_mount_path=path, volumes=[f"{ref}:{path}"])
    assert PodSpec(name="p", image="i", gpu="H100", volumes=[f"{ref}:{path}"]).volumes == (VolumeMount(ref, path),)


# --- places ----------------------------------------------------------------------------------------

PLACES = [
    "EU-RO-1",
    "EU-SE-1",
    "US-TX-3",
    "US-KS-2",
    "CA-MTL-1",
    "AP-JP-1",
    "us-east-1",
    "us-west-2",
    "europe-central-1",
    "asia-northeast-1",
    "me-west-1",
    "as-sgp-2",
    "us-ca-1",
    "eu-de-1",
    "NO-1",
    "FIN-01",
    "united_states",
    "eu_north",
]


@given(a=st.sampled_from(PLACES), b=st.sampled_from(PLACES))
def test_nearness_is_symmetric_and_ranked(a: str, b: str) -> None:
    assert nearness(a, b) == nearness(b, a)
    assert nearness(a, a) == 3
    (continent_a, country_a), (continent_b, country_b) = locate(a), locate(b)
    if a != b and country_a and country_a == country_b:
        assert nearness(a, b) == 2
    elif a != b and continent_a and continent_a == continent_b:
        assert nearness(a, b) >= 1


@given(origin=st.sampled_from(PLACES), places=st.lists(st.sampled_from(PLACES), max_size=10))
def test_nearest_puts_nearer_places_first_and_keeps_everything(origin: str, places: list[str]) -> None:
    ranked = nearest(origin, places, lambda p: p)
    assert sorted(ranked) == sorted(places)
    scores = [nearness(origin, p) for p in ranked]
    assert scores == sorted(scores, reverse=True)


def test_every_place_name_the_mocks_use_is_located() -> None:
    for place in PLACES:
        assert locate(place)[0] is not None, place


# --- the backend contract -----------------------------------------------------------------------

VOLUME_OPERATIONS = ("list_volumes", "create_volume", "delete_volume", "volume_regions")


@pytest.mark.parametrize("provider", list(REGISTRY))
def test_a_backend_declares_exactly_the_volume_operations_it_has(provider: str) -> None:
    backend = REGISTRY[provider].backend_class()
    caps = backend.capabilities
    overridden = {
        op for op in (*VOLUME_OPERATIONS, "resize_volume") if getattr(backend, op) is not getattr(Backend, op)
    }
    if caps.volumes:
        assert set(VOLUME_OPERATIONS) <= overridden and caps.max_volumes >= 1
    else:
        assert not overridden and caps.max_volumes == 0
    assert ("resize_volume" in overridden) == caps.volume_resize


class Bare(Backend):
    """A backend whose API has no volumes: the base class's defaults."""

    name = "bare"
    title = "Bare Cloud"
    capabilities = Capabilities(
        start_stop=False, restart=False, logs=False, spot=False, serverless=False, batch_status=False
    )
    STATUS_MAP: ClassVar[Mapping[str, PodStatus]] = {}
    generated_package = "gpupods_clients.novita"


def test_volume_operations_default_to_unsupported() -> None:
    bare = Bare(ProviderConfig.from_env("novita", environ={}, api_key="k"), RealClock())
    spec = VolumeSpec("data", 10, "somewhere")
    flows = [bare.list_volumes(), bare.create_volume(spec), bare.delete_volume("v1"), bare.volume_regions()]
    for flow in flows:
        with pytest.raises(UnsupportedOperation, match="Bare Cloud does not support volumes"):
            next(flow)
    with pytest.raises(UnsupportedOperation, match="does not support volume resize"):
        next(bare.resize_volume(None, 20))  # type: ignore[arg-type]


def test_volume_errors_and_specs_pickle_with_their_attributes() -> None:
    import pickle

    from gpupods.errors import VolumeInUse, VolumePlacementError
    from gpupods.models import Volume, VolumeStatus

    volume = Volume("runpod", "v1", "data", 10, "EU-RO-1", "STANDARD", VolumeStatus.READY, None, 0.07, ("p1",))
    spec = PodSpec(name="p", image="i", gpu="H100", volumes=[VolumeMount(volume, "/data"), "other:/x"])
    assert pickle.loads(pickle.dumps(spec)) == spec
    errors = [
        VolumeInUse("in use", provider="runpod", volume_id="v1", pods=["p1"]),
        VolumePlacementError(
            "nowhere",
            [("runpod H100 x1", InvalidPodSpec("volumes", "elsewhere"))],
            volumes=["'data' (RunPod, EU-RO-1)"],
            alternatives=["runpod EU-SE-1: H100 x1 at $2/h"],
        ),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert {k: str(v) for k, v in vars(copy).items()} == {k: str(v) for k, v in vars(error).items()}
