"""The providers gpupods knows: one entry each, from which everything else is derived.

Configuration (key and URL variables, default base URLs), the backends, the mock clouds and
their ports, the CLI's demo pods, the nox sessions, the pipeline's list of APIs and the test
fixtures all read this table; nothing else lists the providers. Adding a provider is: its
spec folder(s) under ``specs/``, its backend module (``gpupods.providers``, a ``Backend``
subclass that maps its own GPU ids), its mock module (``gpupods.mock``, a ``MockCloud``), one
entry here.

The module imports nothing from gpupods (or anything outside the standard library), so the
pipeline and the noxfile can read it without installing the package. The backend and the
mock are named as ``"module:Class"`` and imported only when used (``import gpupods`` stays
cheap).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True)
class GeneratedApi:
    """One API description under ``specs/<name>/`` and the client generated from it
    (``gpupods_clients.<name>``; a GraphQL API also gets ``<name>_async``)."""

    name: str
    kind: Literal["openapi", "graphql"]
    title: str

    @property
    def packages(self) -> tuple[str, ...]:
        return (self.name, f"{self.name}_async") if self.kind == "graphql" else (self.name,)


@dataclass(frozen=True)
class DemoPod:
    """The pod a ``--mock`` CLI session (and the demo) starts with on this provider."""

    name: str
    image: str
    gpu: str


@dataclass(frozen=True)
class ProviderEntry:
    """Everything gpupods needs to know to reach, mock and generate one provider."""

    name: str  # what users type and what errors carry: "runpod"
    title: str  # what messages show: "RunPod"
    key_env: str  # the API key's environment variable
    base_url: str  # the API's public base URL
    backend: str  # "module:Class" of its gpupods.providers.Backend subclass
    mock: str  # "module:Class" of its gpupods.mock.MockCloud
    mock_port: int  # where `python -m gpupods.mock` serves it
    mock_base_path: str  # where the API lives on its mock server (the facade's base URL path)
    apis: tuple[GeneratedApi, ...]  # the generated clients of its APIs (the facade's first)
    demo: DemoPod

    @property
    def url_env(self) -> str:
        """The variable that points gpupods at another base URL (a mock server, a proxy)."""
        return f"GPUPODS_{self.name.upper()}_URL"

    def backend_class(self) -> Any:
        return _load(self.backend)

    def mock_class(self) -> Any:
        return _load(self.mock)


def _load(target: str) -> Any:
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)


REGISTRY: dict[str, ProviderEntry] = {
    entry.name: entry
    for entry in (
        ProviderEntry(
            name="runpod",
            title="RunPod",
            key_env="RUNPOD_API_KEY",
            base_url="https://api.runpod.io",
            backend="gpupods.providers.runpod:RunPodBackend",
            mock="gpupods.mock.runpod:RunPodCloud",
            mock_port=8701,
            mock_base_path="",
            apis=(
                GeneratedApi("runpod_v2", "openapi", "RunPod REST v2"),
                GeneratedApi("runpod_v1", "openapi", "RunPod REST v1 (deprecated)"),
                GeneratedApi("runpod_graphql", "graphql", "RunPod GraphQL (deprecated)"),
            ),
            demo=DemoPod("demo-runpod", "pytorch/pytorch:latest", "H100"),
        ),
        ProviderEntry(
            name="primeintellect",
            title="Prime Intellect",
            key_env="PRIME_API_KEY",
            base_url="https://api.primeintellect.ai",
            backend="gpupods.providers.primeintellect:PrimeIntellectBackend",
            mock="gpupods.mock.primeintellect:PrimeIntellectCloud",
            mock_port=8702,
            mock_base_path="",
            apis=(GeneratedApi("primeintellect", "openapi", "Prime Intellect PI API"),),
            demo=DemoPod("demo-prime", "ubuntu_22_cuda_12", "H100"),
        ),
        ProviderEntry(
            name="novita",
            title="Novita",
            key_env="NOVITA_API_KEY",
            base_url="https://api.novita.ai/gpu-instance/openapi/v1",
            backend="gpupods.providers.novita:NovitaBackend",
            mock="gpupods.mock.novita:NovitaCloud",
            mock_port=8703,
            mock_base_path="/gpu-instance/openapi/v1",
            apis=(GeneratedApi("novita", "openapi", "Novita GPU instances"),),
            demo=DemoPod("demo-novita", "pytorch/pytorch:latest", "H100"),
        ),
    )
}


def entry(name: str) -> ProviderEntry:
    """The entry of ``name``; ``KeyError`` naming the known providers otherwise."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown provider {name!r}; known: {', '.join(REGISTRY)}") from None


def generated_apis() -> tuple[GeneratedApi, ...]:
    """Every API with a generated client, in registry order."""
    return tuple(api for provider in REGISTRY.values() for api in provider.apis)


__all__ = ["REGISTRY", "DemoPod", "GeneratedApi", "ProviderEntry", "entry", "generated_apis"]
