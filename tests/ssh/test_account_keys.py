"""``fleet.ssh_keys(provider)``: the keys on each provider account, listed, added once (by
fingerprint, even when an answer is lost) and removed; creates register the user's key the
same way. Providers without a key API say so before any request. Sync and async, through the
HTTP stack into the mocks' account state."""

from __future__ import annotations

import contextlib

import pytest
from gpupods import AsyncFleet, Fleet
from gpupods.errors import APIConnectionError, NotFoundError, UnsupportedOperation
from gpupods.keys import PublicKey
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.providers._base import Backend
from gpupods.registry import REGISTRY

from .conftest import PROVIDERS, Session


def _has_key_api(fleet: Fleet | AsyncFleet, provider: str) -> bool:
    return type(fleet.backend(provider)).account_ssh_keys is not Backend.account_ssh_keys


#: The providers whose API keeps SSH keys on the account.
KEY_API = [p for p in PROVIDERS if REGISTRY[p].backend_class().account_ssh_keys is not Backend.account_ssh_keys]


def _register_routes(clouds: MockClouds, provider: str) -> list[str]:
    """The operations that write keys on the account (from the provider's specs)."""
    cloud = clouds.cloud(provider)
    routes = []
    for api in cloud.apis.values():
        spec = getattr(api, "spec", None)
        for op_id, op in spec.operations.items() if spec is not None else ():
            if "ssh" in op.path.lower() and op.method in ("POST", "PUT"):
                routes.append(op_id)
    return routes


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock()) as mocks:
        yield mocks


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_key_is_added_once_listed_and_removed(session: Session, clouds: MockClouds, provider: str) -> None:
    user, stranger = PublicKey.parse(session.user.public), PublicKey.parse(session.stranger.public)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        if not _has_key_api(fleet, provider):
            before = clouds.cloud(provider).requests
            with pytest.raises(UnsupportedOperation, match="SSH keys"):
                fleet.ssh_keys(provider).list()
            with pytest.raises(UnsupportedOperation):
                fleet.ssh_keys(provider).add(user.line)
            assert clouds.cloud(provider).requests == before  # said before any request
            return
        keys = fleet.ssh_keys(provider)
        existing = [k.fingerprint for k in keys.list()]  # a mock account may start with a key
        first = keys.add(user.line)
        again = keys.add(f"{user.type} {user.data} another-comment")  # the same key: found by fingerprint
        other = keys.add(stranger.line, name="second")
        listed = keys.list()
        assert first.id == again.id and first.fingerprint == user.fingerprint
        assert sorted(k.fingerprint for k in listed) == sorted([*existing, user.fingerprint, stranger.fingerprint])
        removed = keys.remove(user.fingerprint)
        assert removed.key == user and [k.fingerprint for k in keys.list()] == [*existing, stranger.fingerprint]
        with pytest.raises(NotFoundError):
            keys.remove(user.fingerprint)
        keys.remove(other)
        assert [k.fingerprint for k in keys.list()] == existing


@pytest.mark.parametrize("provider", KEY_API)
def test_a_lost_answer_does_not_register_a_key_twice(session: Session, clouds: MockClouds, provider: str) -> None:
    user = PublicKey.parse(session.user.public)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        routes = _register_routes(clouds, provider)
        assert routes
        rule = clouds.faults(provider).add(Fault.drop(after_accept=True), routes=routes, times=1)
        keys = fleet.ssh_keys(provider)
        with contextlib.suppress(
            APIConnectionError
        ):  # the write was done, its answer lost (an idempotent one is resent)
            keys.add(user.line)
        keys.add(user.line)  # registered meanwhile: found, not added again
        assert rule.fired == 1
        assert [k.fingerprint for k in keys.list()].count(user.fingerprint) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_creates_register_the_users_key_once(session: Session, clouds: MockClouds, provider: str) -> None:
    async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
        user = clouds.user_key().public
        spec = session.spec(provider, "registers")
        first = await fleet.create(spec, provider=provider)
        second = await fleet.create(spec, provider=provider)
        assert first.id != second.id
        if _has_key_api(fleet, provider):
            listed = await fleet.ssh_keys(provider).list()
            assert [k.fingerprint for k in listed].count(user.fingerprint) <= 1  # never twice
        else:
            with pytest.raises(UnsupportedOperation):
                await fleet.ssh_keys(provider).list()
