"""Pods are mapped straight from the decoded JSON; ``Pod.raw`` builds the provider's typed model
on its first read (``gpupods.models.LazyModel``).

On every registered provider, through the real HTTP stack to its mock: a list or get builds no
generated model; reading ``raw`` gives the backend's ``pod_model`` (the same object on every
read, equal to what the generated client parses from the same JSON); pods pickle with it; a
pod whose JSON the mapping reads but the generated model refuses lists fine and raises a typed
``ProviderError`` only when its ``raw`` is read.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import pytest
from gpupods import Fleet, Pod
from gpupods.errors import ProviderError
from gpupods.mock import MockClouds
from gpupods.models import LazyModel

from tests.providers import PROVIDERS, demo_spec


def _stored(pod: Pod) -> Any:
    """What the pod's ``raw`` slot holds, without building it."""
    return Pod.__dict__["raw"].slot.__get__(pod, Pod)


@pytest.fixture
def fleet(clouds: MockClouds) -> Iterator[Fleet]:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        yield fleet


def _pods(clouds: MockClouds, fleet: Fleet, provider: str, count: int = 2) -> list[Pod]:
    demo = demo_spec(provider)
    for n in range(count):
        clouds.cloud(provider).seed_pod(f"lazy-{n}", demo.image, family=str(demo.gpu))
    pods = fleet.list(provider)
    assert len(pods) == count
    return pods


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_list_builds_no_models_and_raw_builds_the_providers_own(
    clouds: MockClouds, fleet: Fleet, provider: str
) -> None:
    pods = _pods(clouds, fleet, provider)
    backend = fleet.backend(provider)
    single = fleet.get(pods[0].id, provider)
    for pod in [*pods, single]:
        lazy = _stored(pod)
        assert type(lazy) is LazyModel, "the read built the generated model before anyone asked for it"
        built = pod.raw
        assert type(built) is backend.pod_model
        assert pod.raw is built, "raw is built once"
        assert _stored(pod) is built
        assert built.to_dict() == backend.pod_model.from_dict(lazy.data).to_dict()
        assert str(built.id) == pod.id
    copy = pickle.loads(pickle.dumps(pods[1]))  # not read yet: pickling builds and keeps it
    assert copy == pods[1] and type(copy.raw) is backend.pod_model and copy.raw.to_dict() == pods[1].raw.to_dict()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_pod_the_model_refuses_lists_and_its_raw_raises_typed(
    clouds: MockClouds, fleet: Fleet, provider: str
) -> None:
    """Each key of a real pod whose removal the mapping tolerates but the generated model does
    not: the pod still maps; reading its ``raw`` raises ``ProviderError`` naming the provider."""
    (pod,) = _pods(clouds, fleet, provider, count=1)
    backend = fleet.backend(provider)
    data = _stored(pod).data
    refused = []
    for key in data:
        without = {k: v for k, v in data.items() if k != key}
        try:
            backend.pod_model.from_dict(without)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
        else:
            continue  # the model does not need it
        try:
            mapped = backend.to_pod(without)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # the mapping reads it too: such a pod is an unreadable answer (tests/facade/test_hostile_answers)
        refused.append(key)
        assert mapped.id == pod.id and mapped.status == pod.status
        with pytest.raises(ProviderError) as caught:
            mapped.raw  # noqa: B018 (the read is the behaviour under test)
        assert caught.value.provider == provider and "typed model" in str(caught.value)
    assert refused, f"every key {provider}'s model requires is read by the mapping too: nothing was checked"
