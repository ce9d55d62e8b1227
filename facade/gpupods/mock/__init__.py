"""Mock clouds built from the vendored specs: stateful, validating, with fault injection.

    from gpupods import Fleet
    from gpupods.mock import MockClouds, VirtualClock

    clouds = MockClouds(clock=VirtualClock())          # RunPod, Prime Intellect and Novita
    fleet = Fleet.from_env(**clouds.fleet_options())   # in-process: no sockets, no keys
    ...
    with clouds.serve() as urls:                        # the same clouds on 127.0.0.1
        fleet = Fleet.from_env(**clouds.fleet_options(urls))

Routes, request validation and response shapes come from each provider's spec (the copy the
generated client was built from); state, lifecycles and the seeded catalogs are per cloud.
``clouds.faults(provider).add(Fault.status(503), routes="create_pod")`` injects failures.
Every cloud implements the :class:`MockCloud` protocol (``gpupods.mock._cloud``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from typing import Any

from .._clock import RealClock, VirtualClock
from ..keys import UserKey
from ..registry import REGISTRY, entry
from ..ssh import SshSettings
from ._cloud import CloudOptions, ControlError, LivePod, MockCloud
from ._core import ApiError, MockConformanceError, MockRequest, MockResponse
from ._faults import Fault, FaultPlan
from ._lifecycle import Lifecycle
from ._server import LoopbackServer
from ._transport import MockCloudTransport
from ._userkey import MockUserSsh

MOCK_API_KEY = "mock-api-key-not-secret"

#: Provider -> its mock cloud class ("module:Class"), from ``gpupods.registry``.
CLOUD_CLASSES: dict[str, str] = {name: provider.mock for name, provider in REGISTRY.items()}
#: The port each provider's mock listens on with ``python -m gpupods.mock``.
DEFAULT_PORTS: dict[str, int] = {name: provider.mock_port for name, provider in REGISTRY.items()}
#: Where each provider's API lives on its mock server (the facade's base URL path).
BASE_PATHS: dict[str, str] = {name: provider.mock_base_path for name, provider in REGISTRY.items()}


def cloud_class(provider: str) -> type[MockCloud]:
    """The mock cloud class of a provider (``KeyError`` for an unknown one)."""
    found: type[MockCloud] = entry(provider).mock_class()
    return found


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
        api_keys: Iterable[str] | None = None,
        providers: Iterable[str] | None = None,
        rate_limits: bool = True,
    ) -> None:
        self.clock = clock or VirtualClock()
        self.api_keys = list(api_keys) if api_keys is not None else None
        options = CloudOptions(
            clock=self.clock,
            lifecycle=lifecycle,
            seed=seed,
            sshd=sshd,
            validate_responses=validate_responses,
            api_keys=self.api_keys,
            rate_limits=rate_limits,
        )
        names = tuple(providers) if providers is not None else tuple(CLOUD_CLASSES)
        unknown = [name for name in names if name not in CLOUD_CLASSES]
        if unknown:
            raise ValueError(f"no mock cloud for {', '.join(unknown)}; known: {', '.join(CLOUD_CLASSES)}")
        self.clouds: dict[str, MockCloud] = {name: cloud_class(name)(options) for name in names}
        self._user_ssh = MockUserSsh()

    def __getattr__(self, name: str) -> Any:
        """``clouds.runpod``: the cloud of one provider, as its own class."""
        clouds = self.__dict__.get("clouds") or {}
        if name in clouds:
            return clouds[name]
        raise AttributeError(name)

    def cloud(self, provider: str) -> MockCloud:
        return self.clouds[provider]

    def faults(self, provider: str) -> FaultPlan:
        return self.clouds[provider].faults

    def transport(self) -> MockCloudTransport:
        """An httpx transport (sync and async) that sends each host to its mock cloud."""
        return MockCloudTransport({host: cloud for cloud in self.clouds.values() for host in cloud.hosts})

    def api_key_env(self) -> dict[str, str]:
        """Environment variables naming a key for every mocked provider."""
        from .._config import PROVIDERS

        key = (self.api_keys or [MOCK_API_KEY])[0]
        return {PROVIDERS[name].key_env: key for name in self.clouds}

    def user_key(self) -> UserKey:
        """The session's SSH key pair, standing for the user's (made on first use): fleets
        from ``fleet_options`` put it on the pods they create; ``.identity`` is its private
        key file, for ``ssh -i``."""
        return self._user_ssh.user_key()

    def ssh_settings(self) -> SshSettings:
        """The SSH settings of fleets on these clouds: the session's key and a known_hosts
        file of the session's own (the real ``~/.ssh`` is never read or written)."""
        return self._user_ssh.settings()

    def fleet_options(self, base_urls: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Keyword arguments for ``Fleet.from_env`` / ``AsyncFleet.from_env`` that point at
        these clouds: in-process without ``base_urls``, else at the loopback servers; the
        fleet's SSH key is the session's (``user_key``)."""
        options: dict[str, Any] = {
            "environ": self.api_key_env(),
            "providers": list(self.clouds),
            "clock": self.clock,
            "ssh": self.ssh_settings(),
        }
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
                urls[name] = server.base_url + cloud.base_path
            yield urls

    def live_pods(self) -> list[tuple[str, str, str]]:
        """(provider, pod id, pod name) of every pod that exists and is not being removed,
        read from the clouds' own state (what a leak or a duplicate would show up in)."""
        return [(name, pod.id, pod.name) for name, cloud in self.clouds.items() for pod in cloud.live_pods()]

    def pods_left(self) -> int:
        """How many pods still exist on every cloud (``len(live_pods())``)."""
        return len(self.live_pods())

    def close(self) -> None:
        for cloud in self.clouds.values():
            cloud.close()
        self._user_ssh.close()

    def __enter__(self) -> MockClouds:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "BASE_PATHS",
    "CLOUD_CLASSES",
    "DEFAULT_PORTS",
    "MOCK_API_KEY",
    "ApiError",
    "CloudOptions",
    "ControlError",
    "Fault",
    "FaultPlan",
    "Lifecycle",
    "LivePod",
    "LoopbackServer",
    "MockCloud",
    "MockCloudTransport",
    "MockClouds",
    "MockConformanceError",
    "MockRequest",
    "MockResponse",
    "RealClock",
    "VirtualClock",
    "cloud_class",
]
