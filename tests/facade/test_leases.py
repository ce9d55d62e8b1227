"""Leases recorded in pod names: the name codec, the spec's checks, and every provider of the
registry keeping the lease through its API (a second fleet reads it back from a list) and
extending it where its API can rename a pod."""

from __future__ import annotations

import string
from datetime import timedelta

import pytest
from gpupods import Fleet, PodSpec
from gpupods._tokens import EPOCH, MAX_NAME_LENGTH, MAX_TTL, name_room, parse_name, split_token, with_token
from gpupods.errors import InvalidArgument, InvalidPodSpec, UnsupportedOperation
from gpupods.mock import MockClouds, VirtualClock
from gpupods.models import Lease
from gpupods.registry import REGISTRY
from hypothesis import given, settings
from hypothesis import strategies as st

PROVIDERS = list(REGISTRY)
LAST = EPOCH + 36**6 - 1  # the last second a lease can record

names = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9-]{0,47}", fullmatch=True)
tokens = st.text(string.ascii_lowercase + string.digits, min_size=10, max_size=10)
times = st.integers(EPOCH, LAST).map(float)
leases = st.builds(
    Lease,
    started_at=times,
    ttl=st.none() | st.integers(1, MAX_TTL).map(float),
    idle_limit=st.none() | st.integers(1, 30 * 86400).map(float),
    max_cost=st.none() | st.integers(1, 100_000_000).map(lambda cents: cents / 100),
    idle_since=st.none() | times,
    stopped_at=st.none() | times,
)


@settings(max_examples=100, deadline=None)
@given(names, tokens, st.none() | leases)
def test_a_name_reads_back_as_written(name: str, token: str, lease: Lease | None) -> None:
    parsed = parse_name(with_token(name, token, lease))
    assert (parsed.name, parsed.token, parsed.lease) == (name, token, lease)
    assert split_token(with_token(name, token, lease)) == (name, token)


@settings(max_examples=100, deadline=None)
@given(
    names,
    tokens,
    st.none() | st.integers(1, MAX_TTL // 2),
    st.none() | st.integers(1, 30 * 86400),
    st.none() | st.integers(1, 100_000_000),
    times,
)
def test_an_accepted_spec_keeps_every_name_within_every_providers_limit(
    name: str, token: str, ttl: int | None, idle: int | None, cents: int | None, when: float
) -> None:
    """Whatever the spec, the lease can grow to its longest ttl and carry the reaper's
    bookkeeping without the name passing the strictest provider's limit."""
    cost = cents / 100 if cents is not None else None
    try:
        spec = PodSpec(name=name, image="img", gpu="H100", ttl=ttl, idle_limit=idle, max_cost=cost)
    except InvalidPodSpec as exc:
        assert exc.field == "name" and len(name) > name_room(ttl, idle, cost)
        return
    lease = spec.lease(when)
    if lease is None:
        assert len(with_token(name, token)) <= MAX_NAME_LENGTH
        return
    extended = lease.evolve(ttl=float(MAX_TTL) if ttl is not None else None)
    for bookkept in (extended.evolve(idle_since=float(LAST)), extended.evolve(stopped_at=float(LAST))):
        full = with_token(name, token, bookkept if idle is not None else extended)
        assert len(full) <= MAX_NAME_LENGTH
        assert parse_name(full).lease is not None


@given(st.text(max_size=80))
def test_any_name_parses_without_error(raw: str) -> None:
    parsed = parse_name(raw)
    assert parsed.token is None or len(parsed.token) == 10
    if parsed.token is None:
        assert parsed.name == raw and parsed.lease is None


def test_names_from_before_leases_and_unknown_fields() -> None:
    assert split_token("train-gp4k2m9x0q1z") == ("train", "4k2m9x0q1z")
    assert parse_name("train-gp4k2m9x0q1z").lease is None
    assert parse_name("my-own-pod") == parse_name("my-own-pod").__class__("my-own-pod")
    # a field this version does not know is skipped; the lease still reads
    later = parse_name("train-gp4k2m9x0q1z-b1a-x2s0-zq1")
    assert later.token == "4k2m9x0q1z" and later.lease == Lease(started_at=EPOCH + 46.0, ttl=3600.0)
    # fields without a start are no lease
    assert parse_name("train-gp4k2m9x0q1z-x2s0").lease is None


def test_a_lease_never_ends_earlier_than_asked() -> None:
    lease = Lease(started_at=EPOCH + 10.0, ttl=0.2, idle_limit=59.01)
    read = parse_name(with_token("a", "0" * 10, lease)).lease
    assert read is not None and read.ttl == 1.0 and read.idle_limit == 60.0


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"ttl": 0}, "ttl"),
        ({"ttl": -5}, "ttl"),
        ({"ttl": float("inf")}, "ttl"),
        ({"ttl": True}, "ttl"),
        ({"ttl": "2h"}, "ttl"),
        ({"ttl": timedelta(days=400)}, "ttl"),
        ({"idle_limit": timedelta(days=31)}, "idle_limit"),
        ({"max_cost": 0}, "max_cost"),
        ({"max_cost": float("nan")}, "max_cost"),
        ({"name": "n" * 40, "ttl": 3600}, "name"),
    ],
)
def test_bad_leases_are_refused_naming_the_field(fields: dict[str, object], field: str) -> None:
    spec = {"name": "train", "image": "img", "gpu": "H100", **fields}
    with pytest.raises(InvalidPodSpec) as caught:
        PodSpec(**spec)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_durations_are_seconds_or_timedeltas() -> None:
    spec = PodSpec(name="train", image="img", gpu="H100", ttl=timedelta(hours=2), idle_limit=600)
    assert spec.ttl == 7200.0 and spec.idle_limit == 600.0
    assert PodSpec(name="train", image="img", gpu="H100").lease(1e9) is None


# -- every provider of the registry -------------------------------------------------------------


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False) as mocks:
        yield mocks


def spec_for(provider: str, name: str, **lease: object) -> PodSpec:
    demo = REGISTRY[provider].demo
    return PodSpec(name=name, image=demo.image, gpu=demo.gpu, **lease)  # type: ignore[arg-type]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_lease_survives_the_providers_list_and_another_fleet_reads_it(clouds: MockClouds, provider: str) -> None:
    before = clouds.clock.time()
    with Fleet.from_env(**clouds.fleet_options(), journal=False) as maker:
        made = maker.create(spec_for(provider, "leased", ttl=3600, idle_limit=900, max_cost=25), provider=provider)
    # The lease starts when the create request is sent: a paced provider (Lambda) may wait first.
    assert made.lease is not None and int(before) <= made.lease.started_at <= clouds.clock.time()
    start = made.lease.started_at
    assert made.lease == Lease(started_at=start, ttl=3600.0, idle_limit=900.0, max_cost=25.0)
    clouds.clock.advance(120)
    with Fleet.from_env(**clouds.fleet_options(), journal=False) as other:
        seen = next(p for p in other.list(provider) if p.id == made.id)
    assert seen.name == "leased" and seen.client_token == made.client_token
    assert seen.lease == made.lease
    assert seen.expires_at is not None and seen.expires_at.timestamp() == int(start) + 3600
    assert seen.observed_at == clouds.clock.time()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_extend_renames_where_the_api_can_and_says_so_where_it_cannot(clouds: MockClouds, provider: str) -> None:
    with Fleet.from_env(**clouds.fleet_options(), journal=False) as fleet:
        pod = fleet.create(spec_for(provider, "train", ttl=3600), provider=provider)
        before = {p for p in clouds.live_pods() if p[0] == provider}
        if not fleet.capabilities(provider).rename:
            with pytest.raises(UnsupportedOperation):
                fleet.extend(pod, timedelta(hours=1))
            assert {p for p in clouds.live_pods() if p[0] == provider} == before
            return
        clouds.clock.advance(600)
        extended = fleet.extend(pod, timedelta(hours=1))
        assert extended.lease is not None and pod.lease is not None
        assert extended.lease.expires_at == pod.lease.expires_at + 3600  # type: ignore[operator]
        assert extended.id == pod.id and extended.status is not None
        # once the lease has ended, an extension counts from now
        clouds.clock.advance(3 * 3600)
        again = fleet.extend(pod, 600)
        assert again.lease is not None and again.lease.expires_at == pytest.approx(clouds.clock.time() + 600, abs=1)
        with pytest.raises(InvalidArgument):
            fleet.extend(pod, 0)
        bare = fleet.create(spec_for(provider, "bare"), provider=provider)
        with pytest.raises(InvalidArgument, match="no lease"):
            fleet.extend(bare, 600)
