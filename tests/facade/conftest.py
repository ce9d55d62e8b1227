from __future__ import annotations

import warnings

import pytest
from gpupods.mock import Lifecycle, MockClouds, VirtualClock
from gpupods.registry import REGISTRY

# Short phases so pods come up within a few polls; the clock is virtual anyway.
FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)

# (provider, spec image, GPU query) for a lifecycle run on each provider: its demo pod.
PROVIDERS = [(name, provider.demo.image, provider.demo.gpu) for name, provider in REGISTRY.items()]


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), lifecycle=FAST) as mocks:
        yield mocks


@pytest.fixture(autouse=True)
def _no_graphql_warnings_noise():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield
