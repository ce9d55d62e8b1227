"""Cost arithmetic: storage by each provider's published rates, billing increments, the
estimate a pod carries, and the provider clock it is measured on."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime

import pytest
from gpupods import Lease, Pod, PodStatus, VirtualClock
from gpupods._clock import ServerClock
from gpupods.costs import (
    HOURS_PER_MONTH,
    NETWORK_VOLUME,
    VOLUME_STOPPED,
    billed_seconds,
    estimate,
    hourly_rate,
    per_month,
    storage_cost_per_hour,
)
from gpupods.providers import backend_class
from gpupods.registry import REGISTRY
from hypothesis import given
from hypothesis import strategies as st

START = datetime(2026, 11, 23, 12, 0, tzinfo=UTC).timestamp()


@pytest.mark.parametrize("provider", list(REGISTRY))
@pytest.mark.parametrize("kind", [VOLUME_STOPPED, NETWORK_VOLUME])
def test_storage_costs_follow_each_providers_published_rate(provider: str, kind: str) -> None:
    rate = backend_class(provider).storage_rates.get(kind)
    cost = storage_cost_per_hour(provider, 100, kind)
    if rate is None:
        assert cost is None
    else:
        assert cost == pytest.approx(100 * rate / HOURS_PER_MONTH)
        assert per_month(cost) == pytest.approx(100 * rate)
        assert storage_cost_per_hour(provider, 0, kind) == 0


@given(st.integers(0, 10**10).map(lambda ms: ms / 1000), st.sampled_from([1.0, 60.0, 3600.0]))
def test_billed_time_is_whole_increments_never_less_than_used(seconds: float, increment: float) -> None:
    billed = billed_seconds(seconds, increment)
    assert billed >= seconds
    if increment > 1 and seconds > 0:
        assert billed - seconds < increment and billed % increment == 0


def pod(status: PodStatus, **fields: object) -> Pod:
    base: dict[str, object] = {
        "provider": "runpod",
        "id": "p1",
        "name": "x",
        "status": status,
        "provider_status": None,
        "gpu": "H100",
        "gpu_count": 1,
        "image": None,
        "price_per_hour": 2.0,
        "created_at": datetime.fromtimestamp(START, UTC),
        "stopped_price_per_hour": 0.01,
    }
    base.update(fields)
    return Pod(**base)  # type: ignore[arg-type]


def test_the_estimate_of_a_pod() -> None:
    assert estimate(pod(PodStatus.RUNNING), START + 5400) == pytest.approx(3.0)
    assert estimate(pod(PodStatus.STARTING), START + 1800) == pytest.approx(1.0)
    stopped = pod(PodStatus.STOPPED, lease=Lease(started_at=START, stopped_at=START + 3600))
    assert estimate(stopped, START + 3 * 3600) == pytest.approx(2.0 + 0.02)  # ran an hour, stopped two
    assert estimate(pod(PodStatus.STOPPED), START + 3600) is None  # stopped since when?
    assert estimate(pod(PodStatus.TERMINATING), START + 3600) is None
    assert estimate(pod(PodStatus.RUNNING, price_per_hour=None), START + 3600) is None
    # no creation time from the provider: the lease's start
    leased = pod(PodStatus.RUNNING, created_at=None, lease=Lease(started_at=START + 600))
    assert estimate(leased, START + 4200) == pytest.approx(2.0)
    assert estimate(pod(PodStatus.RUNNING, created_at=None), START + 60) is None
    assert estimate(pod(PodStatus.RUNNING, provider="elsewhere"), START + 3600) == pytest.approx(2.0)
    observed = pod(PodStatus.RUNNING, observed_at=START + 1800)
    assert observed.cost_so_far == pytest.approx(1.0)


def test_what_a_pod_costs_per_hour_now() -> None:
    assert hourly_rate(pod(PodStatus.RUNNING)) == 2.0
    assert hourly_rate(pod(PodStatus.STOPPED)) == 0.01
    assert hourly_rate(pod(PodStatus.TERMINATING)) == 0.0
    assert hourly_rate(pod(PodStatus.STOPPED, stopped_price_per_hour=None)) is None


def test_provider_time_comes_from_date_headers_beyond_their_resolution() -> None:
    local = VirtualClock(START)
    server = ServerClock(local)
    server.observe(email.utils.formatdate(START - 86400, usegmt=True))  # a day behind
    assert server.time() == START - 86400
    local.advance(10)
    assert server.time() == START - 86400 + 10
    server.observe(email.utils.formatdate(START + 10.9, usegmt=True))  # within Date's one second
    assert server.time() == local.time()
    for junk in (None, "", "yesterday", "Mon, 99 Foo 2026 99:99:99 GMT", "Tue, 24 Nov 2026 12:00:00"):
        server.observe(junk)
        assert server.time() == local.time()


@pytest.mark.parametrize("provider", list(REGISTRY))
def test_the_balance_is_the_one_the_account_reports_wherever_the_api_has_one(provider: str) -> None:
    """``fleet.balance`` and the cost report's account agree on every provider whose API reports
    a balance (capabilities say which); elsewhere the balance is unsupported, said before a
    request is wasted on it."""
    from gpupods import Fleet
    from gpupods.errors import UnsupportedOperation
    from gpupods.mock import MockClouds

    with MockClouds(sshd=False, providers=[provider]) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        if not fleet.capabilities(provider).balance:
            with pytest.raises(UnsupportedOperation):
                fleet.balance(provider)
            return
        account = fleet.costs().providers[provider].account
        balance = fleet.balance(provider)
    assert account is not None and account.balance is not None
    assert (balance.provider, balance.amount) == (provider, account.balance)
