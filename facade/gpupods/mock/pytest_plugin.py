"""pytest fixtures for testing your own code against the mock clouds.

Installed with gpupods (the ``pytest11`` entry point), so in any test suite:

    def test_my_launcher(mock_fleet, mock_clouds):
        pod = my_launcher.start(mock_fleet)                  # your code, using a gpupods Fleet
        mock_clouds.clock.advance(120)                       # time passes; no sleeping
        assert mock_fleet.get(pod).is_running

``mock_clouds``         the three clouds in-process, on a ``VirtualClock`` (fast lifecycles)
``mock_fleet``          a ``Fleet`` wired to them (no keys, no network)
``mock_async_fleet``    the same as an ``AsyncFleet`` (needs pytest-asyncio, auto or strict mode)
``mock_cloud_servers``  the same clouds on 127.0.0.1; yields ``{provider: base_url}``
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest


@pytest.fixture
def mock_clouds() -> Iterator[Any]:
    from gpupods.mock import MockClouds, VirtualClock

    clouds = MockClouds(clock=VirtualClock())
    try:
        yield clouds
    finally:
        clouds.close()


@pytest.fixture
def mock_fleet(mock_clouds: Any) -> Iterator[Any]:
    from gpupods.fleet import Fleet

    fleet = Fleet.from_env(**mock_clouds.fleet_options())
    try:
        yield fleet
    finally:
        fleet.close()


# pytest-asyncio's own decorator runs the fixture in its strict mode as well as in auto mode.
if TYPE_CHECKING:
    from pytest_asyncio import fixture as _async_fixture
else:
    try:
        from pytest_asyncio import fixture as _async_fixture
    except ImportError:  # without pytest-asyncio, pytest cannot run an async fixture at all
        _async_fixture = pytest.fixture


@_async_fixture
async def mock_async_fleet(mock_clouds: Any) -> AsyncIterator[Any]:
    from gpupods.fleet import AsyncFleet

    fleet = AsyncFleet.from_env(**mock_clouds.fleet_options())
    try:
        yield fleet
    finally:
        await fleet.aclose()


@pytest.fixture
def mock_cloud_servers(mock_clouds: Any) -> Iterator[dict[str, str]]:
    with mock_clouds.serve() as urls:
        yield urls
