"""What every provider backend shares: its HTTP clients, its session, the operation set."""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import logging
import socket
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import httpx

from .._clock import RealClock, ServerClock
from .._config import ProviderConfig
from .._flow import Flow, Parallel, Session
from .._http import (
    USER_AGENT,
    ApiClient,
    AsyncApiClient,
    ErrorBody,
    ErrorMapper,
    ResilientTransport,
    Retirement,
    read_generic_error,
)
from .._ratelimit import Pacer
from .._tokens import parse_name, with_token
from ..costs import storage_at_rates
from ..errors import ConflictError, GpupodsError, InvalidPodSpec, NotFoundError, UnsupportedOperation, ValidationError
from ..gpus import GpuIds, GpuModel
from ..keys import PublicKey, SshKey
from ..models import (
    Account,
    Billing,
    Capabilities,
    GpuOffer,
    LazyModel,
    OfferKey,
    Pod,
    PodSpec,
    PodStatus,
    Volume,
    VolumeSpec,
)

log = logging.getLogger("gpupods")

if TYPE_CHECKING:
    from ..account import AccountLimits, Balance

LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=32)
#: A request with a body can leave as two writes (head, then body); TCP_NODELAY keeps Nagle's
#: algorithm from holding the second write until the server's delayed ACK.
SOCKET_OPTIONS = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]


@dataclass(frozen=True)
class Created:
    """A provider's acceptance of a create: the new pod's id, and the provider's answer when
    that answer describes the pod (RunPod v2 and Prime Intellect return the pod; Novita and
    Lambda return only ids)."""

    pod_id: str
    answer: Any = None


Key = TypeVar("Key", bound=OfferKey)


def key_of(offer: GpuOffer, kind: type[Key]) -> Key:
    """``offer``'s key, typed as the provider's ``kind``; ``InvalidPodSpec`` (before any request)
    when the offer is not one of that provider's (its key is of another kind)."""
    if not isinstance(offer.offer_id, kind):
        raise InvalidPodSpec("offer", f"offer {offer.id} is not one this provider made ({kind.__name__} expected)")
    return offer.offer_id


@dataclass(frozen=True)
class OfferQuery:
    gpu: str | None = None
    count: int | None = None
    max_price: float | None = None
    spot: bool = False
    region: str | None = None


class Backend:
    """One provider. Operations are flows (see ``gpupods._flow``) so they run sync or async.

    Subclasses set the class attributes and implement the operations their API has; the
    others raise ``UnsupportedOperation`` naming the provider and the operation.
    """

    name: ClassVar[str]
    title: ClassVar[str]
    capabilities: ClassVar[Capabilities]
    STATUS_MAP: ClassVar[Mapping[str, PodStatus]]
    generated_package: ClassVar[str]
    #: APIs of this provider that are retired or retiring: a 410 from one is ``APIRetired``.
    retirements: ClassVar[tuple[Retirement, ...]] = ()
    #: The provider's published storage prices, USD per GB and month, by kind
    #: (``gpupods.costs``: ``VOLUME_STOPPED``, ``VOLUME_RUNNING``, ``CONTAINER_DISK``,
    #: ``NETWORK_VOLUME``); a kind it does not publish is left out.
    storage_rates: ClassVar[Mapping[str, float]] = {}
    #: The generated model of the provider's pod object: what ``Pod.raw`` holds.
    pod_model: ClassVar[Any]
    #: The provider bills use in whole increments of this many seconds (1: continuously).
    billing_increment: ClassVar[float] = 1.0
    #: The provider's GPU ids and the catalogue name (``gpupods.gpus.CATALOG``) each stands for,
    #: with the form factor of ids that do not say it. ``gpupods gpus`` lists them, a query naming
    #: one of them finds the model on every provider, and a test checks every name is catalogued.
    gpu_ids: ClassVar[GpuIds] = GpuIds({})
    #: The ``OfferKey`` subclass of this provider's offers (``GpuOffer.offer_id``): ``offers``
    #: builds one per offer, ``create`` reads it back by attribute.
    offer_key: ClassVar[type[OfferKey]] = OfferKey

    @classmethod
    def gpu_model(cls, gpu_id: str | None, description: str | None = None) -> GpuModel | None:
        """The catalogue model of one of this provider's GPU ids (``description``: what else the
        provider says of that GPU), or None when gpupods does not know it. The default reads
        ``gpu_ids``; a provider whose ids are free text (product or instance-type names) reads
        what its table lacks from the words."""
        return cls.gpu_ids.model(gpu_id)

    def __init__(self, config: ProviderConfig, clock: RealClock, pool: ThreadPoolExecutor | None = None) -> None:
        self.config = config
        self.clock = clock
        self.server_clock = ServerClock(clock)
        self.pacer = Pacer(clock)
        self.errors = ErrorMapper(
            self.name,
            [config.api_key.reveal()],
            title=self.title,
            reader=self.read_error,
            retirements=self.retirements,
        )
        self._pool = pool
        self._lock = threading.Lock()
        self._http: httpx.Client | None = None
        self._async_http: httpx.AsyncClient | None = None
        self._generated: Any = None
        self._parser: Any = None
        self._session: Session | None = None
        self.transport: ResilientTransport | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.config.base_url}>"

    # --- plumbing -------------------------------------------------------------------------

    def _resilient(self) -> ResilientTransport:
        with self._lock:
            if self.transport is None:
                custom = self.config.transport
                self.transport = ResilientTransport(
                    provider=self.title,
                    inner=custom
                    if custom is not None
                    else httpx.HTTPTransport(limits=LIMITS, socket_options=SOCKET_OPTIONS),
                    async_inner=custom
                    if custom is not None
                    else httpx.AsyncHTTPTransport(limits=LIMITS, socket_options=SOCKET_OPTIONS),
                    policy=self.config.retry,
                    pacer=self.pacer,
                    clock=self.clock,
                    errors=self.errors,
                    server_clock=self.server_clock,
                )
            return self.transport

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.config.api_key.reveal()}", "User-Agent": USER_AGENT}

    def http(self) -> httpx.Client:
        """The provider's one configured sync client (shared by every generated client)."""
        if self._http is None:
            self._http = ApiClient(
                base_url=self.config.base_url,
                headers=self._headers(),
                timeout=self.config.timeout,
                transport=self._resilient(),
            )
        return self._http

    def async_http(self) -> httpx.AsyncClient:
        if self._async_http is None:
            self._async_http = AsyncApiClient(
                base_url=self.config.base_url,
                headers=self._headers(),
                timeout=self.config.timeout,
                transport=self._resilient(),
            )
        return self._async_http

    # --- what `gpupods doctor` calls (see gpupods.doctor) ----------------------------------

    #: Read-only methods of the generated GraphQL client the canary runs when the provider
    #: refuses introspection (GraphQL APIs only).
    canary_queries: ClassVar[tuple[str, ...]] = ()

    def api_url(self, api: str) -> str:
        """The base URL of one of this provider's generated APIs (``gpupods.registry``)."""
        return self.config.base_url

    def canary_kwargs(self, api: str, operation: str) -> Mapping[str, Any] | None:
        """Arguments of the read-only call ``operation`` of ``api`` the canary makes (it calls
        every GET that needs none), or None to leave that operation out."""
        return {}

    def graphql_client(self, api: str, http: httpx.Client) -> Any:
        """The generated client of the GraphQL API ``api``, sending through ``http``."""
        raise self.unsupported("GraphQL", "it has no GraphQL API")

    def generated_client(self) -> Any:
        """The generated ``AuthenticatedClient`` of this provider, sending through ``http()``."""
        if self._generated is None:
            module = importlib.import_module(self.generated_package)
            client = module.AuthenticatedClient(base_url=self.config.base_url, token=self.config.api_key.reveal())
            client.set_httpx_client(self.http())
            client.set_async_httpx_client(self.async_http())
            self._generated = client
        return self._generated

    def session(self) -> Session:
        if self._session is None:
            self._session = Session(
                provider=self.name,
                provider_title=self.title,
                clock=self.clock,
                http=self.http,
                async_http=self.async_http,
                generated=self._parser_client,
                base_url=self.config.base_url.rstrip("/"),
                pool=self._executor if self._pool is not None else None,
                **self._extra_session(),
            )
        return self._session

    def _parser_client(self) -> Any:
        # _parse_response only reads raise_on_unexpected_status; no need to build httpx clients.
        if self._generated is not None:
            return self._generated
        if self._parser is None:
            module = importlib.import_module(self.generated_package)
            self._parser = module.Client(base_url=self.config.base_url)
        return self._parser

    def _executor(self) -> ThreadPoolExecutor:
        assert self._pool is not None
        return self._pool

    def _extra_session(self) -> dict[str, Any]:
        return {}

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    async def aclose(self) -> None:
        if self._async_http is not None:
            await self._async_http.aclose()

    def unsupported(self, operation: str, hint: str = "") -> UnsupportedOperation:
        return UnsupportedOperation(self.name, operation, hint, provider_title=self.title)

    def now(self) -> float:
        """The provider's time (its answers' ``Date`` headers), which leases are measured on."""
        return self.server_clock.time()

    def naming(self, raw_name: str | None) -> dict[str, Any]:
        """``Pod`` fields read from the provider's pod name: the user's name, the client token,
        the lease; and ``observed_at``, the time of the read. Every ``to_pod`` uses it."""
        parsed = parse_name(raw_name)
        return {"name": parsed.name, "client_token": parsed.token, "lease": parsed.lease, "observed_at": self.now()}

    def storage_per_hour(self, gb: float, kind: str) -> float | None:
        """USD per hour for ``gb`` GB of ``kind`` storage here (``gpupods.costs``), at this
        backend's own ``storage_rates`` (read per pod: no look-up of the class by name)."""
        return storage_at_rates(self.storage_rates, gb, kind)

    def read_error(self, body: Any, reason: str) -> ErrorBody:
        """What this provider's error body (decoded JSON) says. Each provider reads its own
        shape; ``reason`` is the HTTP reason phrase, for bodies that say nothing."""
        return read_generic_error(body, reason)

    # --- operations (flows) ----------------------------------------------------------------

    def offers(self, query: OfferQuery) -> Flow[list[GpuOffer]]:
        """The offers matching ``query``, prices in USD per hour for the whole offer, each with
        an ``offer_id`` of ``offer_key``'s type (what ``create`` reads back) and a canonical
        ``gpu`` where the catalogue knows it. Read-only; order does not matter (the fleet sorts
        by price); an offer the provider lists without stock says so in ``stock``."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("offers")

    def list(self) -> Flow[list[Pod]]:
        """Every pod of the account that is not gone, followed over every page. A list that
        could not read all of them raises (``PodList.failed`` is the fleet's business); each
        pod's ``name``, ``client_token`` and ``lease`` come from ``naming``."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("list")

    def get(self, pod_id: str) -> Flow[Pod]:
        """One pod; ``NotFoundError`` when the provider has none with that id."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("get")

    def get_many(self, pod_ids: Sequence[str]) -> Flow[builtins.list[Pod | GpupodsError]]:
        """Several pods at once, in the order asked, each a ``Pod`` or the error of its read
        (``NotFoundError`` for one that is gone): one failed pod never fails the others. Batched
        where the API allows (``capabilities.batch_status``: one request, or one list); the
        default reads them in parallel."""
        results = yield Parallel([self.get(pod_id) for pod_id in pod_ids])
        return list(results)

    def to_pod(self, answer: Any) -> Pod:
        """One of the provider's pod objects as a ``Pod``: its decoded JSON (what reads of pods
        request, so that a list of pods costs no generated models: ``Pod.raw`` builds the
        ``pod_model`` on first read) or its generated model (a create's answer)."""
        if type(answer) is dict or isinstance(answer, Mapping):
            return self.pod_from_json(answer, LazyModel(self.pod_model.from_dict, answer, self.name))
        return self.pod_from_json(answer.to_dict(), answer)

    def pod_from_json(self, data: Mapping[str, Any], raw: Any) -> Pod:
        """``to_pod``'s work: the pod's JSON object as a ``Pod`` whose ``raw`` is ``raw``. Reads
        the object as the spec describes it; what it cannot read (a missing required key, a
        wrong type) raises, which the flow runner reports as the provider's unreadable answer."""
        raise NotImplementedError

    def create(self, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Created]:
        """Send the one request that creates the pod, named ``self.pod_name(spec, token)``.

        Contract (``gpupods.fleet`` relies on it to never make two pods):

        * checks that need no request come first and raise ``InvalidSpec`` (this provider
          cannot run the spec: the fleet moves on to the next offer) or ``UnsupportedOperation``;
        * then exactly one non-idempotent request, the create; nothing after it but reading
          the new pod's id from the answer, so that any error this flow raises after the
          request was sent means "the provider may have created the pod";
        * the pod's name is ``self.pod_name(spec, token)`` (the token and the spec's lease)
          whatever ``spec.extras`` say, so ``find_by_token`` can find it and any gpupods
          process can enforce its lease.
        """
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("create")

    def created_pod(self, created: Created, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Pod]:
        """The new pod as the provider describes it: its answer to the create when that
        describes the pod, else a read. An error here never leads to another create (the
        fleet returns ``provisional_pod`` instead)."""
        if created.answer is not None:
            return self.to_pod(created.answer)
        return (yield from self.get(created.pod_id))

    def provisional_pod(self, created: Created, spec: PodSpec, offer: GpuOffer | None, token: str) -> Pod:
        """The new pod from what is known without a request (its id, the spec, the offer):
        what a create returns when the pod exists but cannot be read yet."""
        return Pod(
            provider=self.name,
            id=created.pod_id,
            name=spec.name,
            status=PodStatus.PENDING,
            provider_status=None,
            gpu=offer.gpu if offer is not None else spec.gpu,
            gpu_count=spec.gpu_count,
            image=spec.image,
            price_per_hour=offer.price(spec.spot) if offer is not None else None,
            spot=spec.spot,
            region=offer.region if offer is not None else spec.region,
            client_token=token,
            lease=spec.lease(self.now()),
            observed_at=self.now(),
        )

    def pod_name(self, spec: PodSpec, token: str) -> str:
        """The name a create gives the pod: the spec's name, the client token and the spec's
        lease starting now (provider time). Every ``create`` sets it, last."""
        return with_token(spec.name, token, spec.lease(self.now()))

    def start(self, pod_id: str) -> Flow[Pod]:
        """Start a stopped pod; the pod as the provider then describes it (starting or running)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("start", "its API has no way to start a stopped pod")

    def stop(self, pod_id: str) -> Flow[Pod]:
        """Stop a pod, keeping its disk (which bills on: ``Pod.stopped_price_per_hour``); the pod
        as then described."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("stop", "its API has no way to stop a pod; terminate it instead")

    def restart(self, pod_id: str) -> Flow[Pod]:
        """Restart a running pod in place (same id and disk): the pod as then described."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("restart", "its API has no way to restart a pod")

    def terminate(self, pod_id: str) -> Flow[None]:
        """Terminate the pod and its disk. ``NotFoundError`` when it is gone already (the fleet
        counts that as terminated)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("terminate")

    def logs(self, pod_id: str, tail: int = 100) -> Flow[builtins.list[str]]:
        """The last ``tail`` lines of the pod's container log, oldest first."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("logs", "its API serves no log lines")

    def balance(self) -> Flow[Balance]:
        """The account's balance (``gpupods.account.Balance``). The default reads it from
        ``account``, the one flow a provider implements for its balance; a provider with a
        dedicated balance call overrides this."""
        from ..account import Balance

        account = yield from self.account()
        if account.balance is None:
            raise self.unsupported("balance", "its API reports no balance")
        return Balance(self.name, account.balance, account.billing_mode)

    def limits(self) -> Flow[AccountLimits]:
        """The account's limits (``gpupods.account.AccountLimits``)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("account limits", "gpupods does not read this provider's limits")

    # --- volumes (flows) -----------------------------------------------------------------------
    #
    # A backend whose API has volumes sets ``capabilities.volumes`` (and ``max_volumes``) and
    # implements ``list_volumes``, ``create_volume``, ``delete_volume`` and ``volume_regions``
    # (``resize_volume`` too when ``capabilities.volume_resize``); the others keep these
    # defaults, which raise ``UnsupportedOperation``. Its ``create`` mounts ``spec.volumes``
    # (see ``mounts``), its ``to_pod`` fills ``Pod.volumes``. ``gpupods.volumes`` runs these
    # flows for ``fleet.volumes``; ``gpupods._placement`` uses the place hooks below.

    def list_volumes(self) -> Flow[builtins.list[Volume]]:
        """Every volume of the account, with ``attached_pods`` filled in: the pods (not
        terminated) that mount it, read from the volume or from the pods, whichever the API
        tells. Contract: a list that could not read every volume raises."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("volumes", "its API has no volumes that outlive a pod")

    def get_volume(self, volume_id: str) -> Flow[Volume]:
        """One volume by id; ``NotFoundError`` when there is none."""
        for volume in (yield from self.list_volumes()):
            if volume.id == volume_id:
                return volume
        raise NotFoundError(
            f"volume {volume_id} not found", provider=self.name, provider_title=self.title, status_code=404
        )

    def create_volume(self, spec: VolumeSpec) -> Flow[Volume]:
        """Create the volume ``spec`` describes, named exactly ``spec.name``.

        Contract (``gpupods.volumes`` relies on it to never make two): checks that need no
        request come first and raise ``InvalidVolumeSpec``; reads may follow (where the
        provider needs ids from a catalogue); then exactly one non-idempotent request, the
        create. An error after it means "the volume may exist": the fleet then searches by
        name (it made sure no volume had that name before)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("volumes", "its API has no volumes that outlive a pod")

    def resize_volume(self, volume: Volume, size_gb: int) -> Flow[Volume]:
        """Grow ``volume`` to ``size_gb`` GB (``InvalidVolumeSpec`` before any request for a
        size the provider refuses, such as a smaller one)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("volume resize", "its API cannot change a volume's size")

    def delete_volume(self, volume_id: str) -> Flow[None]:
        """Delete the volume and its data. ``NotFoundError`` when it is gone already; the
        provider's own error when it refuses (a volume still mounted)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("volumes", "its API has no volumes that outlive a pod")

    def volume_regions(self) -> Flow[builtins.list[str]]:
        """Where volumes can be created (``VolumeSpec.region`` values), as the API lists them."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("volumes", "its API has no volumes that outlive a pod")

    def volume_place(self, volume: Volume) -> str:
        """The place a volume is bound to, in the terms ``offer_places`` uses."""
        return str(volume.region)

    def offer_places(self, offer: GpuOffer) -> tuple[str, ...]:
        """The places a pod made from ``offer`` may land in (one for most providers; RunPod's
        offers span data centers)."""
        return (offer.region,) if offer.region else ()

    def at_place(self, offer: GpuOffer, volume: Volume) -> GpuOffer:
        """``offer`` narrowed to ``volume``'s place (only called when the place is offered)."""
        return dataclasses.replace(offer, region=volume.region)

    def mounts(self, spec: PodSpec) -> builtins.list[tuple[Volume, str | None]]:
        """(volume, path) of each of ``spec.volumes``, resolved (``Fleet.create`` resolves
        names and ids before it calls ``create``); ``InvalidPodSpec`` for one that is not.
        A path this provider cannot honour is logged (``capabilities.volume_paths``)."""
        mounts = []
        for mount in spec.volumes:
            if not isinstance(mount.volume, Volume) or mount.volume.provider != self.name:
                raise InvalidPodSpec(
                    "volumes",
                    f"{mount.ref!r} is not a resolved {self.title} volume: create pods with volumes through Fleet.create",
                )
            if mount.path is not None and not self.capabilities.volume_paths:
                log.warning(
                    "%s mounts volumes where it chooses, not at %s: Pod.volumes tells where %s is",
                    self.title,
                    mount.path,
                    mount.volume.name,
                )
            mounts.append((mount.volume, mount.path))
        return mounts

    def rename(self, pod_id: str, name: str) -> Flow[Pod]:
        """Give the pod the full ``name`` (token and lease included) in place, without
        restarting it. ``capabilities.rename`` says whether the API can."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("rename", "its API cannot rename a pod, and leases live in the name")

    def billing(self, since: float | None, until: float) -> Flow[Billing]:
        """What the provider billed between ``since`` and ``until`` (provider time)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("billing", "its API reports no billing")

    def account(self) -> Flow[Account]:
        """The account's balance and spend limit, as far as the API reports them."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("account", "its API reports no balance or spend limit")

    def find_by_token(self, token: str) -> Flow[Pod | None]:
        """The pod created with this client token, or None when there is none.

        None must mean "a complete search found none": a search that could not read every
        pod (a failed page, a refused request) raises instead, and the fleet searches again
        before it ever sends another create.
        """
        pods = yield from self.list()
        return next((p for p in pods if p.client_token == token), None)

    # --- SSH keys ---------------------------------------------------------------------------
    #
    # How the user's key reaches a pod is each provider's own: RunPod reads the pod's
    # PUBLIC_KEY variable, Prime Intellect installs a key registered on the account (sshKeyId),
    # Lambda names registered keys at launch, Novita has no key API (gpupods logs in once with
    # the root password and adds the key). A backend overrides what its API allows.

    def check_spec(self, spec: PodSpec, offer: GpuOffer | None) -> None:
        """Refuse with ``InvalidSpec`` what this provider cannot run on ``offer``, without a
        request. ``create_on`` calls it before anything else of a create (the SSH keys'
        registration included), so a spec the provider cannot run costs no request there.
        The default checks nothing; ``create`` must still refuse what it cannot send."""
        return None

    def with_ssh_keys(self, spec: PodSpec, keys: Sequence[PublicKey]) -> Flow[PodSpec]:
        """``spec`` carrying ``keys`` the way this provider installs them (an environment
        variable, a registered key's id in ``extras``...): what ``create`` is then given.

        Contract: runs before the create (once per ``Fleet.create`` call and provider) and
        never creates a pod; it may read the account's keys and register missing ones (found
        by fingerprint first, so a key is registered once, and a repeat after a lost answer
        finds it). Raises ``UnsupportedOperation`` when the provider cannot take the keys
        (the fleet then tries another provider). The default passes a spec without keys."""
        if not keys:
            return spec
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("installing SSH keys", "gpupods does not know how to put a key on its pods")

    def ssh_keys_to_install(self, pod: Pod) -> tuple[PublicKey, ...]:
        """Keys gpupods must add over SSH itself, logging in with the pod's password
        (``pod.ssh.password``), because the provider installs none (Novita). Default: none."""
        return ()

    def account_ssh_keys(self) -> Flow[builtins.list[SshKey]]:
        """The public keys registered on the account."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("SSH keys on the account", "its API has no SSH-key calls")

    def register_ssh_key(self, key: PublicKey, name: str) -> Flow[SshKey]:
        """Register ``key`` on the account under ``name`` (one request; see ``ensure_ssh_key``)."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("SSH keys on the account", "its API has no SSH-key calls")

    def unregister_ssh_key(self, key: SshKey) -> Flow[None]:
        """Remove a registered key from the account."""
        yield from ()  # a flow that fails at its first step
        raise self.unsupported("SSH keys on the account", "its API has no SSH-key calls")

    def ensure_ssh_key(self, key: PublicKey, name: str | None = None) -> Flow[SshKey]:
        """The account's entry for ``key``: found by fingerprint, else registered (once). A
        refusal of the registration because the key is there already (a lost answer, another
        process) finds it again."""
        for entry in (yield from self.account_ssh_keys()):
            if entry.key == key:
                return entry
        try:
            return (yield from self.register_ssh_key(key, name or key.suggested_name()))
        except (ConflictError, ValidationError):
            for entry in (yield from self.account_ssh_keys()):
                if entry.key == key:
                    return entry
            raise
