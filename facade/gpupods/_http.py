"""The HTTP layer under every provider: timeouts, safe retries, pacing and typed errors.

Each provider gets one ``httpx.Client`` (and one ``httpx.AsyncClient``) whose transport is a
``ResilientTransport``. The generated clients send through it, so every call gets:

* a default timeout (httpx's generated clients have none);
* retries with exponential backoff and jitter, only for requests that are safe to repeat:
  a connection that could not be opened (nothing was sent) for any request; 408, 429, 5xx,
  timeouts and dropped connections for idempotent requests only. A non-idempotent request
  (a create) is never sent twice by the transport, whatever the answer: the fleet decides,
  after searching for the pod by its client token (see ``gpupods.fleet``);
* ``Retry-After`` honoured (up to a cap) and ``RateLimit`` headers paced, every wait derived
  from a header finite and capped;
* every answer checked before the generated code parses it: an error status, a redirect or
  an informational status, a body that cannot be decoded (a broken gzip stream) or that is
  larger than ``MAX_BODY_BYTES`` all become the typed hierarchy of ``gpupods.errors``,
  carrying the status. A 410 from an API its provider retired (a ``Retirement`` the backend
  declares, or any 410 that carries a ``Sunset`` header) is ``APIRetired``, naming what
  replaces that API.
"""

from __future__ import annotations

import contextvars
import json
import logging
import platform
import random
import re
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from . import __version__
from ._clock import RealClock, ServerClock
from ._ratelimit import Pacer, parse_retry_after
from .errors import (
    APIConnectionError,
    APIRetired,
    APIStatusError,
    APITimeoutError,
    CapacityError,
    FieldError,
    PaymentRequiredError,
    ProviderError,
    error_class_for,
)

log = logging.getLogger("gpupods.http")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})  # for idempotent requests only
#: The largest answer body gpupods reads (decoded). A 10,000-pod list is a few MB.
MAX_BODY_BYTES = 64 * 1024 * 1024
#: The longest ``Retry-After`` gpupods believes; a longer (or unreadable) value is dropped.
MAX_RETRY_AFTER = 3600.0
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-runpod-request-id", "x-amzn-requestid", "cf-ray")
USER_AGENT = f"gpupods/{__version__} python/{platform.python_version()}"

CAPACITY_HINTS = re.compile(
    r"no longer any instances|not enough free gpus|no (?:instances|machines|capacity|gpus?) (?:are )?available"
    r"|insufficient (?:capacity|resources|stock)|out of stock|no available|sold out|capacity",
    re.IGNORECASE,
)
PAYMENT_HINTS = re.compile(r"insufficient (?:balance|funds|credit)|balance too low|top up", re.IGNORECASE)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long to wait; the defaults match the big API SDKs."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def backoff(self, attempt: int, rng: random.Random) -> float:
        delay = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return float(delay * (1 - rng.random() * self.jitter))


@dataclass(frozen=True)
class CallOptions:
    """Per-call overrides, set with ``call_options(...)`` around a facade call."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    idempotent: bool | None = None


_OPTIONS: contextvars.ContextVar[CallOptions] = contextvars.ContextVar("gpupods_call_options", default=CallOptions())  # noqa: B039 (frozen)


@contextmanager
def call_options(
    *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None, idempotent: bool | None = None
) -> Iterator[None]:
    """Override the timeout, the retry count or the idempotency of the calls made inside."""
    current = _OPTIONS.get()
    token = _OPTIONS.set(
        CallOptions(
            timeout=timeout if timeout is not None else current.timeout,
            max_retries=max_retries if max_retries is not None else current.max_retries,
            idempotent=idempotent if idempotent is not None else current.idempotent,
        )
    )
    try:
        yield
    finally:
        _OPTIONS.reset(token)


@dataclass(frozen=True)
class ErrorBody:
    """What a provider's error body says: the message, the fields it blames, its own code."""

    message: str
    fields: tuple[FieldError, ...] = ()
    code: str | None = None


ErrorReader = Callable[[Any, str], ErrorBody]


@dataclass(frozen=True)
class Retirement:
    """An API a provider retired, or has announced it will retire: where its calls go, what
    replaces it, and when. A backend lists its own (``Backend.retirements``); a 410 from a
    URL one of them covers becomes ``APIRetired``."""

    api: str  # "RunPod REST v1"
    replacement: str | None  # "RunPod REST v2 (https://api.runpod.io/v2)"; None: nothing replaces it
    retired_on: str | None  # "2026-11-15", "early 2027" (announced), or None
    paths: tuple[str, ...] = ()  # path segments that mark its calls: "/v1", "/graphql"
    hosts: tuple[str, ...] = ()  # hosts that serve only it: "rest.runpod.io"
    generated_api: str | None = None  # its generated client, if gpupods has one: "runpod_v1"

    def covers(self, url: httpx.URL) -> bool:
        if url.host in self.hosts:
            return True
        path = "/" + url.path.strip("/") + "/"
        return any("/" + p.strip("/") + "/" in path for p in self.paths)


def _successor(response: httpx.Response) -> str | None:
    """The ``Link: <...>; rel="successor-version"`` target an answer names, if any."""
    for part in response.headers.get_list("link", split_commas=True):
        target, _, params = part.partition(";")
        if "successor-version" in params.replace('"', "").split("rel=")[-1].split():
            return target.strip().strip("<>") or None
    return None


def text_of(body: Any, *keys: str) -> str | None:
    """The first non-empty string among ``body[key]`` for ``keys``."""
    if not isinstance(body, dict):
        return None
    return next((v for v in (body.get(k) for k in keys) if isinstance(v, str) and v.strip()), None)


def read_generic_error(body: Any, reason: str) -> ErrorBody:
    """The error body of an API gpupods knows nothing of: the usual message keys, or the body."""
    if not isinstance(body, dict):
        return ErrorBody(str(body)[:300] if body not in (None, "") else reason)
    return ErrorBody(text_of(body, "message", "error", "detail", "reason", "title") or reason)


def read_graphql_errors(body: Any) -> ErrorBody | None:
    """``{"errors": [{"message", "path", "extensions": {"code"}}]}``, the GraphQL error shape."""
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict) or "message" not in errors[0]:
        return None
    first = errors[0]
    extensions = first.get("extensions")
    code = str(extensions.get("code") or "") or None if isinstance(extensions, dict) else None
    fields = tuple(
        FieldError(".".join(str(p) for p in error.get("path") or []) or "query", str(error.get("message")))
        for error in errors
        if isinstance(error, dict)
    )
    return ErrorBody(str(first["message"]), fields, code)


class ErrorMapper:
    """Turns a provider's error answer into the typed hierarchy, scrubbing secrets.

    ``provider`` is the registry name errors carry, ``title`` the name their messages show,
    ``reader`` the provider's own reading of its error bodies."""

    def __init__(
        self,
        provider: str,
        secrets: Sequence[str] = (),
        *,
        title: str | None = None,
        reader: ErrorReader = read_generic_error,
        retirements: Sequence[Retirement] = (),
    ) -> None:
        self.provider = provider
        self.title = title or provider
        self.reader = reader
        self.retirements = tuple(retirements)
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text

    def scrub_value(self, value: Any) -> Any:
        """``value`` (a decoded JSON body) with every secret removed from its strings and keys."""
        if not self.secrets:
            return value
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, dict):
            return {self.scrub(str(k)): self.scrub_value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.scrub_value(v) for v in value]
        return value

    def from_response(self, response: httpx.Response) -> APIStatusError:
        status = response.status_code
        body, message, fields, code = self._read_body(response)
        retry_after = parse_retry_after(response.headers.get("retry-after"), 0.0)
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:  # an HTTP date, or not believable
            retry_after = None
        request_id = _request_id(response)
        if status == 410:
            retired = self.retired(response, message, request_id, body)
            if retired is not None:
                return retired
        cls = self.classify(status, message, code)
        return cls(
            self.scrub(message),
            provider=self.provider,
            provider_title=self.title,
            status_code=status,
            request_id=request_id,
            body=self.scrub_value(body),
            fields=[FieldError(self.scrub(f.field), self.scrub(f.message)) for f in fields],
            retry_after=retry_after,
            code=self.scrub(code) if code else None,
        )

    def retired(
        self, response: httpx.Response, said: str, request_id: str | None, body: Any = None
    ) -> APIRetired | None:
        """The ``APIRetired`` a 410 means: from an API this provider retired, or one whose
        answer carries ``Sunset``; None for any other 410 (a resource that is gone)."""
        url = response.request.url
        known = next((r for r in self.retirements if r.covers(url)), None)
        sunset = response.headers.get("sunset")
        if known is None and sunset is None:
            return None
        if known is not None:
            api, replacement, retired_on = known.api, known.replacement, known.retired_on
        else:
            api = f"{self.title} {url.copy_with(query=None)}"
            replacement, retired_on = _successor(response), sunset
        if retired_on and retired_on[:1].isdigit():
            when = f" on {retired_on}"
        else:
            when = f" (announced for {retired_on})" if retired_on else ""
        instead = f"replacement: {replacement}" if replacement else "nothing replaces it"
        message = f"{api} was retired{when}; {instead}" + (f" ({self.title} said: {said})" if said else "")
        return APIRetired(
            self.scrub(message),
            provider=self.provider,
            provider_title=self.title,
            request_id=request_id,
            body=self.scrub_value(body),
            api=api,
            replacement=replacement,
            retired_on=retired_on,
        )

    def unexpected(self, response: httpx.Response, what: str) -> ProviderError:
        """An answer that is not the API's (a redirect, an informational status, a body that
        cannot be read), as a ``ProviderError`` carrying its status."""
        return ProviderError(
            self.scrub(what),
            provider=self.provider,
            provider_title=self.title,
            status_code=response.status_code,
            request_id=_request_id(response),
        )

    def classify(self, status: int, message: str, code: str | None) -> type[APIStatusError]:
        if status in (400, 409, 500, 503) and CAPACITY_HINTS.search(message):
            return CapacityError
        if status in (400, 403) and PAYMENT_HINTS.search(message):
            return PaymentRequiredError
        return error_class_for(status)

    def _read_body(self, response: httpx.Response) -> tuple[Any, str, list[FieldError], str | None]:
        text = response.text if response.content else ""
        try:
            body = json.loads(text) if text else None
        except (ValueError, RecursionError):
            body = None
        if body is None:
            snippet = _snippet(text)
            reason = response.reason_phrase or "error"
            kind = "an HTML page" if "<html" in text[:512].lower() else "a body that is not JSON"
            message = f"{reason} ({kind}: {snippet!r})" if text else reason
            return text[:2048] or None, message, [], None
        try:
            read = self.reader(body, response.reason_phrase or "error")
        except (AttributeError, TypeError, KeyError, ValueError, IndexError, RecursionError):
            read = read_generic_error(body, response.reason_phrase or "error")
        fields = list(read.fields)
        message = read.message if read.message or not fields else "; ".join(str(f) for f in fields[:3])
        return body, message, fields, read.code

    def from_transport(self, exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        where = f"{request.method} {request.url.copy_with(query=None)}"
        sent = not isinstance(exc, NOTHING_SENT)
        if isinstance(exc, httpx.TimeoutException):
            message = f"{where}: no answer in time ({type(exc).__name__})"
            return APITimeoutError(message, provider=self.provider, provider_title=self.title, sent=sent)
        message = self.scrub(f"{where}: {type(exc).__name__}: {exc}")
        return APIConnectionError(message, provider=self.provider, provider_title=self.title, sent=sent)


#: Transport failures after which the request certainly never reached the provider.
NOTHING_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _request_id(response: httpx.Response) -> str | None:
    return next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)


def _snippet(text: str, limit: int = 120) -> str:
    plain = re.sub(r"<[^>]+>", " ", text)
    plain = re.sub(r"\s+", " ", plain).strip()
    return plain[:limit] + ("..." if len(plain) > limit else "")


class _NoCookies(httpx.Cookies):
    """A cookie store that keeps nothing. The provider APIs authenticate every request with its
    key; reading each answer's ``Set-Cookie`` headers into a jar costs about a tenth of a call."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> None:
        return None


_NO_COOKIES = _NoCookies()


class ApiClient(httpx.Client):
    """The ``httpx.Client`` of one provider: keeps no cookies (see ``_NoCookies``)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        return None


class AsyncApiClient(httpx.AsyncClient):
    """The ``httpx.AsyncClient`` of one provider: keeps no cookies (see ``_NoCookies``)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        return None


class ResilientTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retries, pacing and typed errors around a real (or mock) transport."""

    def __init__(
        self,
        *,
        provider: str,
        inner: httpx.BaseTransport | None,
        async_inner: httpx.AsyncBaseTransport | None,
        policy: RetryPolicy,
        pacer: Pacer,
        clock: RealClock,
        errors: ErrorMapper,
        seed: int | None = None,
        server_clock: ServerClock | None = None,
    ) -> None:
        self.provider = provider
        self.server_clock = server_clock
        self.inner = inner
        self.async_inner = async_inner
        self.policy = policy
        self.pacer = pacer
        self.clock = clock
        self.errors = errors
        self._rng = random.Random(seed)
        self.retries = 0

    # --- decisions shared by the sync and async paths -------------------------------

    def _prepare(self, request: httpx.Request) -> tuple[int, bool]:
        options = _OPTIONS.get()
        if options.timeout is not None:
            request.extensions["timeout"] = httpx.Timeout(options.timeout).as_dict()
        max_retries = self.policy.max_retries if options.max_retries is None else options.max_retries
        idempotent = request.method in IDEMPOTENT_METHODS if options.idempotent is None else options.idempotent
        return max_retries, idempotent

    def _after_exception(
        self, exc: httpx.TransportError, attempt: int, max_retries: int, idempotent: bool
    ) -> float | None:
        if attempt >= max_retries or not (isinstance(exc, NOTHING_SENT) or idempotent):
            return None
        return self.policy.backoff(attempt, self._rng)

    def _after_status(self, response: httpx.Response, attempt: int, max_retries: int, idempotent: bool) -> float | None:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("retry-after"), self.clock.time())
        if status == 429 and retry_after is not None:
            self.pacer.block_for(min(retry_after, self.policy.max_retry_after))
        if attempt >= max_retries or not idempotent or status not in RETRYABLE_STATUS:
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.policy.max_retry_after else None
        return self.policy.backoff(attempt, self._rng)

    def _log_retry(self, request: httpx.Request, attempt: int, delay: float, why: str) -> None:
        self.retries += 1
        log.info(
            "%s %s %s: %s; retry %d in %.2fs",
            self.provider,
            request.method,
            request.url.copy_with(query=None),
            why,
            attempt + 1,
            delay,
        )

    def _checked(self, response: httpx.Response) -> httpx.Response:
        """The response if it is an answer of the API: a success or an error status. Anything
        else (an informational status, a redirect the API never sends) is a ProviderError."""
        status = response.status_code
        if 200 <= status < 300 or status >= 400:
            return response
        if 300 <= status < 400:
            location = response.headers.get("location", "")
            target = f" to {httpx.URL(location).copy_with(query=None)}" if location else ""
            raise self.errors.unexpected(response, f"unexpected redirect{target} (not followed)")
        raise self.errors.unexpected(response, "an informational status instead of an answer")

    def _too_large(self, response: httpx.Response) -> ProviderError:
        return self.errors.unexpected(response, f"the answer is larger than {MAX_BODY_BYTES} bytes; not read")

    def _undecodable(self, response: httpx.Response, exc: Exception) -> ProviderError:
        return self.errors.unexpected(response, f"the answer cannot be decoded ({exc})")

    # --- sync --------------------------------------------------------------------------

    def _send(self, request: httpx.Request) -> httpx.Response:
        assert self.inner is not None, "this transport was built for async use only"
        try:
            return self.inner.handle_request(request)
        except httpx.TransportError:
            raise
        except httpx.HTTPError as exc:  # e.g. a transport that decodes eagerly: no usable answer
            raise self.errors.from_transport(httpx.ReadError(str(exc), request=request), request) from None

    def _read(self, response: httpx.Response) -> httpx.Response:
        """Read the body (bounded by MAX_BODY_BYTES after decoding) so that a connection dropped
        mid-body is a transport failure here, and a bad body a typed error."""
        if _declared_length(response) > MAX_BODY_BYTES:
            raise self._too_large(response)
        try:
            if not _encoded(response):
                response.stream = _BoundedStream(response.stream, MAX_BODY_BYTES)
                response.read()
                return response
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise _BodyTooLarge
                chunks.append(chunk)
            return _decoded(response, b"".join(chunks))
        except _BodyTooLarge:
            raise self._too_large(response) from None
        except httpx.DecodingError as exc:
            raise self._undecodable(response, exc) from None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        max_retries, idempotent = self._prepare(request)
        attempt = 0
        while True:
            while (wait := self.pacer.reserve()) > 0:
                self.clock.sleep(wait)
            try:
                received = self._send(request)
                try:
                    response = self._read(received)
                finally:
                    received.close()
            except httpx.TransportError as exc:
                delay = self._after_exception(exc, attempt, max_retries, idempotent)
                if delay is None:
                    raise self.errors.from_transport(exc, request) from None
                self._log_retry(request, attempt, delay, type(exc).__name__)
                self.clock.sleep(delay)
                attempt += 1
                continue
            self.pacer.observe(response.headers)
            if self.server_clock is not None:
                self.server_clock.observe(response.headers.get("date"))
            if response.status_code < 400:
                return self._checked(response)
            delay = self._after_status(response, attempt, max_retries, idempotent)
            if delay is None:
                raise self.errors.from_response(response)
            self._log_retry(request, attempt, delay, f"HTTP {response.status_code}")
            self.clock.sleep(delay)
            attempt += 1

    # --- async -------------------------------------------------------------------------

    async def _asend(self, request: httpx.Request) -> httpx.Response:
        assert self.async_inner is not None, "this transport was built for sync use only"
        try:
            return await self.async_inner.handle_async_request(request)
        except httpx.TransportError:
            raise
        except httpx.HTTPError as exc:
            raise self.errors.from_transport(httpx.ReadError(str(exc), request=request), request) from None

    async def _aread(self, response: httpx.Response) -> httpx.Response:
        if _declared_length(response) > MAX_BODY_BYTES:
            raise self._too_large(response)
        try:
            if not _encoded(response):
                response.stream = _BoundedStream(response.stream, MAX_BODY_BYTES)
                await response.aread()
                return response
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise _BodyTooLarge
                chunks.append(chunk)
            return _decoded(response, b"".join(chunks))
        except _BodyTooLarge:
            raise self._too_large(response) from None
        except httpx.DecodingError as exc:
            raise self._undecodable(response, exc) from None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        max_retries, idempotent = self._prepare(request)
        attempt = 0
        while True:
            while (wait := self.pacer.reserve()) > 0:
                await self.clock.asleep(wait)
            try:
                received = await self._asend(request)
                try:
                    response = await self._aread(received)
                finally:
                    await received.aclose()
            except httpx.TransportError as exc:
                delay = self._after_exception(exc, attempt, max_retries, idempotent)
                if delay is None:
                    raise self.errors.from_transport(exc, request) from None
                self._log_retry(request, attempt, delay, type(exc).__name__)
                await self.clock.asleep(delay)
                attempt += 1
                continue
            self.pacer.observe(response.headers)
            if self.server_clock is not None:
                self.server_clock.observe(response.headers.get("date"))
            if response.status_code < 400:
                return self._checked(response)
            delay = self._after_status(response, attempt, max_retries, idempotent)
            if delay is None:
                raise self.errors.from_response(response)
            self._log_retry(request, attempt, delay, f"HTTP {response.status_code}")
            await self.clock.asleep(delay)
            attempt += 1

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()

    async def aclose(self) -> None:
        if self.async_inner is not None:
            await self.async_inner.aclose()


class _BodyTooLarge(Exception):
    """Raised inside a body read that passed MAX_BODY_BYTES (becomes a ProviderError)."""


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream that stops with ``_BodyTooLarge`` after ``limit`` bytes."""

    def __init__(self, stream: Any, limit: int) -> None:
        self._stream = stream
        self._limit = limit

    def __iter__(self) -> Iterator[bytes]:
        seen = 0
        for chunk in self._stream:
            seen += len(chunk)
            if seen > self._limit:
                raise _BodyTooLarge
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        seen = 0
        async for chunk in self._stream:
            seen += len(chunk)
            if seen > self._limit:
                raise _BodyTooLarge
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def _declared_length(response: httpx.Response) -> int:
    try:
        return int(response.headers.get("content-length") or 0)
    except ValueError:
        return 0


def _encoded(response: httpx.Response) -> bool:
    return response.headers.get("content-encoding", "identity").strip().lower() not in ("", "identity")


_HOP_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


def _decoded(response: httpx.Response, body: bytes) -> httpx.Response:
    """A copy of ``response`` holding its decoded body (and no longer claiming an encoding)."""
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _HOP_HEADERS]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request, extensions=response.extensions
    )
