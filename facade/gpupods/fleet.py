"""``Fleet`` and ``AsyncFleet``: the same pod operations on several providers at once.

    from gpupods import Fleet, PodSpec

    with Fleet.from_env() as fleet:                      # every provider whose key is set
        offer = fleet.offers(gpu="H100", count=1)[0]      # cheapest first, across providers
        pod = fleet.create(PodSpec(name="train", image="pytorch/pytorch", gpu="H100"), offer)
        pod = fleet.wait(pod, timeout=900)                # running *and* sshd answering
        print(pod.ssh.command)
        fleet.terminate(pod)

Both classes run the same flows (``gpupods._flow``): ``Fleet`` blocks, ``AsyncFleet`` awaits.
"""

from __future__ import annotations

import asyncio
import builtins
import dataclasses
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from ._checks import check_id, is_finite_number
from ._clock import RealClock
from ._config import PROVIDERS, ProviderConfig
from ._create import CreateLedger, CreatePolicy, Placement, clean_up, create_on
from ._flow import Await, Flow, Parallel, Probe, Run, Session, Sleep, run_async, run_sync
from ._journal import CreateJournal
from ._placement import Placements, place, placement_error, resolve
from ._tokens import MAX_TTL, new_token, with_token
from .costs import hourly_rate
from .errors import (
    APIConnectionError,
    BudgetExceeded,
    ConfigurationError,
    CreateFailed,
    CreateOutcomeUnknown,
    GpupodsError,
    InvalidArgument,
    InvalidPodSpec,
    NotFoundError,
    PodFailed,
    ProviderError,
    RateLimitedError,
    SshError,
    UnsupportedOperation,
    VolumePlacementError,
    WaitTimeout,
)
from .keys import PublicKey
from .models import (
    Account,
    Billing,
    Capabilities,
    GpuOffer,
    OfferList,
    Pod,
    PodList,
    PodSpec,
    PodStatus,
    Volume,
    VolumeMount,
    volume_mounts,
)
from .providers import backend_class
from .providers._base import Backend, OfferQuery
from .reaper import Reaper, ReapPolicy, ReapReport
from .ssh import SshSettings

if TYPE_CHECKING:
    from .account import AccountLimits, AsyncSecrets, Balance, Secrets
    from .providers.runpod import RunPodBackend
    from .serverless import AsyncEndpoints, Endpoints
    from .ssh_keys import AsyncSshKeys, SshKeys
    from .volumes import AsyncVolumes, Volumes

log = logging.getLogger("gpupods")
T = TypeVar("T")

PodRef = Pod | str
Duration = float | timedelta


@dataclass
class ProviderCosts:
    """One provider's side of a cost report: its billing and account, or why they are missing
    (``errors``: ``"billing"``/``"account"`` -> the reason, e.g. the API has no such call)."""

    provider: str
    billing: Billing | None = None
    account: Account | None = None
    errors: dict[str, str] = field(default_factory=dict)


@dataclass
class CostReport:
    """``Fleet.costs``: each pod with its estimate (``Pod.cost_so_far``) beside what the
    providers' billing says, from ``since`` to ``until`` (provider time)."""

    since: datetime | None
    until: datetime
    pods: PodList
    providers: dict[str, ProviderCosts]

    @property
    def spend_per_hour(self) -> float:
        """What the listed pods cost per hour now, by their prices (unknown prices left out)."""
        return round(sum(hourly_rate(p) or 0.0 for p in self.pods), 6)


def _seconds(value: Duration, what: str) -> float:
    seconds = value.total_seconds() if isinstance(value, timedelta) else value
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not is_finite_number(seconds):
        raise InvalidArgument(what, "must be a number of seconds or a timedelta")
    return float(seconds)


class _FleetCore:
    """The flows shared by ``Fleet`` and ``AsyncFleet``."""

    #: How many offers a create without an explicit offer tries, cheapest first.
    create_candidates = 5
    #: Attempts per offer, searches and waits of the create protocol (``gpupods._create``).
    create_policy = CreatePolicy()

    def __init__(
        self,
        backends: Iterable[Backend],
        *,
        clock: RealClock | None = None,
        pool: ThreadPoolExecutor | None = None,
        max_spend_per_hour: float | None = None,
        journal: CreateJournal | bool = True,
        ssh: SshSettings | None = None,
    ) -> None:
        self.clock = clock or RealClock()
        #: The user's SSH key and where pods' host keys are kept (``gpupods.ssh``).
        self.ssh_settings = ssh or SshSettings.from_env()
        if max_spend_per_hour is not None and (
            isinstance(max_spend_per_hour, bool)
            or not isinstance(max_spend_per_hour, int | float)
            or not is_finite_number(max_spend_per_hour)
            or max_spend_per_hour <= 0
        ):
            raise InvalidArgument("max_spend_per_hour", "must be a positive number of USD per hour, or None")
        #: The cap on what the fleet's pods may cost per hour together; a create that would pass
        #: it is refused before its request (``BudgetExceeded``).
        self.max_spend_per_hour = max_spend_per_hour
        #: Where create calls are recorded while they run (``gpupods._journal``), for the reaper.
        self.journal: CreateJournal | None = (
            CreateJournal.default() if journal is True else journal if isinstance(journal, CreateJournal) else None
        )
        self.backends: dict[str, Backend] = {b.name: b for b in backends}
        if not self.backends:
            raise ConfigurationError(
                "no provider configured: set "
                + ", ".join(info.key_env for info in PROVIDERS.values())
                + " (or run against the mock clouds with gpupods.mock)"
            )
        self._pool = pool
        self._session = Session(
            provider="gpupods",
            clock=self.clock,
            http=_no_http,
            async_http=_no_http,
            generated=_no_http,
            pool=lambda: self._executor(),
        )

    @classmethod
    def _configs(
        cls,
        providers: Sequence[str] | None,
        environ: Mapping[str, str] | None,
        transport: Any,
        base_urls: Mapping[str, str] | None,
        api_keys: Mapping[str, str] | None,
        options: Mapping[str, Any],
    ) -> list[ProviderConfig]:
        environ = os.environ if environ is None else environ
        names = list(providers) if providers else list(PROVIDERS)
        configs = []
        for name in names:
            if name not in PROVIDERS:
                raise ConfigurationError(f"unknown provider {name!r}; known: {', '.join(PROVIDERS)}")
            key = (api_keys or {}).get(name) or environ.get(PROVIDERS[name].key_env)
            if not key:
                if providers:  # asked for by name: say which variable is missing
                    ProviderConfig.from_env(name, environ={})
                continue
            configs.append(
                ProviderConfig.from_env(
                    name,
                    environ,
                    api_key=key,
                    transport=transport,
                    base_url=(base_urls or {}).get(name),
                    **options,
                )
            )
        return configs

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=16, thread_name_prefix="gpupods")
        return self._pool

    # --- lookups -------------------------------------------------------------------------

    def backend(self, provider: str) -> Backend:
        try:
            return self.backends[provider]
        except KeyError:
            known = ", ".join(self.backends) or "none"
            hint = f"; set {PROVIDERS[provider].key_env}" if provider in PROVIDERS else ""
            raise ConfigurationError(f"provider {provider!r} is not configured (configured: {known}){hint}") from None

    def capabilities(self, provider: str) -> Capabilities:
        """What ``provider`` can do (start/stop, restart, logs, spot, serverless, batching)."""
        return self.backend(provider).capabilities

    def _serverless_backend(self) -> RunPodBackend:
        """The backend serving serverless endpoints (RunPod's; no other provider has them)."""
        return self._runpod_backend("serverless endpoints")

    def _runpod_backend(self, what: str) -> RunPodBackend:
        """RunPod's backend, for what only RunPod has (serverless endpoints, account secrets)."""
        backend = self.backends.get("runpod")
        if backend is None:
            others = ", ".join(b.title for b in self.backends.values()) or "no provider"
            raise UnsupportedOperation(
                ", ".join(self.backends), what, "only RunPod has them; set RUNPOD_API_KEY", provider_title=others
            )
        from .providers.runpod import RunPodBackend  # imported with its generated client, when used

        assert isinstance(backend, RunPodBackend)
        return backend

    def _account_backend(self, provider: str | None) -> Backend:
        """The backend an account question (balance, limits) is for: ``provider``, or the only one."""
        if provider is not None:
            return self.backend(provider)
        if len(self.backends) == 1:
            return next(iter(self.backends.values()))
        raise ConfigurationError(f"say which provider's account: one of {', '.join(self.backends)}")

    def _resolve(self, pod: PodRef, provider: str | None) -> tuple[Backend, str]:
        if isinstance(pod, Pod):
            return self.backend(pod.provider), check_id(pod.id)
        pod_id = check_id(pod)
        if provider is None:
            if len(self.backends) == 1:
                return next(iter(self.backends.values())), pod_id
            raise ConfigurationError(f"pod id {pod!r} given without provider=; configured: {', '.join(self.backends)}")
        return self.backend(provider), pod_id

    def _selected(self, provider: str | Sequence[str] | None) -> list[Backend]:
        if provider is None:
            return list(self.backends.values())
        names = [provider] if isinstance(provider, str) else list(provider)
        return [self.backend(n) for n in names]

    # --- flows -----------------------------------------------------------------------------

    def _offers_flow(
        self,
        query: OfferQuery,
        provider: str | Sequence[str] | None,
        volumes: Sequence[VolumeMount | Volume | str] = (),
    ) -> Flow[OfferList]:
        """Matching offers, cheapest first; with ``volumes``, only those that can mount them,
        each narrowed to where the volumes are."""
        backends = self._selected(provider)
        if volumes:
            mounts = volume_mounts(volumes)
            placements = yield from self._placements(mounts, backends)
        results = yield Parallel([Run(b.offers(query), b.session()) for b in backends])
        offers = OfferList()
        for backend, result in zip(backends, results, strict=True):
            if isinstance(result, GpupodsError):
                offers.failed[backend.name] = result
                log.warning("offers from %s failed: %s", backend.name, result)
            else:
                offers.extend(o for o in result if _offer_matches(o, query))
        if offers.failed and len(offers.failed) == len(backends):
            raise next(iter(offers.failed.values()))
        offers.sort(key=lambda o: (o.price(query.spot) is None, o.price(query.spot) or 0.0, o.provider, o.gpu))
        if volumes:
            placed = [self._place(o, placements) for o in offers]
            offers[:] = [o for o in placed if isinstance(o, GpuOffer)]
        return offers

    def _placements(self, mounts: Sequence[VolumeMount], backends: Sequence[Backend]) -> Flow[Placements]:
        """Each provider's resolution of ``mounts`` (one list of its volumes each, at once)."""
        pinned = {m.volume.provider for m in mounts if isinstance(m.volume, Volume)}
        asked = [b for b in backends if b.capabilities.volumes and (not pinned or b.name in pinned)]
        results = yield Parallel([Run(b.list_volumes(), b.session()) for b in asked])
        found = dict(zip((b.name for b in asked), results, strict=True))
        return {b.name: resolve(b, mounts, found.get(b.name), pinned) for b in backends}

    def _place(self, offer: GpuOffer, placements: Placements) -> GpuOffer | str:
        """``offer`` narrowed to where the volumes are, or why it cannot mount them."""
        return place(self.backend(offer.provider), offer, placements)

    def _placement_error(
        self, spec: PodSpec, offers: Sequence[GpuOffer], placements: Placements
    ) -> Flow[VolumePlacementError]:
        """Why no offer can mount the volumes, with what is near and what is offered there."""
        resolved = [(name, m) for name, m in placements.items() if not isinstance(m, str)]
        local: OfferList = OfferList()
        if resolved:
            provider, mounts = resolved[0]
            local = yield from self._offers_flow(OfferQuery(count=spec.gpu_count, spot=spec.spot), provider, mounts)
        return placement_error(spec, offers, placements, self.backend, local)

    def _list_flow(self, provider: str | Sequence[str] | None) -> Flow[PodList]:
        backends = self._selected(provider)
        results = yield Parallel([Run(b.list(), b.session()) for b in backends])
        pods = PodList()
        for backend, result in zip(backends, results, strict=True):
            if isinstance(result, GpupodsError):
                pods.failed[backend.name] = result
                log.warning("listing pods on %s failed: %s", backend.name, result)
            else:
                pods.extend(result)
        if pods.failed and len(pods.failed) == len(backends):
            raise next(iter(pods.failed.values()))
        return pods

    def _create_flow(
        self, spec: PodSpec, offer: GpuOffer | None, provider: str | None, ledger: CreateLedger
    ) -> Flow[Pod]:
        """Create one pod (see ``gpupods._create`` for the protocol that keeps it one). A pod
        with volumes is created where they are: offers elsewhere are skipped with their reason
        (``gpupods._placement``), and ``create_candidates`` of the others are tried."""
        if not isinstance(spec, PodSpec):
            raise InvalidArgument("spec", f"give a PodSpec, not {type(spec).__name__}")
        keys = self._keys_for(spec)
        placements: Placements | None = None
        if spec.volumes:
            backends = [self.backend(offer.provider)] if offer is not None else self._selected(provider)
            placements = yield from self._placements(spec.volumes, backends)
        if offer is not None:
            candidates: list[GpuOffer] = [offer]
        else:
            query = OfferQuery(
                gpu=spec.gpu, count=spec.gpu_count, max_price=spec.max_price, spot=spec.spot, region=spec.region
            )
            candidates = yield from self._offers_flow(query, provider)
            if placements is not None and all(isinstance(self._place(o, placements), str) for o in candidates):
                raise (yield from self._placement_error(spec, candidates, placements))
            if not candidates:
                where = provider or ", ".join(self.backends)
                price = f" under ${spec.max_price}/h" if spec.max_price else ""
                raise CreateFailed(
                    [], f"no {'spot ' if spec.spot else ''}offer for {spec.gpu} x{spec.gpu_count}{price} on {where}"
                )
        if self.max_spend_per_hour is not None:
            candidates = yield from self._within_budget(spec, candidates)
        placement = self._placement(placements) if placements is not None else None
        policy, limit = self.create_policy, self.create_candidates
        return (
            yield from create_on(
                self.backend, spec, candidates, new_token(), ledger, policy, placement=placement, limit=limit, keys=keys
            )
        )

    def _keys_for(self, spec: PodSpec) -> tuple[PublicKey, ...]:
        """The public keys the pod gets: none without SSH, the spec's, else the user's key
        (``NoSshKey`` when there is none)."""
        if not spec.ssh:
            return ()
        if spec.ssh_keys is not None:
            return tuple(PublicKey.parse(line) for line in spec.ssh_keys)
        return self.ssh_settings.default_keys()

    def _placement(self, placements: Placements) -> Placement:
        """How ``create_on`` fits a spec with volumes to one candidate: its mounts resolved on
        that provider, the offer narrowed to the volumes' place (``InvalidPodSpec`` elsewhere)."""

        def placement(backend: Backend, spec: PodSpec, candidate: GpuOffer | None) -> tuple[PodSpec, GpuOffer | None]:
            if candidate is None:
                raise InvalidPodSpec("volumes", "a pod with volumes is placed from an offer")
            placed = self._place(candidate, placements)
            if isinstance(placed, str):
                raise InvalidPodSpec("volumes", placed)
            mounts = placements[backend.name]
            assert not isinstance(mounts, str)  # an offer that places has resolved mounts
            return dataclasses.replace(spec, volumes=mounts), placed

        return placement

    def _within_budget(self, spec: PodSpec, candidates: list[GpuOffer]) -> Flow[list[GpuOffer]]:
        """The candidates a create may try without passing ``max_spend_per_hour``, counting
        what every pod of the fleet costs per hour now (running: its price; stopped: its
        storage). Raises ``BudgetExceeded`` when none fits, or when a pod's cost is unknown."""
        cap = self.max_spend_per_hour
        assert cap is not None
        pods = yield from self._list_flow(None)
        if pods.failed:
            provider, error = next(iter(pods.failed.items()))
            error.add_note(f"gpupods: the spend cap cannot be checked without {provider}'s pods; no pod was created")
            raise error
        rates = [(pod, hourly_rate(pod)) for pod in pods]
        unpriced = [f"{pod.provider} pod {pod.id}" for pod, rate in rates if rate is None]
        current = round(sum(rate or 0.0 for _, rate in rates), 6)
        if unpriced:
            raise BudgetExceeded(current, cap, None, unpriced)

        def price(offer: GpuOffer) -> float | None:
            return spec.max_price if spec.spot and spec.max_price is not None else offer.price(spec.spot)

        priced = [(offer, price(offer)) for offer in candidates]
        fitting = [offer for offer, cost in priced if cost is not None and current + cost <= cap + 1e-9]
        if not fitting:
            known = [cost for _, cost in priced if cost is not None]
            raise BudgetExceeded(current, cap, min(known) if known else None)
        return fitting

    def _ledger(self) -> CreateLedger:
        journal, clock = self.journal, self.clock
        if journal is None:
            return CreateLedger()
        return CreateLedger(on_send=lambda backend, token: journal.begin(token, backend.name, clock.time()))

    def _create_ended(self, ledger: CreateLedger, error: BaseException | None) -> None:
        """The create call is over: unless its outcome is unknown or it was interrupted (then
        the reaper decides, see ``gpupods._journal``), its record goes."""
        if self.journal is None or isinstance(error, CreateOutcomeUnknown):
            return
        if error is not None and not isinstance(error, Exception):
            return
        for token in dict.fromkeys(token for _, token in ledger.sent):
            self.journal.end(token)

    # --- leases ------------------------------------------------------------------------------

    def _extend_flow(self, backend: Backend, pod_id: str, by: Duration) -> Flow[Pod]:
        seconds = _seconds(by, "by")
        if seconds <= 0:
            raise InvalidArgument("by", "must be a positive duration")
        if not backend.capabilities.rename:
            raise backend.unsupported("extend", "its API cannot rename a pod, and the lease is recorded in its name")
        pod = yield Run(backend.get(pod_id), backend.session())
        lease = pod.lease
        if lease is None or lease.expires_at is None or pod.client_token is None:
            raise InvalidArgument("pod", f"{pod.provider} pod {pod.id} has no lease with a ttl: nothing to extend")
        end = max(lease.expires_at, backend.now()) + seconds
        ttl = end - lease.started_at
        if ttl > MAX_TTL:
            raise InvalidArgument("by", f"a lease lasts at most {MAX_TTL // 86400} days from its start")
        name = with_token(pod.name, pod.client_token, lease.evolve(ttl=ttl))
        renamed: Pod = yield Run(backend.rename(pod_id, name), backend.session())
        return renamed

    def _reaper(self, dry_run: bool, idle_threshold: float, leftover_grace: float) -> Reaper:
        for value, what in ((idle_threshold, "idle_threshold"), (leftover_grace, "leftover_grace")):
            if not is_finite_number(value) or value < 0:
                raise InvalidArgument(what, "must be a finite number, at least 0")
        return Reaper(self, self.journal, ReapPolicy(idle_threshold, leftover_grace), dry_run=dry_run)

    # --- costs -------------------------------------------------------------------------------

    def _costs_flow(self, since: datetime | Duration | None, provider: str | Sequence[str] | None) -> Flow[CostReport]:
        backends = self._selected(provider)
        pods = yield from self._list_flow(provider)
        until = max((b.now() for b in backends), default=self.clock.time())
        start: float | None
        if since is None:
            start = None
        elif isinstance(since, datetime):
            if since.tzinfo is None:
                raise InvalidArgument("since", "give a timezone-aware datetime (e.g. in UTC)")
            start = since.timestamp()
        else:
            start = until - _seconds(since, "since")
        if start is not None and start >= until:
            raise InvalidArgument("since", "must be in the past")
        results = yield Parallel(
            [Run(b.billing(start, until), b.session()) for b in backends]
            + [Run(b.account(), b.session()) for b in backends]
        )
        providers: dict[str, ProviderCosts] = {}
        for index, backend in enumerate(backends):
            entry = providers[backend.name] = ProviderCosts(backend.name)
            billing, account = results[index], results[index + len(backends)]
            if isinstance(billing, GpupodsError):
                entry.errors["billing"] = str(billing)
            else:
                entry.billing = billing
            if isinstance(account, GpupodsError):
                entry.errors["account"] = str(account)
            else:
                entry.account = account
        return CostReport(
            since=datetime.fromtimestamp(start, UTC) if start is not None else None,
            until=datetime.fromtimestamp(until, UTC),
            pods=pods,
            providers=providers,
        )

    def _clean_up_flow(self, ledger: CreateLedger) -> Flow[str]:
        return (yield from clean_up(ledger, self.create_policy, self._terminate_flow))

    def _wait_flow(
        self,
        pods: Sequence[Pod],
        timeout: float,
        reachable: bool,
        poll: float,
        target: PodStatus = PodStatus.RUNNING,
        progress: Callable[[Pod], None] | None = None,
        ssh_login: bool = False,
    ) -> Flow[list[Pod]]:
        """Poll until every pod reaches ``target``. Transient failures of a poll (timeouts,
        5xx, 429 after the transport's retries) are polled through until the deadline; so are
        failures of the SSH steps of ``_ssh_ready``."""
        if not is_finite_number(timeout) or timeout < 0:
            raise InvalidArgument("timeout", "must be a finite number of seconds, at least 0")
        if not is_finite_number(poll) or poll <= 0:
            raise InvalidArgument("poll", "must be a finite, positive number of seconds")
        deadline = self.clock.time() + timeout
        last_error: GpupodsError | None = None
        pending: dict[tuple[str, str], Pod] = {(p.provider, p.id): p for p in pods}
        ready: dict[tuple[str, str], Pod] = {}
        delay = poll
        while pending:
            groups: dict[str, list[str]] = {}
            for provider, pod_id in pending:
                groups.setdefault(provider, []).append(pod_id)
            backends = [self.backend(name) for name in groups]
            results = yield Parallel([Run(b.get_many(groups[b.name]), b.session()) for b in backends])
            for backend, result in zip(backends, results, strict=True):
                if isinstance(result, TRANSIENT):
                    last_error = result
                    log.info("polling %s failed (%s); polling again", backend.name, result)
                    continue
                if isinstance(result, GpupodsError):
                    raise result
                for pod_id, pod in zip(groups[backend.name], result, strict=True):
                    key = (backend.name, pod_id)
                    if isinstance(pod, NotFoundError):
                        raise PodFailed(
                            f"{backend.name} pod {pod_id} disappeared while waiting",
                            pod_id=pod_id,
                            provider=backend.name,
                            status="gone",
                        )
                    if isinstance(pod, TRANSIENT):
                        last_error = pod
                        continue
                    if isinstance(pod, GpupodsError):
                        raise pod
                    pending[key] = pod
                    if progress is not None:
                        progress(pod)
                    if pod.status in (PodStatus.ERROR, PodStatus.TERMINATED) and pod.status is not target:
                        raise PodFailed(
                            f"{backend.name} pod {pod_id} is {pod.status} ({pod.provider_status})",
                            pod_id=pod_id,
                            provider=backend.name,
                            status=pod.provider_status,
                        )
                    if pod.status is not target:
                        continue
                    if target is PodStatus.RUNNING and reachable:
                        try:
                            usable = yield from self._ssh_ready(backend, pod, ssh_login)
                        except SshError as exc:
                            last_error, usable = exc, False
                            log.info("%s", exc)
                        if not usable:
                            continue
                    ready[key] = pod
                    del pending[key]
            if not pending:
                break
            left = deadline - self.clock.time()
            if left <= 0:
                pod = next(iter(pending.values()))
                what = str(target)
                if reachable and target is PodStatus.RUNNING:
                    what = "running and accepting the SSH key" if ssh_login else "running and reachable"
                error = f"; last poll error: {last_error}" if last_error is not None else ""
                raise WaitTimeout(
                    f"{pod.provider} pod {pod.id} is not {what} after {timeout:g}s (last status {pod.status}, "
                    f"{pod.provider_status}{error}); it still exists and is billed",
                    pod_id=pod.id,
                    provider=pod.provider,
                    status=pod.provider_status,
                )
            yield Sleep(min(delay, left))
            delay = min(delay * 1.5, 15.0)
        return [ready[(p.provider, p.id)] for p in pods]

    def _ssh_ready(self, backend: Backend, pod: Pod, login: bool) -> Flow[bool]:
        """Whether the running ``pod`` can be used over SSH now: its sshd sends its banner; the
        keys its provider does not install itself are added over the password login
        (``Backend.ssh_keys_to_install``); with ``login``, the user's key logs in."""
        if pod.ssh is None or not (yield Probe(pod.ssh.host, pod.ssh.port)):
            return False
        logged_in, _ = yield from self._install_keys_flow(backend, pod)
        if login and not logged_in:
            return bool((yield Await(lambda: _login_works(pod, self.ssh_settings.identity))))
        return True

    def _install_keys_flow(self, backend: Backend, pod: Pod) -> Flow[tuple[bool, int]]:
        """Add the keys ``pod`` lacks because its provider installs none (Novita), over its
        password login, unless the user's key logs in already. Returns whether the user's key
        was seen to log in, and how many keys were added."""
        keys = backend.ssh_keys_to_install(pod)
        if not keys:
            return False, 0
        if pod.ssh is None or not pod.ssh.password:  # a list answer may leave the password out
            pod = yield Run(backend.get(pod.id), backend.session())
        identity = self.ssh_settings.identity
        if (yield Await(lambda: _login_works(pod, identity))):
            return True, 0
        from ._ssh_login import install_keys

        added = yield Await(lambda: install_keys(pod, keys, self.ssh_settings.known_hosts))
        return False, int(added)

    def _terminate_flow(self, backend: Backend, pod_id: str) -> Flow[None]:
        try:
            yield Run(backend.terminate(pod_id), backend.session())
        except NotFoundError:
            return None  # already gone: that is what was asked
        return None

    @staticmethod
    def _interrupted(exc: BaseException, note: str) -> None:
        if note:
            log.warning("create interrupted (%s): %s", type(exc).__name__, note)
            exc.add_note(f"gpupods: {note}")


async def _login_works(pod: Pod, identity: Any) -> bool:
    from ._ssh_login import login_works

    return await login_works(pod, identity)


#: Poll failures that say nothing about the pod: waiting goes on through them.
TRANSIENT = (APIConnectionError, ProviderError, RateLimitedError)


def _offer_matches(offer: GpuOffer, query: OfferQuery) -> bool:
    from . import gpus, regions

    if query.gpu and not gpus.matches(query.gpu, gpus.by_name(offer.gpu), offer.gpu_provider_id, offer.variant or ""):
        return False
    if query.count is not None and offer.count != query.count:
        return False
    price = offer.price(query.spot)
    if query.spot and price is None:
        return False
    if query.max_price is not None and (price is None or price > query.max_price):
        return False
    if not query.region:
        return True
    places = {offer.region, *offer.regions, _country(offer)}
    return any(regions.matches(query.region, str(place)) for place in places if place)


def _country(offer: GpuOffer) -> str | None:
    """The ISO country of an offer, where the provider says it (Prime Intellect does)."""
    country = getattr(offer.raw, "country", None)
    return country if isinstance(country, str) else None


def _no_http() -> Any:
    raise RuntimeError("fleet-wide flows do not send requests themselves")


def _backends(configs: Sequence[ProviderConfig], clock: RealClock, pool: ThreadPoolExecutor) -> list[Backend]:
    return [backend_class(c.name)(c, clock, pool) for c in configs]


class Fleet(_FleetCore):
    """Pod operations across providers, blocking. Use as a context manager (or ``close()``)."""

    @classmethod
    def from_env(
        cls,
        *,
        providers: Sequence[str] | None = None,
        api_keys: Mapping[str, str] | None = None,
        base_urls: Mapping[str, str] | None = None,
        transport: Any = None,
        clock: RealClock | None = None,
        environ: Mapping[str, str] | None = None,
        max_spend_per_hour: float | None = None,
        journal: CreateJournal | bool = True,
        ssh: SshSettings | None = None,
        **options: Any,
    ) -> Fleet:
        """Every provider whose key is set (``RUNPOD_API_KEY``, ``PRIME_API_KEY``,
        ``NOVITA_API_KEY``), or just ``providers``. ``options`` go to each ``ProviderConfig``
        (``timeout=``, ``retry=``). ``max_spend_per_hour`` caps what the fleet's pods may cost
        per hour together; ``journal`` records create calls for the reaper (``False``: not).
        ``ssh`` defaults to the user's key and known_hosts as ``environ`` (else the process
        environment) names them (``SshSettings.from_env``)."""
        clock = clock or RealClock()
        pool = ThreadPoolExecutor(max_workers=16, thread_name_prefix="gpupods")
        configs = cls._configs(providers, environ, transport, base_urls, api_keys, options)
        settings = ssh or SshSettings.from_env(environ)
        return cls(
            _backends(configs, clock, pool),
            clock=clock,
            pool=pool,
            max_spend_per_hour=max_spend_per_hour,
            journal=journal,
            ssh=settings,
        )

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self._session)

    @property
    def endpoints(self) -> Endpoints:
        """RunPod serverless endpoints (``gpupods.serverless``); needs RunPod configured."""
        from .serverless import Endpoints

        return Endpoints(self)

    @property
    def secrets(self) -> Secrets:
        """RunPod account secrets (``gpupods.account``); needs RunPod configured."""
        from .account import Secrets

        return Secrets(self)

    def balance(self, provider: str | None = None) -> Balance:
        """The account balance on ``provider``, where its API reports one (``capabilities.balance``:
        RunPod, whose key needs the scope billing:read, and Prime Intellect's wallet)."""
        backend = self._account_backend(provider)
        return run_sync(backend.balance(), backend.session())

    def limits(self, provider: str | None = None) -> AccountLimits:
        """The account limits on ``provider`` (RunPod's spend rate cap and serverless worker
        allowance; needs the key scope account:read)."""
        backend = self._account_backend(provider)
        return run_sync(backend.limits(), backend.session())

    @property
    def volumes(self) -> Volumes:
        """Persistent volumes on the configured providers that have them (``gpupods.volumes``)."""
        from .volumes import Volumes

        return Volumes(self)

    def offers(
        self,
        gpu: str | None = None,
        *,
        count: int | None = None,
        max_price: float | None = None,
        spot: bool = False,
        region: str | None = None,
        provider: str | Sequence[str] | None = None,
        volumes: Sequence[VolumeMount | Volume | str] = (),
    ) -> OfferList:
        """Offers matching the filters on every (or the given) provider, cheapest first.
        Prices are USD/hour for the whole offer (``count`` GPUs). With ``volumes`` (ids or
        names), only offers that can mount them, placed where they are. A provider that fails
        is left out and named in ``.failed``; only when every provider fails is its error raised."""
        query = OfferQuery(gpu, count, max_price, spot, region)
        return self._run(self._offers_flow(query, provider, volumes))

    def list(self, provider: str | Sequence[str] | None = None) -> PodList:
        """The pods on every (or the given) provider, fetched concurrently. A provider that
        fails is left out and named in ``.failed``; only when every provider fails is its
        error raised."""
        return self._run(self._list_flow(provider))

    def get(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return run_sync(backend.get(pod_id), backend.session())

    def create(self, spec: PodSpec, offer: GpuOffer | None = None, *, provider: str | None = None) -> Pod:
        """Create a pod from ``offer``, or from the cheapest matching offers in turn.

        Never creates two pods for one call, and never leaves one behind: see the protocol in
        ``gpupods._create``. Raises ``CreateFailed`` listing every attempt when no pod was
        made, ``CreateOutcomeUnknown`` when the provider cannot tell whether one was. An
        interruption (Ctrl-C) terminates the pod being created before it propagates."""
        ledger = self._ledger()
        try:
            pod: Pod = self._run(self._create_flow(spec, offer, provider, ledger))
        except BaseException as exc:
            if ledger.sent and not isinstance(exc, Exception):
                self._interrupted(exc, self._run(self._clean_up_flow(ledger)))
            self._create_ended(ledger, exc)
            raise
        self._create_ended(ledger, None)
        return pod

    def wait(
        self,
        pod: PodRef,
        timeout: float = 900.0,
        *,
        provider: str | None = None,
        reachable: bool = True,
        poll: float = 2.0,
        status: PodStatus = PodStatus.RUNNING,
        progress: Callable[[Pod], None] | None = None,
        ssh_login: bool = False,
    ) -> Pod:
        """Block until the pod is running and (with ``reachable``, the default) its sshd
        answers with its banner; or, with ``status=``, until it reaches that status (e.g.
        ``PodStatus.STOPPED`` after ``stop``). ``progress`` is called with the pod as each poll
        sees it.

        With ``reachable``, keys the provider does not install itself (Novita) are added over
        the pod's password login once its sshd answers. ``ssh_login=True`` also waits until
        the user's key logs in (an SSH authentication, not only a banner); it is off by
        default because it needs the private key (``ssh_settings.identity`` or ssh-agent)."""
        backend, pod_id = self._resolve(pod, provider)
        start = pod if isinstance(pod, Pod) else run_sync(backend.get(pod_id), backend.session())
        flow = self._wait_flow([start], timeout, reachable, poll, status, progress, ssh_login)
        return self._run(flow)[0]

    def wait_all(
        self,
        pods: Sequence[Pod],
        timeout: float = 900.0,
        *,
        reachable: bool = True,
        poll: float = 2.0,
        ssh_login: bool = False,
    ) -> builtins.list[Pod]:
        """``wait`` for several pods, polling each provider once per round (batched)."""
        return self._run(self._wait_flow(pods, timeout, reachable, poll, ssh_login=ssh_login))

    def install_ssh_keys(self, pod: Pod) -> int:
        """Make the user's key work on a running pod whose provider installs no key itself
        (Novita): unless the key logs in already, log in with the pod's root password and add
        the keys it was created with. Returns how many keys were added (0 elsewhere). ``wait``
        does this by itself; raises ``SshError``."""
        backend = self.backend(pod.provider)
        pod.require_ssh()
        _, added = self._run(self._install_keys_flow(backend, pod))
        return int(added)

    def ssh_keys(self, provider: str) -> SshKeys:
        """The SSH keys registered on ``provider``'s account: ``list()``, ``add(key)``,
        ``remove(key)`` (``gpupods.ssh_keys``)."""
        from .ssh_keys import SshKeys

        return SshKeys(self, self.backend(provider))

    def start(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return run_sync(backend.start(pod_id), backend.session())

    def stop(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return run_sync(backend.stop(pod_id), backend.session())

    def restart(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return run_sync(backend.restart(pod_id), backend.session())

    def terminate(self, pod: PodRef, provider: str | None = None) -> None:
        """Terminate the pod; a pod that is already gone counts as terminated."""
        backend, pod_id = self._resolve(pod, provider)
        self._run(self._terminate_flow(backend, pod_id))

    def logs(self, pod: PodRef, provider: str | None = None, *, tail: int = 100) -> builtins.list[str]:
        backend, pod_id = self._resolve(pod, provider)
        return run_sync(backend.logs(pod_id, tail), backend.session())

    def extend(self, pod: PodRef, by: Duration, provider: str | None = None) -> Pod:
        """Push the pod's lease end back by ``by`` (seconds or timedelta), counted from the
        current end (from now if it has passed). The lease lives in the pod's name, so this
        renames the pod: ``UnsupportedOperation`` where the API cannot (see ``capabilities``)."""
        backend, pod_id = self._resolve(pod, provider)
        return self._run(self._extend_flow(backend, pod_id, by))

    def reap(
        self,
        dry_run: bool = False,
        *,
        provider: str | Sequence[str] | None = None,
        idle_threshold: float = 5.0,
        leftover_grace: float = 900.0,
    ) -> ReapReport:
        """One pass of the reaper (``gpupods.reaper``): terminate pods whose lease ended or
        whose cost reached its cap, stop pods idle past their limit, report stopped pods'
        storage and leftovers of interrupted creates. ``dry_run`` decides and reports only."""
        return self._run(self._reaper(dry_run, idle_threshold, leftover_grace).run(provider))

    def costs(
        self, since: datetime | Duration | None = None, *, provider: str | Sequence[str] | None = None
    ) -> CostReport:
        """Each pod's estimated cost beside what the providers' billing reports since ``since``
        (a datetime, or a duration back from now), with balances and spend limits where the
        APIs give them. A provider without billing says so in ``providers[name].errors``."""
        return self._run(self._costs_flow(since, provider))

    def close(self) -> None:
        for backend in self.backends.values():
            backend.close()
        if self._pool is not None:
            self._pool.shutdown(wait=False)

    def __enter__(self) -> Fleet:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncFleet(_FleetCore):
    """The same surface as ``Fleet``, for asyncio. Use ``async with`` (or ``await aclose()``)."""

    @classmethod
    def from_env(
        cls,
        *,
        providers: Sequence[str] | None = None,
        api_keys: Mapping[str, str] | None = None,
        base_urls: Mapping[str, str] | None = None,
        transport: Any = None,
        clock: RealClock | None = None,
        environ: Mapping[str, str] | None = None,
        max_spend_per_hour: float | None = None,
        journal: CreateJournal | bool = True,
        ssh: SshSettings | None = None,
        **options: Any,
    ) -> AsyncFleet:
        clock = clock or RealClock()
        configs = cls._configs(providers, environ, transport, base_urls, api_keys, options)
        settings = ssh or SshSettings.from_env(environ)
        return cls(
            [backend_class(c.name)(c, clock) for c in configs],
            clock=clock,
            max_spend_per_hour=max_spend_per_hour,
            journal=journal,
            ssh=settings,
        )

    def __init__(
        self,
        backends: Iterable[Backend],
        *,
        clock: RealClock | None = None,
        pool: ThreadPoolExecutor | None = None,
        max_spend_per_hour: float | None = None,
        journal: CreateJournal | bool = True,
        ssh: SshSettings | None = None,
    ) -> None:
        super().__init__(
            backends, clock=clock, pool=pool, max_spend_per_hour=max_spend_per_hour, journal=journal, ssh=ssh
        )
        self._cleanups: set[asyncio.Future[str]] = set()

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self._session)

    @property
    def endpoints(self) -> AsyncEndpoints:
        """RunPod serverless endpoints, as coroutines; needs RunPod configured."""
        from .serverless import AsyncEndpoints

        return AsyncEndpoints(self)

    @property
    def secrets(self) -> AsyncSecrets:
        """RunPod account secrets, as coroutines; needs RunPod configured."""
        from .account import AsyncSecrets

        return AsyncSecrets(self)

    async def balance(self, provider: str | None = None) -> Balance:
        backend = self._account_backend(provider)
        return await run_async(backend.balance(), backend.session())

    async def limits(self, provider: str | None = None) -> AccountLimits:
        backend = self._account_backend(provider)
        return await run_async(backend.limits(), backend.session())

    @property
    def volumes(self) -> AsyncVolumes:
        """Persistent volumes, as coroutines (``gpupods.volumes``)."""
        from .volumes import AsyncVolumes

        return AsyncVolumes(self)

    async def offers(
        self,
        gpu: str | None = None,
        *,
        count: int | None = None,
        max_price: float | None = None,
        spot: bool = False,
        region: str | None = None,
        provider: str | Sequence[str] | None = None,
        volumes: Sequence[VolumeMount | Volume | str] = (),
    ) -> OfferList:
        query = OfferQuery(gpu, count, max_price, spot, region)
        return await self._run(self._offers_flow(query, provider, volumes))

    async def list(self, provider: str | Sequence[str] | None = None) -> PodList:
        return await self._run(self._list_flow(provider))

    async def get(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return await run_async(backend.get(pod_id), backend.session())

    async def create(self, spec: PodSpec, offer: GpuOffer | None = None, *, provider: str | None = None) -> Pod:
        """As ``Fleet.create``. A cancelled task terminates the pod being created before the
        cancellation propagates; the clean-up is shielded from a second cancellation."""
        ledger = self._ledger()
        try:
            pod: Pod = await self._run(self._create_flow(spec, offer, provider, ledger))
        except BaseException as exc:
            self._create_ended(ledger, exc)
            if ledger.sent and not isinstance(exc, Exception):
                cleanup = asyncio.ensure_future(self._run(self._clean_up_flow(ledger)))
                self._cleanups.add(cleanup)
                cleanup.add_done_callback(self._cleanups.discard)
                try:
                    note = await asyncio.shield(cleanup)
                except asyncio.CancelledError:
                    note = "cancelled again: the clean-up of the interrupted create goes on in the background"
                except GpupodsError as error:
                    note = f"the clean-up of the interrupted create failed: {error}"
                self._interrupted(exc, note)
            raise
        self._create_ended(ledger, None)
        return pod

    async def wait(
        self,
        pod: PodRef,
        timeout: float = 900.0,
        *,
        provider: str | None = None,
        reachable: bool = True,
        poll: float = 2.0,
        status: PodStatus = PodStatus.RUNNING,
        progress: Callable[[Pod], None] | None = None,
        ssh_login: bool = False,
    ) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        start = pod if isinstance(pod, Pod) else await run_async(backend.get(pod_id), backend.session())
        flow = self._wait_flow([start], timeout, reachable, poll, status, progress, ssh_login)
        return (await self._run(flow))[0]

    async def wait_all(
        self,
        pods: Sequence[Pod],
        timeout: float = 900.0,
        *,
        reachable: bool = True,
        poll: float = 2.0,
        ssh_login: bool = False,
    ) -> builtins.list[Pod]:
        return await self._run(self._wait_flow(pods, timeout, reachable, poll, ssh_login=ssh_login))

    async def install_ssh_keys(self, pod: Pod) -> int:
        """As ``Fleet.install_ssh_keys``."""
        backend = self.backend(pod.provider)
        pod.require_ssh()
        _, added = await self._run(self._install_keys_flow(backend, pod))
        return int(added)

    def ssh_keys(self, provider: str) -> AsyncSshKeys:
        """As ``Fleet.ssh_keys``, with coroutines."""
        from .ssh_keys import AsyncSshKeys

        return AsyncSshKeys(self, self.backend(provider))

    async def start(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return await run_async(backend.start(pod_id), backend.session())

    async def stop(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return await run_async(backend.stop(pod_id), backend.session())

    async def restart(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return await run_async(backend.restart(pod_id), backend.session())

    async def terminate(self, pod: PodRef, provider: str | None = None) -> None:
        backend, pod_id = self._resolve(pod, provider)
        await self._run(self._terminate_flow(backend, pod_id))

    async def logs(self, pod: PodRef, provider: str | None = None, *, tail: int = 100) -> builtins.list[str]:
        backend, pod_id = self._resolve(pod, provider)
        return await run_async(backend.logs(pod_id, tail), backend.session())

    async def extend(self, pod: PodRef, by: Duration, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return await self._run(self._extend_flow(backend, pod_id, by))

    async def reap(
        self,
        dry_run: bool = False,
        *,
        provider: str | Sequence[str] | None = None,
        idle_threshold: float = 5.0,
        leftover_grace: float = 900.0,
    ) -> ReapReport:
        return await self._run(self._reaper(dry_run, idle_threshold, leftover_grace).run(provider))

    async def costs(
        self, since: datetime | Duration | None = None, *, provider: str | Sequence[str] | None = None
    ) -> CostReport:
        return await self._run(self._costs_flow(since, provider))

    async def aclose(self) -> None:
        if self._cleanups:  # interrupted creates still terminating their pods
            await asyncio.gather(*self._cleanups, return_exceptions=True)
        for backend in self.backends.values():
            await backend.aclose()

    async def __aenter__(self) -> AsyncFleet:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
