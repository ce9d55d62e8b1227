"""One implementation of every provider operation, run sync or async.

A provider operation is a generator ("flow") that yields steps and receives their results:

    def get(self, pod_id):
        raw = yield from call(get_pod, id=pod_id)
        return self.to_pod(raw)

A provider's ``call`` yields the ``Call`` step for a generated operation and gives its answer
the generated parser's success type (``Endpoint``). ``run_sync`` performs the steps with the
provider's ``httpx.Client`` and real (or virtual) sleeps; ``run_async`` performs the same
steps with ``httpx.AsyncClient`` and ``await``. An error raised by a step is thrown back into
the flow at the ``yield``, so fallbacks and retries are written once, for both.

Only ``gpupods.errors`` leave a flow that has talked to a provider: an answer that parses
but does not have the shape the flow reads (an empty 200, a 204 where a list was expected,
a field of the wrong type) makes the flow's own code fail with AttributeError, TypeError,
KeyError, ValueError or IndexError; the runner turns that into a ``ProviderError`` naming
the last request and carrying its status (the original exception stays as ``__cause__``).
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable, Coroutine, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from typing import Any, ParamSpec, Protocol, TypeVar, cast

import httpx

from ._clock import RealClock
from ._http import call_options
from .errors import UNREADABLE, APIError, GpupodsError, ProviderError

T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)
E_co = TypeVar("E_co", covariant=True)
P = ParamSpec("P")
Flow = Generator[Any, Any, T]


class Endpoint(Protocol[P, R_co, E_co]):
    """A generated REST operation, its module (``gpupods_clients.<api>.api.<tag>.<operation>``)
    as mypy sees it: ``P`` the parameters of its request builder, ``R_co | E_co`` what its
    parser returns. ``E_co`` is the error models of the operation's API: they never reach a
    flow (the transport raises error statuses as ``gpupods.errors``), so a provider fixes
    ``E_co`` in its ``call`` and mypy gives the answer the success type ``R_co``::

        Operation = Endpoint[P, R, ErrorResponse]

        def call(operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Flow[R]:
            return request(operation, args, kwargs)

    ``call(get_pod, id=pod_id)`` is then checked against ``get_pod._get_kwargs`` and is a
    ``Flow[Pod]``."""

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    def _parse_response(self, *, client: Any, response: httpx.Response) -> R_co | E_co: ...


@dataclass(frozen=True)
class Call:
    """Call one generated REST operation (its module) with the arguments of its request builder."""

    endpoint: Endpoint[..., Any, Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    idempotent: bool | None = None
    max_retries: int | None = None
    json: bool = False  # answer the decoded JSON instead of the operation's parsed models


def request(
    endpoint: Endpoint[..., Any, Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    idempotent: bool | None = None,
    json: bool = False,
) -> Flow[Any]:
    """The flow of one ``Call``: its answer is what the operation's parser returns (with
    ``json``, the decoded JSON: for answers a flow maps itself, such as lists of pods), or
    ``None`` for an empty answer (whose use in the flow then makes it an unreadable answer).
    Providers wrap it in a typed ``call`` (see ``Endpoint``)."""
    return (yield Call(endpoint, args, kwargs, idempotent, json=json))


def call_json(operation: Endpoint[P, Any, Any], /, *args: P.args, **kwargs: P.kwargs) -> Flow[Any]:
    """One request whose answer the flow maps itself (pods: see ``Backend.to_pod``): the decoded
    JSON, with no generated models; the arguments are checked against the operation all the same."""
    return request(operation, args, kwargs, json=True)


def or_empty(flow: Flow[T]) -> Flow[T | None]:
    """``flow``'s answer typed to admit ``None``: what an empty answer (a 204, no body) gives
    where the API documents a body, for a flow that reads it rather than failing on it."""
    return (yield from flow)


@dataclass(frozen=True)
class GraphQL:
    """Call one method of the generated GraphQL client."""

    method: str
    kwargs: dict[str, Any]
    idempotent: bool | None = None


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Probe:
    """Is ``host:port`` accepting TCP connections (and, with ``banner``, saying ``SSH-``)?"""

    host: str
    port: int
    timeout: float = 3.0
    banner: bool = True


@dataclass(frozen=True)
class Await:
    """Run a coroutine (``make()`` builds it): awaited by ``run_async``; ``run_sync`` runs it
    on an event loop of its own (in a helper thread when the caller's thread runs one)."""

    make: Callable[[], Awaitable[Any]]


@dataclass(frozen=True)
class Run:
    """Run a sub-flow with another session (a provider's, inside a fleet-wide flow)."""

    flow: Flow[Any]
    session: Session


@dataclass(frozen=True)
class Parallel:
    """Run several flows at once (``Run`` items use their own session); the result is their
    results in order, with the exception object in place of a result that failed."""

    flows: Sequence[Flow[Any] | Run]


@dataclass(eq=False)
class Session:
    """What the steps of one provider need."""

    provider: str
    clock: RealClock
    http: Callable[[], httpx.Client]
    async_http: Callable[[], httpx.AsyncClient]
    generated: Callable[[], Any]  # the generated AuthenticatedClient (used by _parse_response)
    base_url: str = ""  # the clients' base URL (no trailing slash): requests go out with absolute URLs
    graphql: Callable[[], Any] | None = None
    async_graphql: Callable[[], Any] | None = None
    map_graphql_error: Callable[[Exception], GpupodsError] | None = None
    pool: Callable[[], ThreadPoolExecutor] | None = None
    provider_title: str = ""  # the name messages show (``provider`` is the registry name)


@dataclass
class _Trace:
    """The last answer a run received (for the error an unreadable answer becomes)."""

    request: str = ""
    status: int | None = None


def _parse(session: Session, step: Call, response: httpx.Response, trace: _Trace) -> Any:
    trace.request = f"{response.request.method} {response.request.url.path}"
    trace.status = response.status_code
    if response.status_code == 204 or not response.content:
        parsed = None
    else:
        try:
            if step.json:
                parsed = json.loads(response.content)
            else:
                parsed = step.endpoint._parse_response(client=session.generated(), response=response)
        except UNREADABLE as exc:
            snippet = response.text[:120]
            raise ProviderError(
                f"the answer to {trace.request} is not what the API describes ({type(exc).__name__}: "
                f"{str(exc)[:200]}; body starts {snippet!r})",
                provider=session.provider,
                provider_title=session.provider_title or None,
                status_code=response.status_code,
            ) from None
    return parsed


def _unreadable(session: Session, trace: _Trace, status: int, exc: Exception) -> GpupodsError:
    return ProviderError(
        f"the answer to {trace.request} does not have the shape gpupods reads ({type(exc).__name__}: {str(exc)[:200]})",
        provider=session.provider,
        provider_title=session.provider_title or None,
        status_code=status,
    )


def _request(step: Call, session: Session) -> dict[str, Any]:
    kwargs = step.endpoint._get_kwargs(*step.args, **step.kwargs)
    if session.base_url:  # the same URL httpx would build from its base_url, without parsing both twice
        kwargs["url"] = session.base_url + kwargs["url"]
    return kwargs


def _overrides(step: Call) -> AbstractContextManager[None]:
    if step.idempotent is None and step.max_retries is None:
        return nullcontext()  # nothing to override: skip the context switch
    return call_options(idempotent=step.idempotent, max_retries=step.max_retries)


def _advance(flow: Flow[T], send: Any, error: BaseException | None, session: Session, trace: _Trace) -> Any:
    """The flow's next step (StopIteration when it is done), with unreadable answers typed."""
    try:
        return flow.throw(error) if error is not None else flow.send(send)
    except (StopIteration, GpupodsError):
        raise
    except UNREADABLE as exc:
        if trace.status is None:
            raise  # no answer was read: a bug in gpupods, not a provider's answer
        raise _unreadable(session, trace, trace.status, exc) from exc


def run_sync(flow: Flow[T], session: Session) -> T:
    """Drive ``flow`` to completion with blocking I/O."""
    send: Any = None
    error: BaseException | None = None
    trace = _Trace()
    while True:
        try:
            step = _advance(flow, send, error, session, trace)
        except StopIteration as done:
            return cast(T, done.value)  # the flow declares its return type: Flow[T]
        send, error = None, None
        try:
            send = _do_sync(step, session, trace)
        except GpupodsError as exc:
            error = exc


def _do_sync(step: Any, session: Session, trace: _Trace) -> Any:
    if isinstance(step, Call):
        with _overrides(step):
            response = session.http().request(**_request(step, session))
        return _parse(session, step, response, trace)
    if isinstance(step, GraphQL):
        assert session.graphql is not None
        with call_options(idempotent=step.idempotent):
            try:
                result = getattr(session.graphql(), step.method)(**step.kwargs)
                trace.request, trace.status = f"GraphQL {step.method}", 200
                return result
            except GpupodsError:
                raise
            except Exception as exc:  # the generated client's own GraphQL error types
                assert session.map_graphql_error is not None
                raise session.map_graphql_error(exc) from None
    if isinstance(step, Sleep):
        session.clock.sleep(step.seconds)
        return None
    if isinstance(step, Probe):
        return probe_sync(step)
    if isinstance(step, Await):
        return run_coroutine(step.make)
    if isinstance(step, Run):
        return run_sync(step.flow, step.session)
    if isinstance(step, Parallel):
        jobs = [_bind(item, session) for item in step.flows]
        if len(jobs) <= 1 or session.pool is None:
            return [_capture(partial(run_sync, *job)) for job in jobs]
        pool = session.pool()
        futures = [pool.submit(_capture, partial(run_sync, *job)) for job in jobs]
        return [f.result() for f in futures]
    raise TypeError(f"unknown step {step!r}")


def _bind(item: Flow[Any] | Run, session: Session) -> tuple[Flow[Any], Session]:
    return (item.flow, item.session) if isinstance(item, Run) else (item, session)


def _capture(func: Callable[[], Any]) -> Any:
    try:
        return func()
    except GpupodsError as exc:
        return exc


async def run_async(flow: Flow[T], session: Session) -> T:
    """Drive ``flow`` to completion with asyncio."""
    send: Any = None
    error: BaseException | None = None
    trace = _Trace()
    while True:
        try:
            step = _advance(flow, send, error, session, trace)
        except StopIteration as done:
            return cast(T, done.value)  # the flow declares its return type: Flow[T]
        send, error = None, None
        try:
            send = await _do_async(step, session, trace)
        except GpupodsError as exc:
            error = exc


async def _do_async(step: Any, session: Session, trace: _Trace) -> Any:
    if isinstance(step, Call):
        with _overrides(step):
            response = await session.async_http().request(**_request(step, session))
        return _parse(session, step, response, trace)
    if isinstance(step, GraphQL):
        assert session.async_graphql is not None
        with call_options(idempotent=step.idempotent):
            try:
                result = await getattr(session.async_graphql(), step.method)(**step.kwargs)
                trace.request, trace.status = f"GraphQL {step.method}", 200
                return result
            except GpupodsError:
                raise
            except Exception as exc:
                assert session.map_graphql_error is not None
                raise session.map_graphql_error(exc) from None
    if isinstance(step, Sleep):
        await session.clock.asleep(step.seconds)
        return None
    if isinstance(step, Probe):
        return await probe_async(step)
    if isinstance(step, Await):
        return await step.make()
    if isinstance(step, Run):
        return await run_async(step.flow, step.session)
    if isinstance(step, Parallel):

        async def one(flow: Flow[Any], own: Session) -> Any:
            try:
                return await run_async(flow, own)
            except GpupodsError as exc:
                return exc

        return list(await asyncio.gather(*(one(*_bind(item, session)) for item in step.flows)))
    raise TypeError(f"unknown step {step!r}")


def run_coroutine(make: Callable[[], Awaitable[T]]) -> T:
    """The result of the coroutine ``make()`` builds, from blocking code."""

    async def main() -> T:
        return await make()

    def run(coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run(coroutine)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run(main())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gpupods-ssh") as helper:
        return helper.submit(run, main()).result()


def probe_sync(step: Probe) -> bool:
    try:
        with socket.create_connection((step.host, step.port), timeout=step.timeout) as conn:
            if not step.banner:
                return True
            conn.settimeout(step.timeout)
            return conn.recv(64).startswith(b"SSH-")
    except OSError:
        return False


async def probe_async(step: Probe) -> bool:
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(step.host, step.port), step.timeout)
    except (OSError, TimeoutError):
        return False
    try:
        if not step.banner:
            return True
        data = await asyncio.wait_for(reader.read(64), step.timeout)
        return data.startswith(b"SSH-")
    except (OSError, TimeoutError):
        return False
    finally:
        writer.close()


def body_of(value: Any) -> Any:
    """JSON-able form of a generated model (for error messages and the CLI)."""
    to_dict = getattr(value, "to_dict", None) or getattr(value, "model_dump", None)
    return to_dict() if to_dict else json.loads(json.dumps(value, default=str))


__all__ = [
    "APIError",
    "Await",
    "Call",
    "Endpoint",
    "Flow",
    "GraphQL",
    "Parallel",
    "Probe",
    "Run",
    "Session",
    "Sleep",
    "or_empty",
    "request",
    "run_async",
    "run_sync",
]
