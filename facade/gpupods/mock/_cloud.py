"""What every mock cloud is: the ``MockCloud`` protocol, its shared options and base class.

A mock cloud is one provider's whole account: every API the provider publishes (RunPod has
three) answered from one state. ``MockClouds`` and the test suites reach a cloud only through
this protocol, so adding a provider needs no branch anywhere else.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, ClassVar, NamedTuple, Protocol, runtime_checkable

from .._clock import RealClock
from ..registry import REGISTRY
from ._core import MockRequest, MockResponse
from ._faults import FaultPlan
from ._lifecycle import Lifecycle
from ._ratelimit import Quota
from ._sshd import SshdStandIns


class ApiMock(Protocol):
    """One API of a mock cloud (a ``SpecMock`` or a ``GraphQLMock``)."""

    requests: int
    served: Counter[str]
    quota: Quota | None
    retired: bool  # True: every request answers 410 Gone in the API's error shape

    def handle(self, request: MockRequest) -> MockResponse: ...


class LivePod(NamedTuple):
    """A pod that exists on a mock cloud and is not being removed."""

    id: str
    name: str


class ControlError(LookupError):
    """A test control named something the cloud does not have (a pod id, a stock key)."""


@runtime_checkable
class MockCloud(Protocol):
    """The contract of a mock cloud (``RunPodCloud``, ``PrimeIntellectCloud``, ``NovitaCloud``).

    Attributes
    ----------
    name
        The provider's registry name (``"runpod"``); ``MockClouds`` keys clouds by it.
    hosts
        The real API hosts this cloud answers for in-process (``MockCloudTransport`` routes
        by host). A request to any path of these hosts reaches :meth:`handle`.
    base_path
        The path prefix of the provider's base URL on a loopback server: a facade base URL
        is ``http://127.0.0.1:<port>`` + ``base_path``.
    default_port
        The port ``python -m gpupods.mock`` uses without ``--port``.
    facade_routes
        The operations (spec operation ids) behind each kind of request the facade makes:
        ``offers``, ``list``, ``get``, ``create``, ``delete``, ``keys_read`` and ``keys_write``
        (the account's SSH keys, read and registered before a create), and ``stop`` (what stops
        a pod; empty or absent where the provider's capabilities say no ``start_stop``). Tests
        fault or count a kind of request on every provider through it, without tables of their own.
    stock_field
        The ``GpuOffer.offer_id`` field whose value :meth:`set_stock` takes as its key.
    hostname_is_name
        True where a pod's hostname (its ``/etc/hostname``, what ``hostname`` prints in its
        shell) is the name it was created with; False where the provider names the machine
        itself (Lambda, from the instance's private address unless the launch gives a hostname).
    clock
        The clock every lifecycle, quota and timestamp of the cloud reads.
    faults
        The cloud's :class:`FaultPlan`, shared by all of its APIs; rules name operations by
        their spec operation ids (GraphQL: by root field, e.g. ``"podFindAndDeployOnDemand"``).
    requests
        Requests received so far, all APIs together.
    apis
        The mock of each API the cloud serves, keyed by the name of its spec and generated
        package (``"runpod_v2"``, ``"runpod_graphql"``...). Each has ``requests`` and
        ``served`` (successful answers per operation) counters.
    """

    name: ClassVar[str]
    hosts: ClassVar[tuple[str, ...]]
    base_path: ClassVar[str]
    default_port: ClassVar[int]
    facade_routes: ClassVar[Mapping[str, tuple[str, ...]]]
    stock_field: ClassVar[str]
    hostname_is_name: ClassVar[bool]
    clock: RealClock
    faults: FaultPlan

    @property
    def apis(self) -> Mapping[str, ApiMock]: ...

    def __init__(self, options: CloudOptions | None = None) -> None:
        """A fresh account: the seeded catalog, no pods; ``options`` as :class:`CloudOptions`."""
        ...

    @property
    def requests(self) -> int: ...

    def handle(self, request: MockRequest) -> MockResponse:
        """Answer one HTTP request as the provider would.

        Never raises for anything a client can send: a request the real API would refuse
        gets that provider's error status and body shape (401 for a key not in ``api_keys``,
        413 for a body over :data:`gpupods.mock._limits.MAX_BODY_BYTES`, 400/422 for a
        malformed or too deeply nested body). A 5xx comes only from an injected fault.
        Thread-safe: the loopback server calls it from its event loop while tests call the
        controls below from theirs.
        """
        ...

    def api_for(self, path: str) -> ApiMock:
        """The API (one of :attr:`apis`) that answers requests to ``path``."""
        ...

    def close(self) -> None:
        """Release what the cloud holds outside memory (the pods' sshd ports). Idempotent."""
        ...

    def live_pods(self) -> list[LivePod]:
        """Every pod that exists and is not being removed, read from state (not through an API).

        A pod that is deleting/terminating counts as gone from the moment the delete was
        accepted; a stopped pod is live. This is what a leak or a duplicate shows up in.
        """
        ...

    def stock(self) -> dict[str, int]:
        """Free capacity by stock key: the key :meth:`set_stock` takes (RunPod: GPU type id;
        Prime Intellect: offer ``cloudId``; Novita: product id) -> units free now (GPUs, or
        pods for offers sold as whole machines)."""
        ...

    def set_stock(self, key: str, available: int) -> None:
        """Set the free capacity of one stock key; a create beyond it fails the way the
        provider refuses for lack of capacity. Raises :class:`ControlError` for an unknown key."""
        ...

    def set_offer_stock(self, offer_key: Any, available: int) -> None:
        """Set the free capacity behind one offer (its ``GpuOffer.offer_id``), the catalogue
        still listing the offer: a create on it beyond ``available`` is refused for lack of
        capacity, as when someone took the last machine after the catalogue was read."""
        ...

    def fail(self, pod_id: str) -> None:
        """Put a pod in the provider's failed state (a crashed container, a host failure).
        Raises :class:`ControlError` for an unknown pod."""
        ...

    def seed_pod(self, name: str, image: str, family: str = "H100", ssh_keys: Sequence[str] = ()) -> str:
        """Place a one-GPU pod of ``family`` (on the cheapest stock of it) straight into state,
        without a request, and return its id: it runs after the lifecycle's phases, like a
        created pod, with ``ssh_keys`` given the way its provider takes them from a create.
        For demos and tools that need a pod to act on (``gpupods ... --mock``)."""
        ...

    def reclaim(self, pod_id: str) -> None:
        """Take a pod's machine back as the provider does with spot capacity (RunPod: the pod
        stops; Novita: notified, reclaiming, removed; Prime Intellect: terminated).
        Raises :class:`ControlError` for an unknown pod."""
        ...

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        """Enforce ``limit`` requests per ``window`` seconds of :attr:`clock` per API key on
        every API of the cloud (one shared quota); the 429 carries ``Retry-After`` and the
        provider's rate-limit headers. Returns the quota (its ``rejected`` counts refusals)."""
        ...


@dataclass(frozen=True)
class CloudOptions:
    """The constructor options every mock cloud takes."""

    clock: RealClock | None = None
    lifecycle: Lifecycle | None = None
    faults: FaultPlan | None = None
    api_keys: Iterable[str] | None = None  # None: any non-empty bearer key is accepted
    seed: int = 0
    sshd: bool = True  # give pods real SSH servers on loopback (gpupods.mock._sshd)
    validate_responses: bool = True  # check every answer against the spec (a mock bug raises)
    public_host: str = "127.0.0.1"  # the address pods report for SSH
    #: Enforce the provider's own request limits that are on by default (Lambda's one launch
    #: every 12 s). Turn them off when clients cannot share the mock's clock: a process that
    #: waits in real time on a virtual clock that nobody advances would be refused forever.
    rate_limits: bool = True

    def spec_kwargs(self, clock: RealClock, faults: FaultPlan) -> dict[str, Any]:
        """The keyword arguments of ``SpecMock`` for one API of this cloud."""
        return {
            "clock": clock,
            "faults": faults,
            "api_keys": self.api_keys,
            "seed": self.seed,
            "validate_responses": self.validate_responses,
        }


class CloudBase:
    """State every cloud shares: clock, lifecycle, faults, sshd stand-ins, public host.

    A subclass names its provider (``name``); its port and base path come from that
    provider's ``gpupods.registry`` entry."""

    name: ClassVar[str]
    hosts: ClassVar[tuple[str, ...]]
    base_path: ClassVar[str] = ""
    default_port: ClassVar[int]
    facade_routes: ClassVar[Mapping[str, tuple[str, ...]]]
    stock_field: ClassVar[str]
    hostname_is_name: ClassVar[bool]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        provider = REGISTRY.get(getattr(cls, "name", ""))
        if provider is not None:
            cls.base_path = provider.mock_base_path
            cls.default_port = provider.mock_port

    def _init_cloud(self, options: CloudOptions) -> None:
        self.options = options
        self.clock: RealClock = options.clock or RealClock()
        self.faults: FaultPlan = options.faults or FaultPlan(seed=options.seed)
        self.lifecycle = options.lifecycle or Lifecycle()
        self.sshd = SshdStandIns() if options.sshd else None
        self.public_host = options.public_host

    def set_offer_stock(self, offer_key: Any, available: int) -> None:
        """See :class:`MockCloud`; where the stock key alone names the capacity."""
        self.set_stock(getattr(offer_key, self.stock_field), available)  # type: ignore[attr-defined]

    def close(self) -> None:
        if self.sshd is not None:
            self.sshd.shutdown()


def load_data(package: str, name: str) -> Any:
    """A JSON data file shipped in a mock cloud's ``data/`` folder."""
    return json.loads(resources.files(package).joinpath("data", name).read_text("utf-8"))


__all__ = ["CloudBase", "CloudOptions", "ControlError", "LivePod", "MockCloud", "load_data"]
