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

import builtins
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from ._clock import RealClock
from ._config import PROVIDERS, ProviderConfig
from ._flow import Flow, Parallel, Probe, Run, Session, Sleep, run_async, run_sync
from ._tokens import new_token
from .errors import (
    APIConnectionError,
    CapacityError,
    ConfigurationError,
    ConflictError,
    CreateFailed,
    GpupodsError,
    InvalidSpec,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    PodFailed,
    ProviderError,
    RateLimitedError,
    UnsupportedOperation,
    ValidationError,
    WaitTimeout,
)
from .models import Capabilities, GpuOffer, Pod, PodSpec, PodStatus
from .providers import backend_class
from .providers._base import Backend, OfferQuery
from .providers.runpod import RunPodBackend

if TYPE_CHECKING:
    from .serverless import AsyncEndpoints, Endpoints

log = logging.getLogger("gpupods")

PodRef = Pod | str
T = TypeVar("T")


class ProviderResults(builtins.list[T]):
    """What the healthy providers answered, as a list; ``failed`` maps each provider that
    failed to its error (empty when every provider answered). A fleet-wide read raises only
    when every selected provider failed."""

    failed: dict[str, GpupodsError]

    def __init__(self, items: Iterable[T] = (), failed: Mapping[str, GpupodsError] | None = None) -> None:
        super().__init__(items)
        self.failed = dict(failed or {})


class _FleetCore:
    """The flows shared by ``Fleet`` and ``AsyncFleet``."""

    #: How many times one offer is tried after ambiguous failures (timeouts, 5xx).
    create_attempts_per_offer = 3
    #: How many offers a create without an explicit offer tries, cheapest first.
    create_candidates = 5

    def __init__(self, backends: Iterable[Backend], *, clock: RealClock | None = None,
                 pool: ThreadPoolExecutor | None = None) -> None:  # fmt: skip
        self.clock = clock or RealClock()
        self.backends: dict[str, Backend] = {b.name: b for b in backends}
        if not self.backends:
            raise ConfigurationError(
                "no provider configured: set "
                + ", ".join(info.key_env for info in PROVIDERS.values())
                + " (or run against the mock clouds with gpupods.mock)"
            )
        self._pool = pool
        self._session = Session(provider="gpupods", clock=self.clock, http=_no_http, async_http=_no_http,
                                generated=_no_http, pool=lambda: self._executor())  # fmt: skip

    @classmethod
    def _configs(cls, providers: Sequence[str] | None, environ: Mapping[str, str] | None, transport: Any,
                 base_urls: Mapping[str, str] | None, api_keys: Mapping[str, str] | None,
                 options: Mapping[str, Any]) -> list[ProviderConfig]:  # fmt: skip
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
            configs.append(ProviderConfig.from_env(
                name, environ, api_key=key, transport=transport,
                base_url=(base_urls or {}).get(name), **options,
            ))  # fmt: skip
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
        backend = self.backends.get("runpod")
        if backend is None:
            others = ", ".join(b.title for b in self.backends.values()) or "no provider"
            raise UnsupportedOperation(others, "serverless endpoints",
                                       "only RunPod has them; set RUNPOD_API_KEY")  # fmt: skip
        assert isinstance(backend, RunPodBackend)
        return backend

    def _resolve(self, pod: PodRef, provider: str | None) -> tuple[Backend, str]:
        if isinstance(pod, Pod):
            return self.backend(pod.provider), pod.id
        if provider is None:
            if len(self.backends) == 1:
                return next(iter(self.backends.values())), pod
            raise ConfigurationError(f"pod id {pod!r} given without provider=; configured: {', '.join(self.backends)}")
        return self.backend(provider), pod

    def _selected(self, provider: str | Sequence[str] | None) -> list[Backend]:
        if provider is None:
            return list(self.backends.values())
        names = [provider] if isinstance(provider, str) else list(provider)
        return [self.backend(n) for n in names]

    # --- flows -----------------------------------------------------------------------------

    def _offers_flow(self, query: OfferQuery, provider: str | Sequence[str] | None) -> Flow[ProviderResults[GpuOffer]]:
        backends = self._selected(provider)
        results = yield Parallel([Run(b.offers(query), b.session()) for b in backends])
        offers: list[GpuOffer] = []
        failed = _failures(backends, results, "offers")
        for result in results:
            if not isinstance(result, GpupodsError):
                offers.extend(o for o in result if _offer_matches(o, query))
        offers.sort(key=lambda o: (o.price(query.spot) is None, o.price(query.spot) or 0.0, o.provider, o.gpu))
        return ProviderResults(offers, failed)

    def _list_flow(self, provider: str | Sequence[str] | None) -> Flow[ProviderResults[Pod]]:
        backends = self._selected(provider)
        results = yield Parallel([Run(b.list(), b.session()) for b in backends])
        failed = _failures(backends, results, "list")
        pods: list[Pod] = []
        for result in results:
            if not isinstance(result, GpupodsError):
                pods.extend(result)
        return ProviderResults(pods, failed)

    def _create_flow(self, spec: PodSpec, offer: GpuOffer | None, provider: str | None) -> Flow[Pod]:
        if offer is not None:
            candidates = [offer]
        else:
            query = OfferQuery(gpu=spec.gpu, count=spec.gpu_count, max_price=spec.max_price, spot=spec.spot,
                               region=spec.region)  # fmt: skip
            candidates = yield from self._offers_flow(query, provider)
            if not candidates:
                where = provider or ", ".join(self.backends)
                price = f" under ${spec.max_price}/h" if spec.max_price else ""
                raise CreateFailed([], f"no {'spot ' if spec.spot else ''}offer for {spec.gpu} x{spec.gpu_count}"
                                       f"{price} on {where}")  # fmt: skip
        attempts: list[tuple[str, GpupodsError]] = []
        refused: set[str] = set()  # providers that cannot run this spec at all
        tried = 0
        for candidate in candidates:
            if candidate.provider in refused:
                continue
            if tried == self.create_candidates:
                break
            tried += 1
            pod = yield from self._create_on(spec, candidate, attempts, refused)
            if pod is not None:
                return pod
        raise CreateFailed(attempts)

    def _create_on(
        self, spec: PodSpec, offer: GpuOffer, attempts: list[tuple[str, GpupodsError]], refused: set[str] | None = None
    ) -> Flow[Pod | None]:
        """Try one offer; None means 'move on to the next offer'. A spec the provider cannot run
        (``InvalidSpec`` from its backend) is recorded and its provider skipped from then on.

        The same client token is used for every try, and after an ambiguous failure the
        provider's pods are searched for it first, so a create never yields two pods.
        """
        backend = self.backend(offer.provider)
        session = backend.session()
        token = new_token()
        where = f"{offer.provider} {offer.gpu} x{offer.count}"
        for attempt in range(self.create_attempts_per_offer):
            try:
                pod: Pod = yield Run(backend.create(spec, offer, token), session)
                return pod
            except (APIConnectionError, ProviderError) as exc:  # the pod may exist anyway
                attempts.append((where, exc))
                found = yield from self._find_created(backend, token)
                if found is not None:
                    log.info("create on %s failed ambiguously (%s) but the pod exists: %s", where, exc, found.id)
                    return found
                yield Sleep(min(2.0 * 2**attempt, 20.0))
            except RateLimitedError as exc:  # the transport already waited what it could
                attempts.append((where, exc))
                yield Sleep(exc.retry_after or 5.0)
            except PaymentRequiredError as exc:
                attempts.append((where, exc))
                raise CreateFailed(attempts, "the account cannot pay for this pod") from exc
            except ValidationError as exc:
                attempts.append((where, exc))
                if exc.status_code == 422:  # the request itself is wrong: no other offer fixes it
                    raise CreateFailed(attempts, "the provider rejected the pod spec") from exc
                return None  # 400: a rule of this offer, or no capacity
            except (PermissionDeniedError, ConflictError, NotFoundError) as exc:
                attempts.append((where, exc))
                return None
            except CapacityError as exc:
                attempts.append((where, exc))
                return None
            except InvalidSpec as exc:  # raised by the backend before any request
                attempts.append((where, exc))
                if refused is not None:
                    refused.add(offer.provider)
                return None
        return None

    def _find_created(self, backend: Backend, token: str) -> Flow[Pod | None]:
        for pause in (0.0, 2.0):
            if pause:
                yield Sleep(pause)
            try:
                found: Pod | None = yield Run(backend.find_by_token(token), backend.session())
            except GpupodsError as exc:
                log.info("looking for the created pod on %s failed: %s", backend.name, exc)
                continue
            if found is not None:
                return found
        return None

    def _wait_flow(
        self,
        pods: Sequence[Pod],
        timeout: float,
        reachable: bool,
        poll: float,
        target: PodStatus = PodStatus.RUNNING,
        progress: Callable[[Pod], None] | None = None,
    ) -> Flow[list[Pod]]:
        deadline = self.clock.time() + timeout
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
                if isinstance(result, GpupodsError):
                    raise result
                for pod_id, pod in zip(groups[backend.name], result, strict=True):
                    key = (backend.name, pod_id)
                    if isinstance(pod, NotFoundError):
                        raise PodFailed(f"{backend.name} pod {pod_id} disappeared while waiting", pod_id=pod_id,
                                        provider=backend.name, status="gone")  # fmt: skip
                    if isinstance(pod, GpupodsError):
                        raise pod
                    pending[key] = pod
                    if progress is not None:
                        progress(pod)
                    if pod.status in (PodStatus.ERROR, PodStatus.TERMINATED) and pod.status is not target:
                        raise PodFailed(f"{backend.name} pod {pod_id} is {pod.status} ({pod.provider_status})",
                                        pod_id=pod_id, provider=backend.name, status=pod.provider_status)  # fmt: skip
                    if pod.status is target and (target is not PodStatus.RUNNING or not reachable or (
                        pod.ssh is not None and (yield Probe(pod.ssh.host, pod.ssh.port)))):  # fmt: skip
                        ready[key] = pod
                        del pending[key]
            if not pending:
                break
            left = deadline - self.clock.time()
            if left <= 0:
                pod = next(iter(pending.values()))
                what = "running and reachable" if reachable and target is PodStatus.RUNNING else str(target)
                raise WaitTimeout(
                    f"{pod.provider} pod {pod.id} is not {what} after {timeout:g}s (last status {pod.status}, "
                    f"{pod.provider_status}); it still exists and is billed",
                    pod_id=pod.id,
                    provider=pod.provider,
                    status=pod.provider_status,
                )
            yield Sleep(min(delay, left))
            delay = min(delay * 1.5, 15.0)
        return [ready[(p.provider, p.id)] for p in pods]

    def _terminate_flow(self, backend: Backend, pod_id: str) -> Flow[None]:
        try:
            yield Run(backend.terminate(pod_id), backend.session())
        except NotFoundError:
            return None  # already gone: that is what was asked
        return None


def _failures(backends: Sequence[Backend], results: Sequence[Any], what: str) -> dict[str, GpupodsError]:
    """The providers whose answer is an error; raises the first one when every provider failed."""
    failed = {b.name: r for b, r in zip(backends, results, strict=True) if isinstance(r, GpupodsError)}
    for name, error in failed.items():
        log.warning("%s from %s failed: %s", what, name, error)
    if failed and len(failed) == len(backends):
        raise next(iter(failed.values()))
    return failed


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
    places = {offer.region, *offer.regions, offer.offer_id.get("data_center"), _country(offer)}
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
        **options: Any,
    ) -> Fleet:
        """Every provider whose key is set (``RUNPOD_API_KEY``, ``PRIME_API_KEY``,
        ``NOVITA_API_KEY``), or just ``providers``. ``options`` go to each ``ProviderConfig``
        (``timeout=``, ``retry=``)."""
        clock = clock or RealClock()
        pool = ThreadPoolExecutor(max_workers=16, thread_name_prefix="gpupods")
        configs = cls._configs(providers, environ, transport, base_urls, api_keys, options)
        return cls(_backends(configs, clock, pool), clock=clock, pool=pool)

    def _run(self, flow: Flow[Any]) -> Any:
        return run_sync(flow, self._session)

    @property
    def endpoints(self) -> Endpoints:
        """RunPod serverless endpoints (``gpupods.serverless``); needs RunPod configured."""
        from .serverless import Endpoints

        return Endpoints(self)

    def offers(
        self,
        gpu: str | None = None,
        *,
        count: int | None = None,
        max_price: float | None = None,
        spot: bool = False,
        region: str | None = None,
        provider: str | Sequence[str] | None = None,
    ) -> ProviderResults[GpuOffer]:
        """Offers matching the filters on every (or the given) provider, cheapest first.
        Prices are USD/hour for the whole offer (``count`` GPUs). Providers that failed are in
        ``.failed``; raises only when every selected provider failed."""
        return self._run(self._offers_flow(OfferQuery(gpu, count, max_price, spot, region), provider))  # type: ignore[no-any-return]

    def list(self, provider: str | Sequence[str] | None = None) -> ProviderResults[Pod]:
        """The pods on every (or the given) provider, fetched concurrently. Providers that
        failed are in ``.failed``; raises only when every selected provider failed."""
        return self._run(self._list_flow(provider))  # type: ignore[no-any-return]

    def get(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return run_sync(backend.get(pod_id), backend.session())

    def create(self, spec: PodSpec, offer: GpuOffer | None = None, *, provider: str | None = None) -> Pod:
        """Create a pod from ``offer``, or from the cheapest matching offers in turn.

        Never creates two pods for one call: ambiguous failures are followed by a search for
        the pod before any retry. Raises ``CreateFailed`` listing every attempt."""
        return self._run(self._create_flow(spec, offer, provider))  # type: ignore[no-any-return]

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
    ) -> Pod:
        """Block until the pod is running and (with ``reachable``) its sshd answers; or, with
        ``status=``, until it reaches that status (e.g. ``PodStatus.STOPPED`` after ``stop``).
        ``progress`` is called with the pod as each poll sees it."""
        backend, pod_id = self._resolve(pod, provider)
        start = pod if isinstance(pod, Pod) else run_sync(backend.get(pod_id), backend.session())
        flow = self._wait_flow([start], timeout, reachable, poll, status, progress)
        return self._run(flow)[0]  # type: ignore[no-any-return]

    def wait_all(self, pods: Sequence[Pod], timeout: float = 900.0, *, reachable: bool = True,
                 poll: float = 2.0) -> builtins.list[Pod]:  # fmt: skip
        """``wait`` for several pods, polling each provider once per round (batched)."""
        return self._run(self._wait_flow(pods, timeout, reachable, poll))  # type: ignore[no-any-return]

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
        **options: Any,
    ) -> AsyncFleet:
        clock = clock or RealClock()
        configs = cls._configs(providers, environ, transport, base_urls, api_keys, options)
        return cls([backend_class(c.name)(c, clock) for c in configs], clock=clock)

    async def _run(self, flow: Flow[Any]) -> Any:
        return await run_async(flow, self._session)

    @property
    def endpoints(self) -> AsyncEndpoints:
        """RunPod serverless endpoints, as coroutines; needs RunPod configured."""
        from .serverless import AsyncEndpoints

        return AsyncEndpoints(self)

    async def offers(
        self,
        gpu: str | None = None,
        *,
        count: int | None = None,
        max_price: float | None = None,
        spot: bool = False,
        region: str | None = None,
        provider: str | Sequence[str] | None = None,
    ) -> ProviderResults[GpuOffer]:
        return await self._run(self._offers_flow(OfferQuery(gpu, count, max_price, spot, region), provider))  # type: ignore[no-any-return]

    async def list(self, provider: str | Sequence[str] | None = None) -> ProviderResults[Pod]:
        return await self._run(self._list_flow(provider))  # type: ignore[no-any-return]

    async def get(self, pod: PodRef, provider: str | None = None) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        return await run_async(backend.get(pod_id), backend.session())

    async def create(self, spec: PodSpec, offer: GpuOffer | None = None, *, provider: str | None = None) -> Pod:
        return await self._run(self._create_flow(spec, offer, provider))  # type: ignore[no-any-return]

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
    ) -> Pod:
        backend, pod_id = self._resolve(pod, provider)
        start = pod if isinstance(pod, Pod) else await run_async(backend.get(pod_id), backend.session())
        flow = self._wait_flow([start], timeout, reachable, poll, status, progress)
        return (await self._run(flow))[0]  # type: ignore[no-any-return]

    async def wait_all(self, pods: Sequence[Pod], timeout: float = 900.0, *, reachable: bool = True,
                       poll: float = 2.0) -> builtins.list[Pod]:  # fmt: skip
        return await self._run(self._wait_flow(pods, timeout, reachable, poll))  # type: ignore[no-any-return]

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

    async def aclose(self) -> None:
        for backend in self.backends.values():
            await backend.aclose()

    async def __aenter__(self) -> AsyncFleet:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:  # fmt: skip
        await self.aclose()
