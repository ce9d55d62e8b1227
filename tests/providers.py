"""What generic tests know about the providers, read from the registry, the mock clouds and the
backends' capabilities: a provider added to the registry runs in every suite using these.

Tests about one provider's own quirks name it; every other test takes its providers from here.
"""

from __future__ import annotations

from collections.abc import Callable

from gpupods import PodSpec
from gpupods.models import Capabilities
from gpupods.registry import REGISTRY

#: Every provider, in registry order.
PROVIDERS: tuple[str, ...] = tuple(REGISTRY)


def capabilities(provider: str) -> Capabilities:
    """What the provider's backend says it can do."""
    found: Capabilities = REGISTRY[provider].backend_class().capabilities
    return found


def providers_where(test: Callable[[Capabilities], bool]) -> tuple[str, ...]:
    """The providers whose capabilities pass ``test`` (``providers_where(lambda c: c.spot)``)."""
    return tuple(name for name in PROVIDERS if test(capabilities(name)))


def routes(provider: str, kind: str) -> tuple[str, ...]:
    """The mock operations behind one kind of facade request (``MockCloud.facade_routes``)."""
    routes_of_kind: tuple[str, ...] = REGISTRY[provider].mock_class().facade_routes[kind]
    return routes_of_kind


def demo_spec(provider: str, name: str | None = None, **changes: object) -> PodSpec:
    """A spec of the provider's demo pod (its image and GPU), named ``name``."""
    demo = REGISTRY[provider].demo
    return PodSpec(**{"name": name or demo.name, "image": demo.image, "gpu": demo.gpu, **changes})
