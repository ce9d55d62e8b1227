"""``mock_async_fleet`` works in pytest-asyncio's strict mode (its default), not only in
the auto mode this repository's own suite runs in."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TEST = """
import pytest

@pytest.mark.asyncio
async def test_lists_with_the_async_fleet(mock_async_fleet):
    assert await mock_async_fleet.list() == []
"""


def test_mock_async_fleet_in_strict_mode(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TEST)
    result = pytester.runpytest(
        "-p", "no:cacheprovider", "-o", "asyncio_mode=strict", "-o", "asyncio_default_fixture_loop_scope=function"
    )
    result.assert_outcomes(passed=1)
