from __future__ import annotations

import warnings

import pytest


@pytest.fixture
def full_matrix(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--full-matrix"))


@pytest.fixture(autouse=True)
def _quiet_graphql_deprecation():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield
