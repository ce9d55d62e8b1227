"""Fault injection for the mock clouds: deterministic with a seed, per route or for all."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._messages import MockResponse


@dataclass(frozen=True)
class Fault:
    """One kind of failure. Build them with the class methods.

    ``after_accept`` faults let the operation run (a create really creates) and then spoil
    the answer, which is what makes retried creates dangerous in real clouds.
    """

    kind: str  # latency, status, html, drop, truncate, drift, answer
    seconds: float = 0.0
    status_code: int = 0
    retry_after: float | None = None
    after_accept: bool = False
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def latency(cls, seconds: float, *, after_accept: bool = False) -> Fault:
        """Answer ``seconds`` late (beyond the client's timeout, the client times out)."""
        return cls("latency", seconds=seconds, after_accept=after_accept)

    @classmethod
    def status(cls, status: int, *, retry_after: float | None = None, after_accept: bool = False) -> Fault:
        """Answer with an error status (429 with ``retry_after``, 500/502/503...) in the provider's shape."""
        return cls("status", status_code=status, retry_after=retry_after, after_accept=after_accept)

    @classmethod
    def rate_limited(cls, retry_after: float = 1.0) -> Fault:
        return cls.status(429, retry_after=retry_after)

    @classmethod
    def html(cls, status: int = 502, *, after_accept: bool = False) -> Fault:
        """Answer with a load balancer's HTML error page instead of the API's JSON."""
        return cls("html", status_code=status, after_accept=after_accept)

    @classmethod
    def drop(cls, *, after_accept: bool = False) -> Fault:
        """Close the connection in the middle of the response."""
        return cls("drop", after_accept=after_accept)

    @classmethod
    def truncate(cls, *, after_accept: bool = True) -> Fault:
        """Send a success status with the JSON body cut short."""
        return cls("truncate", after_accept=after_accept)

    @classmethod
    def answer(
        cls,
        status: int | None = None,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        after_accept: bool = False,
    ) -> Fault:
        """Answer with exactly this, as a proxy, a CDN or a broken release can: ``status`` and
        ``body`` replace the API's answer (``None`` keeps it; a new body drops the old
        Content-Type), ``headers`` are added. E.g. ``Fault.answer(307, body=b"", headers={"Location":
        "/elsewhere"})``, ``Fault.answer(200, body=b"")``, ``Fault.answer(headers={"Content-Encoding":
        "gzip"}, body=b"not gzip", after_accept=True)``."""
        pairs = tuple((headers or {}).items())
        return cls("answer", status_code=status or 0, body=body, headers=pairs, after_accept=after_accept)

    @classmethod
    def drift(cls) -> Fault:
        """Serve the real answer with unknown enum values and extra fields mixed in
        (what a provider's next release looks like to an old client)."""
        return cls("drift", after_accept=True)


@dataclass
class Rule:
    fault: Fault
    routes: frozenset[str] | None  # operation names; None means every route
    probability: float
    times: int | None
    fired: int = 0

    def matches(self, operation: str) -> bool:
        return self.routes is None or operation in self.routes


@dataclass
class FaultPlan:
    """The faults of one mock cloud. ``seed`` makes probabilistic faults repeatable."""

    seed: int = 0
    rules: list[Rule] = field(default_factory=list)
    injected: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()

    def add(
        self,
        fault: Fault,
        *,
        routes: str | Iterable[str] = "*",
        probability: float = 1.0,
        times: int | None = None,
    ) -> Rule:
        """Inject ``fault`` on ``routes`` (operation names, or ``"*"``) with ``probability``,
        at most ``times`` times (``None``: without limit)."""
        if not 0 <= probability <= 1:
            raise ValueError("probability must be between 0 and 1")
        names = None if routes == "*" else frozenset([routes] if isinstance(routes, str) else routes)
        rule = Rule(fault, names, probability, times)
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def pick(self, operation: str, after_accept: bool) -> Fault | None:
        """The fault to apply to this request at this stage, if any (first matching rule wins)."""
        with self._lock:
            for rule in self.rules:
                if rule.fault.after_accept != after_accept or not rule.matches(operation):
                    continue
                if rule.times is not None and rule.fired >= rule.times:
                    continue
                if rule.probability < 1 and self._random.random() >= rule.probability:
                    continue
                rule.fired += 1
                self.injected[rule.fault.kind] = self.injected.get(rule.fault.kind, 0) + 1
                return rule.fault
        return None

    def reseed(self, seed: int) -> None:
        with self._lock:
            self.seed = seed
            self._random = random.Random(seed)


#: Builds an error response in the provider's shape: (status, message, extra headers).
ErrorShape = Callable[[int, str, Mapping[str, str]], MockResponse]

_HTML_PAGE = (
    "<html><head><title>{code} Bad Gateway</title></head><body><center><h1>{code} Bad Gateway</h1>"
    "</center><hr><center>nginx</center></body></html>"
)


def realise(fault: Fault, response: MockResponse | None, error: ErrorShape, operation: str | None) -> MockResponse:
    """Apply ``fault`` to a request: ``response`` is None before the work is done (the fault
    replaces the answer) and the real answer after it (the fault spoils it)."""
    if fault.kind == "latency":
        if response is None:
            raise ValueError("a latency fault delays an answer: realise it after the work")
        response.delay += fault.seconds
        return response
    if fault.kind == "status":
        headers = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
        label = "rate limit exceeded" if fault.status_code == 429 else "the service failed (injected fault)"
        out = error(fault.status_code, label, headers)
        out.operation = operation
        return out
    if fault.kind == "html":
        page = _HTML_PAGE.format(code=fault.status_code).encode()
        return MockResponse(fault.status_code, [("Content-Type", "text/html")], page, operation=operation)
    if fault.kind == "drop":
        base = response or MockResponse(200, [("Content-Type", "application/json")], b'{"pending":' * 4)
        base.fault = "drop"
        return base
    if fault.kind == "truncate" and response is not None:
        response.body = response.body[: max(1, len(response.body) // 2)]
        response.fault = "truncate"
        return response
    if fault.kind == "answer":
        base = response or MockResponse(200, [("Content-Type", "application/json")], b"{}", operation=operation)
        kept = base.headers
        if fault.body is not None:
            kept = [(k, v) for k, v in kept if k.lower() not in ("content-type", "content-length")]
        return MockResponse(
            fault.status_code or base.status,
            [*kept, *fault.headers],
            fault.body if fault.body is not None else base.body,
            operation=operation,
        )
    if fault.kind == "drift" and response is not None and response.body:
        try:
            data = json.loads(response.body)
        except ValueError:
            return response
        response.body = json.dumps(drift(data)).encode()
        return response
    return response or error(500, "injected fault", {})


def drift(data: Any) -> Any:
    """A provider's next release as an old client sees it: extra fields everywhere and
    upper-case string values replaced by ones no enum lists."""
    if isinstance(data, dict):
        out = {k: drift(v) for k, v in data.items()}
        out["x_added_by_provider"] = {"note": "a field this client does not know"}
        return out
    if isinstance(data, list):
        return [drift(v) for v in data]
    if isinstance(data, str) and data.isupper() and data.replace("_", "").isalpha() and len(data) > 2:
        return data + "_NEXT"
    return data


__all__ = ["ErrorShape", "Fault", "FaultPlan", "Rule", "drift", "realise"]
