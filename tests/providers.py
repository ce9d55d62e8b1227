"""What generic tests know about the providers, read from the registry, the mock clouds and the
backends' capabilities: a provider added to the registry runs in every suite using these.

Tests about one provider's own quirks name it; every other test takes its providers from here.
"""

from __future__ import annotations

from collections.abc import Callable

from gpupods import PodSpec
from gpupods.mock._spec import Operation, Spec
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


def offers_operation(provider: str) -> tuple[Spec, Operation]:
    """The provider's offers operation as its spec describes it (a GET without arguments on
    every provider), with the spec it is in."""
    (operation,) = routes(provider, "offers")
    specs = [Spec.load(api.name) for api in REGISTRY[provider].apis if api.kind == "openapi"]
    spec = next(s for s in specs if operation in s.operations)
    return spec, spec.operations[operation]


def facade_operations(provider: str) -> frozenset[str]:
    """Every mock operation the facade calls, of every kind (what a fault meant for some other
    call must leave alone)."""
    return frozenset(op for ops in REGISTRY[provider].mock_class().facade_routes.values() for op in ops)


def demo_spec(provider: str, name: str | None = None, **changes: object) -> PodSpec:
    """A spec of the provider's demo pod (its image and GPU), named ``name``."""
    demo = REGISTRY[provider].demo
    return PodSpec(**{"name": name or demo.name, "image": demo.image, "gpu": demo.gpu, **changes})
