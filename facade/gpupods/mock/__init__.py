"""Mock clouds built from the vendored specs: stateful, validating, with fault injection.

    from gpupods import Fleet
    from gpupods.mock import MockClouds, VirtualClock

    clouds = MockClouds(clock=VirtualClock())          # RunPod, Prime Intellect, Novita, Lambda
    fleet = Fleet.from_env(**clouds.fleet_options())   # in-process: no sockets, no keys
    ...
    with clouds.serve() as urls:                        # the same clouds on 127.0.0.1
        fleet = Fleet.from_env(**clouds.fleet_options(urls))

Routes, request validation and response shapes come from each provider's spec (the copy the
generated client was built from); state, lifecycles and the seeded catalogs are per cloud.
``clouds.faults(provider).add(Fault.status(503), routes="create_pod")`` injects failures.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from typing import Any

from .._clock import RealClock, VirtualClock
from ._core import ApiError, MockConformanceError, MockRequest, MockResponse
from ._faults import Fault, FaultPlan
from ._lifecycle import Lifecycle
from ._server import LoopbackServer
from ._transport import MockCloudTransport

MOCK_API_KEY = "mock-api-key-not-secret"

#: The port each provider's mock listens on with ``python -m gpupods.mock`` (and ``gpupods mock serve``).
DEFAULT_PORTS = {"runpod": 8701, "primeintellect": 8702, "novita": 8703, "lambda": 8704}

#: Where each provider's API lives on its mock server (what base URL the facade uses).
BASE_PATHS = {"runpod": "", "primeintellect": "", "novita": "/gpu-instance/openapi/v1", "lambda": ""}


class MockClouds:
    """The mock clouds, sharing one clock. ``providers`` limits which exist."""

    def __init__(
        self,
        *,
        clock: RealClock | None = None,
        lifecycle: Lifecycle | None = None,
        seed: int = 0,
        sshd: bool = True,
        validate_responses: bool = True,
        api_keys: list[str] | None = None,
        providers: tuple[str, ...] = ("runpod", "primeintellect", "novita", "lambda"),
    ) -> None:
        from .lambda_cloud import LambdaCloud
        from .novita import NovitaCloud
        from .primeintellect import PrimeIntellectCloud
        from .runpod import RunPodCloud

        self.clock = clock or VirtualClock()
        options: dict[str, Any] = {"clock": self.clock, "lifecycle": lifecycle, "seed": seed, "sshd": sshd,
                                   "validate_responses": validate_responses, "api_keys": api_keys}  # fmt: skip
        builders = {
            "runpod": RunPodCloud,
            "primeintellect": PrimeIntellectCloud,
            "novita": NovitaCloud,
            "lambda": LambdaCloud,
        }
        self.clouds: dict[str, Any] = {name: builders[name](**options) for name in providers}
        self.api_keys = api_keys

    @property
    def runpod(self) -> Any:
        return self.clouds["runpod"]

    @property
    def primeintellect(self) -> Any:
        return self.clouds["primeintellect"]

    @property
    def novita(self) -> Any:
        return self.clouds["novita"]

    @property
    def lambda_cloud(self) -> Any:
        return self.clouds["lambda"]

    def faults(self, provider: str) -> FaultPlan:
        return self.clouds[provider].faults  # type: ignore[no-any-return]

    def transport(self) -> MockCloudTransport:
        """An httpx transport (sync and async) that sends each host to its mock cloud."""
        hosts: dict[str, Any] = {}
        for cloud in self.clouds.values():
            for host in cloud.hosts:
                hosts[host] = cloud
        return MockCloudTransport(hosts)

    def api_key_env(self) -> dict[str, str]:
        """Environment variables naming a key for every mocked provider."""
        from .._config import PROVIDERS

        key = (self.api_keys or [MOCK_API_KEY])[0]
        return {PROVIDERS[name].key_env: key for name in self.clouds}

    def fleet_options(self, base_urls: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Keyword arguments for ``Fleet.from_env`` / ``AsyncFleet.from_env`` that point at
        these clouds: in-process without ``base_urls``, else at the loopback servers."""
        options: dict[str, Any] = {"environ": self.api_key_env(), "providers": list(self.clouds), "clock": self.clock}
        if base_urls is None:
            options["transport"] = self.transport()
        else:
            options["base_urls"] = dict(base_urls)
        return options

    @contextmanager
    def serve(self, ports: Mapping[str, int] | None = None) -> Iterator[dict[str, str]]:
        """Run every cloud on 127.0.0.1 (free ports unless given); yield their base URLs."""
        with ExitStack() as stack:
            urls = {}
            for name, cloud in self.clouds.items():
                server = stack.enter_context(LoopbackServer(cloud, port=(ports or {}).get(name, 0)))
                urls[name] = server.base_url + BASE_PATHS[name]
            yield urls

    def live_pods(self) -> list[tuple[str, str, str]]:
        """(provider, pod id, pod name) of every pod that exists and is not being removed,
        read from the clouds' own state (what a leak or a duplicate would show up in)."""
        found: list[tuple[str, str, str]] = []
        for name, cloud in self.clouds.items():
            if name == "runpod":
                found += [(name, p.id, p.name) for p in list(cloud.pods.values())]
            elif name == "lambda":
                found += [(name, pod_id, pod_name) for pod_id, pod_name in cloud.live_pods()]
            elif name == "primeintellect":
                found += [(name, p.id, p.name) for p in list(cloud.pods.values()) if p.deleted_at is None]
            else:
                found += [(name, i.id, i.name) for i in list(cloud.instances.values())
                          if i.track not in ("remove", "reclaim")]  # fmt: skip
        return found

    def pods_left(self) -> int:
        """How many pods still exist on every cloud (``len(live_pods())``)."""
        return len(self.live_pods())

    def close(self) -> None:
        for cloud in self.clouds.values():
            cloud.close()

    def __enter__(self) -> MockClouds:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "BASE_PATHS",
    "DEFAULT_PORTS",
    "MOCK_API_KEY",
    "ApiError",
    "Fault",
    "FaultPlan",
    "Lifecycle",
    "LoopbackServer",
    "MockCloudTransport",
    "MockClouds",
    "MockConformanceError",
    "MockRequest",
    "MockResponse",
    "RealClock",
    "VirtualClock",
]
