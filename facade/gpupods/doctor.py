"""The drift canary: read-only calls with the user's keys, checked against the vendored specs.

    from gpupods import Fleet
    from gpupods.doctor import check

    with Fleet.from_env() as fleet:
        report = check(fleet)
    print(report.text())                      # or report.to_json()
    raise SystemExit(report.exit_code)        # 0 clean, 9 drift

For every provider of the fleet (the registry's, whichever have keys) and every API its
registry entry lists, the canary calls each GET operation that needs no argument (a backend
may add arguments or leave operations out: ``Backend.canary_kwargs``) and compares what comes
back with the spec its client was generated from (``gpupods._drift``): enum values the spec
does not list, fields added or missing, other types; undeclared statuses; ``Deprecation`` and
``Sunset`` headers; 410 Gone; latency. A GraphQL API is compared through introspection (with
``graphql-core``, which ``gpupods[mock]`` installs); where the provider refuses introspection,
the backend's read-only queries (``Backend.canary_queries``) are run and read instead.

Severities: ``drift`` (the API changed: the exit code is 9), ``error`` (a call failed, so
something could not be checked: exit code 1 when nothing drifted), ``warning`` (slow answers)
and ``info`` (a retirement that happened as announced, a refused introspection). No call
writes anything; a retired API (``Backend.retirements``, retired before today) gets one call,
to see that it is gone.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from importlib import resources
from typing import TYPE_CHECKING, Any

import httpx

from ._drift import Differ
from ._http import Retirement
from .registry import GeneratedApi, entry

if TYPE_CHECKING:
    from .fleet import Fleet
    from .providers._base import Backend

SEVERITIES = ("drift", "error", "warning", "info")
EXIT_CLEAN = 0
EXIT_ERRORS = 1  # something could not be checked (and nothing drifted)
EXIT_DRIFT = 9
DEFAULT_MAX_LATENCY = 5.0  # seconds; a slower answer is a warning
#: How many findings of one kind one call reports before it says "and N more".
MAX_PER_KIND = 20


@dataclass(frozen=True)
class Finding:
    """One thing the canary noticed on one call."""

    provider: str
    api: str
    operation: str
    kind: str  # unknown-enum, field-added, field-missing, type-changed, status, deprecation, sunset, retired, ...
    severity: str  # drift, error, warning, info
    detail: str
    where: str = ""  # "$.pods[].status"; a header name; "" for the call as a whole


@dataclass
class CallReport:
    """One read-only call and what it answered."""

    provider: str
    api: str
    operation: str
    request: str  # "GET /v2/pods"
    status: int | None = None  # None: no answer (connection failed)
    latency: float | None = None  # seconds, on the fleet's clock
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Report:
    calls: list[CallReport] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # provider -> why it was not checked

    @property
    def findings(self) -> list[Finding]:
        return [f for call in self.calls for f in call.findings]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def drift(self) -> bool:
        return self.count("drift") > 0

    @property
    def exit_code(self) -> int:
        if self.drift:
            return EXIT_DRIFT
        return EXIT_ERRORS if self.count("error") else EXIT_CLEAN

    def to_json(self) -> dict[str, Any]:
        """A stable document (keys are only added): calls with their findings, and totals."""
        return {
            "drift": self.drift,
            "exit_code": self.exit_code,
            "totals": {s: self.count(s) for s in SEVERITIES} | {"calls": len(self.calls)},
            "skipped": dict(self.skipped),
            "calls": [asdict(call) for call in self.calls],
        }

    def text(self) -> str:
        """The report for people: one line per call, its findings under it, then the verdict."""
        lines: list[str] = []
        provider = None
        for call in self.calls:
            if call.provider != provider:
                provider = call.provider
                lines.append(f"== {entry(provider).title}")
            status = str(call.status) if call.status is not None else "---"
            latency = f"{call.latency * 1000:7.0f} ms" if call.latency is not None else "       --"
            worst = _worst(call.findings)
            mark = {"drift": "DRIFT", "error": "ERROR", "warning": "SLOW", "info": "note"}.get(worst or "", "ok")
            lines.append(f"  {mark:5} {status:>3} {latency}  {call.api}.{call.operation}  ({call.request})")
            for finding in call.findings:
                where = f" at {finding.where}" if finding.where else ""
                lines.append(f"          {finding.severity}: {finding.kind}{where}: {finding.detail}")
        for name, why in self.skipped.items():
            lines.append(f"== {entry(name).title}: not checked ({why})")
        totals = ", ".join(f"{self.count(s)} {s}" for s in SEVERITIES)
        verdict = {
            EXIT_DRIFT: "DRIFT: the APIs answer differently from the vendored specs",
            EXIT_ERRORS: "some calls failed: not everything could be checked",
            EXIT_CLEAN: "no drift",
        }[self.exit_code]
        lines.append(f"{len(self.calls)} calls: {totals}. {verdict}")
        return "\n".join(lines)


def _worst(findings: Sequence[Finding]) -> str | None:
    return next((s for s in SEVERITIES if any(f.severity == s for f in findings)), None)


# --- the vendored specs ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    name: str
    method: str
    path: str
    document: Mapping[str, Any]
    raw: Mapping[str, Any]

    def response(self, status: int) -> Mapping[str, Any] | None:
        responses = self.raw.get("responses") or {}
        found = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        return _deref(self.document, found) if found is not None else None

    @property
    def unconfirmed(self) -> str | None:
        return self.raw.get("x-gpupods-unconfirmed")


def _deref(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _document(api: str) -> dict[str, Any]:
    text = resources.files(f"gpupods_clients.{api}").joinpath("openapi.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def read_only_operations(document: Mapping[str, Any]) -> list[_Operation]:
    """The GET operations of a spec that need no argument and answer JSON, in spec order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        get = item.get("get") if isinstance(item, dict) else None
        if not isinstance(get, dict):
            continue
        params = [_deref(document, p) for p in [*(item.get("parameters") or []), *(get.get("parameters") or [])]]
        if any(p.get("required") or p.get("in") == "path" for p in params):
            continue
        op = _Operation(get["operationId"], "GET", path, document, get)
        success = [s for s in (get.get("responses") or {}) if s.startswith("2")]
        media = [m for s in success for m in ((op.response(int(s)) or {}).get("content") or {})]
        if media and not any(_is_json(m) for m in media):
            continue
        found.append(op)
    return found


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


# --- checking ------------------------------------------------------------------------------


@dataclass
class _Context:
    backend: Backend
    api: GeneratedApi
    max_latency: float
    retirement: Retirement | None
    today: str

    @property
    def provider(self) -> str:
        return self.backend.name

    @property
    def retired(self) -> bool:
        """Retired before today (as announced); a retirement still to come is not."""
        when = self.retirement.retired_on if self.retirement is not None else None
        return bool(when and when[:1].isdigit() and when <= self.today)

    def finding(self, operation: str, kind: str, severity: str, detail: str, where: str = "") -> Finding:
        return Finding(self.provider, self.api.name, operation, kind, severity, detail, where)


def check(
    fleet: Fleet,
    *,
    providers: Iterable[str] | None = None,
    max_latency: float = DEFAULT_MAX_LATENCY,
    today: str | None = None,
) -> Report:
    """Run the canary on the fleet's providers (or ``providers``); see the module docstring."""
    report = Report()
    names = list(providers) if providers is not None else list(fleet.backends)
    day = today or datetime.fromtimestamp(fleet.clock.time(), UTC).date().isoformat()
    # One call at a time: latency is measured on the fleet's clock, which calls running side by
    # side would share (a mock cloud's virtual clock advances for one of them, not per call).
    for name in names:
        report.calls.extend(_check_provider(fleet.backend(name), max_latency, day))
    return report


def _check_provider(backend: Backend, max_latency: float, today: str) -> list[CallReport]:
    calls: list[CallReport] = []
    for api in entry(backend.name).apis:
        retirement = next((r for r in backend.retirements if r.generated_api == api.name), None)
        ctx = _Context(backend, api, max_latency, retirement, today)
        with _client(backend, api.name) as http:
            if api.kind == "graphql":
                calls.extend(_check_graphql(ctx, http))
            else:
                calls.extend(_check_openapi(ctx, http))
    return calls


def _client(backend: Backend, api: str) -> httpx.Client:
    """A plain client with the backend's key and transport: no retries, so that every answer
    is seen as the provider gave it."""
    transport = backend.config.transport
    return httpx.Client(
        base_url=backend.api_url(api),
        headers=backend._headers(),
        timeout=backend.config.timeout,
        transport=transport if transport is not None else httpx.HTTPTransport(),
        follow_redirects=False,
    )


def _timed(ctx: _Context, send: Callable[[], httpx.Response]) -> tuple[httpx.Response | None, float, str | None]:
    clock = ctx.backend.clock
    started = clock.monotonic()
    try:
        response = send()
        response.read()
    except httpx.HTTPError as exc:
        return None, clock.monotonic() - started, f"{type(exc).__name__}: {ctx.backend.errors.scrub(str(exc))}"
    return response, clock.monotonic() - started, None


def _check_openapi(ctx: _Context, http: httpx.Client) -> list[CallReport]:
    document = _document(ctx.api.name)
    differ = Differ(document)
    operations = read_only_operations(document)
    if ctx.retired:
        operations = operations[:1]  # one call shows whether it is gone
    calls = []
    for op in operations:
        kwargs = ctx.backend.canary_kwargs(ctx.api.name, op.name)
        if kwargs is None:
            continue
        request = _request_of(ctx.api.name, op, kwargs)
        call = CallReport(ctx.provider, ctx.api.name, op.name, f"{op.method} {op.path}")
        response, call.latency, failure = _timed(ctx, partial(http.request, **request))
        if response is None:
            call.findings.append(ctx.finding(op.name, "unreachable", "error", failure or "no answer"))
        else:
            call.status = response.status_code
            call.findings.extend(_judge(ctx, op, response, differ, call.latency))
        calls.append(call)
    return calls


def _request_of(api: str, op: _Operation, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The request the generated client sends for ``op`` with ``kwargs`` (its module is
    ``api/<group>/<name>``, the group being the operation's tag in the shipped spec)."""
    group = (op.raw.get("tags") or ["default"])[0]
    module = importlib.import_module(f"gpupods_clients.{api}.api.{group}.{op.name}")
    built: dict[str, Any] = module._get_kwargs(**kwargs)
    return built


def _judge(
    ctx: _Context, op: _Operation, response: httpx.Response, differ: Differ | None, latency: float
) -> list[Finding]:
    found = _headers(ctx, op.name, response)
    status = response.status_code
    if latency > ctx.max_latency:
        found.append(ctx.finding(op.name, "slow", "warning", f"answered in {latency:.2f}s (over {ctx.max_latency:g}s)"))
    if status == 410:
        found.append(_gone(ctx, op.name, response))
        return found
    if ctx.retired:
        found.append(
            ctx.finding(
                op.name,
                "still-served",
                "info",
                f"answered {status} although it was announced retired on "
                f"{ctx.retirement.retired_on if ctx.retirement else '?'}",
            )
        )
        return found
    if status == 404 and op.unconfirmed == "path":
        found.append(
            ctx.finding(
                op.name,
                "unconfirmed-path",
                "drift",
                f"{op.method} {op.path} answered 404: the path was never confirmed by a published "
                f"spec; correct it in specs/{ctx.api.name}/openapi.yaml",
            )
        )
        return found
    if status >= 400:
        found.append(ctx.finding(op.name, "failed", "error", _failure(ctx, status, response)))
        return found
    declared = op.response(status)
    if declared is None:
        found.append(ctx.finding(op.name, "status", "drift", f"{status} is not a status the spec declares here"))
        return found
    content = declared.get("content") or {}
    media = next((m for m in content if _is_json(m)), None)
    if media is None or differ is None or status == 204:
        return found
    try:
        body = response.json()
    except ValueError:
        found.append(ctx.finding(op.name, "not-json", "drift", "the answer is not JSON"))
        return found
    schema = content[media].get("schema") or {}
    found.extend(_differences(ctx, op.name, differ.compare(schema, body)))
    return found


def _differences(ctx: _Context, operation: str, differences: Iterable[Any]) -> list[Finding]:
    found: list[Finding] = []
    per_kind: dict[str, int] = {}
    for difference in differences:
        per_kind[difference.kind] = per_kind.get(difference.kind, 0) + 1
        if per_kind[difference.kind] <= MAX_PER_KIND:
            found.append(ctx.finding(operation, difference.kind, "drift", difference.detail, difference.where))
    for kind, total in per_kind.items():
        if total > MAX_PER_KIND:
            found.append(ctx.finding(operation, kind, "drift", f"and {total - MAX_PER_KIND} more"))
    return found


def _headers(ctx: _Context, operation: str, response: httpx.Response) -> list[Finding]:
    found = []
    links = response.headers.get("link")
    if "deprecation" in response.headers:
        detail = response.headers["deprecation"] + (f" (Link: {links})" if links else "")
        found.append(ctx.finding(operation, "deprecation", "drift", detail, "Deprecation header"))
    if "sunset" in response.headers:
        found.append(ctx.finding(operation, "sunset", "drift", response.headers["sunset"], "Sunset header"))
    return found


def _gone(ctx: _Context, operation: str, response: httpx.Response) -> Finding:
    retirement = ctx.retirement
    if retirement is not None and ctx.retired:
        return ctx.finding(
            operation,
            "retired",
            "info",
            f"410 Gone: {retirement.api} was retired on {retirement.retired_on}, as announced; "
            f"use {retirement.replacement}",
        )
    error = ctx.backend.errors.from_response(response)
    instead = getattr(error, "replacement", None)
    hint = f"; replacement: {instead}" if instead else ""
    return ctx.finding(operation, "retired", "drift", f"410 Gone: the API no longer serves this call{hint}")


def _failure(ctx: _Context, status: int, response: httpx.Response) -> str:
    error = ctx.backend.errors.from_response(response)
    hint = ""
    if status == 403:
        hint = " (the key may lack a scope this call needs)"
    elif status in (401,):
        hint = " (check the API key)"
    return f"{type(error).__name__}: {error.message}{hint}"


# --- GraphQL --------------------------------------------------------------------------------


def _graphql_core() -> Any:
    """graphql-core (installed with ``gpupods[mock]``), or None."""
    try:
        return importlib.import_module("graphql")
    except ImportError:
        return None


def _check_graphql(ctx: _Context, http: httpx.Client) -> list[CallReport]:
    graphql = _graphql_core()
    calls: list[CallReport] = []
    compared = False
    if graphql is not None:
        call, compared = _introspect(ctx, http, graphql)
        calls.append(call)
        if any(f.kind == "retired" for f in call.findings):
            return calls
    else:
        calls.append(
            CallReport(
                ctx.provider,
                ctx.api.name,
                "introspection",
                "POST (not sent)",
                findings=[
                    ctx.finding(
                        "introspection",
                        "not-compared",
                        "info",
                        "graphql-core is not installed (pip install 'gpupods[mock]'): the schema is not compared",
                    )
                ],
            )
        )
    if not compared:
        for name in ctx.backend.canary_queries:
            calls.append(_query(ctx, http, name))
    return calls


def _introspect(ctx: _Context, http: httpx.Client, graphql: Any) -> tuple[CallReport, bool]:
    call = CallReport(ctx.provider, ctx.api.name, "introspection", "POST (introspection query)")
    payload = {"query": graphql.get_introspection_query(), "operationName": "IntrospectionQuery"}
    response, call.latency, failure = _timed(ctx, lambda: http.post("", json=payload))
    if response is None:
        call.findings.append(ctx.finding("introspection", "unreachable", "error", failure or "no answer"))
        return call, False
    call.status = response.status_code
    call.findings.extend(_headers(ctx, "introspection", response))
    if call.latency > ctx.max_latency:
        call.findings.append(ctx.finding("introspection", "slow", "warning", f"answered in {call.latency:.2f}s"))
    if response.status_code == 410:
        call.findings.append(_gone(ctx, "introspection", response))
        return call, False
    try:
        body = response.json()
    except ValueError:
        body = None
    data = body.get("data") if isinstance(body, dict) else None
    if response.status_code != 200 or not isinstance(data, dict) or not isinstance(data.get("__schema"), dict):
        said = _graphql_message(body) or f"HTTP {response.status_code}"
        call.findings.append(
            ctx.finding(
                "introspection",
                "introspection-refused",
                "info",
                f"the provider refused introspection ({said}); the schema cannot be "
                "compared, the read-only queries are run instead",
            )
        )
        return call, False
    vendored = graphql.build_schema(
        resources.files(f"gpupods_clients.{ctx.api.name}").joinpath("schema.graphql").read_text("utf-8")
    )
    try:
        live = graphql.build_client_schema(data)
    except (TypeError, ValueError, graphql.GraphQLError) as exc:
        call.findings.append(ctx.finding("introspection", "not-a-schema", "drift", f"unreadable introspection: {exc}"))
        return call, True
    call.findings.extend(_schema_changes(ctx, graphql, vendored, live))
    return call, True


def _graphql_message(body: Any) -> str | None:
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return str(errors[0].get("message") or "")[:200] or None
    return None


def _schema_changes(ctx: _Context, graphql: Any, vendored: Any, live: Any) -> list[Finding]:
    """What the live schema changed for the client: graphql-core's breaking and dangerous
    changes, plus types and fields added to the types the vendored schema has."""
    found = []
    for change in [*graphql.find_breaking_changes(vendored, live), *graphql.find_dangerous_changes(vendored, live)]:
        kind = change.type.name.lower().replace("_", "-")
        found.append(ctx.finding("introspection", kind, "drift", change.description))
    for name, live_type in live.type_map.items():
        if name.startswith("__"):
            continue
        old = vendored.type_map.get(name)
        if old is None:
            found.append(ctx.finding("introspection", "type-added", "drift", f"type {name} is new", name))
            continue
        live_fields = getattr(live_type, "fields", None) or {}
        old_fields = getattr(old, "fields", None) or {}
        for field_name in sorted(set(live_fields) - set(old_fields)):
            found.append(
                ctx.finding(
                    "introspection", "field-added", "drift", f"{name}.{field_name} is new", f"{name}.{field_name}"
                )
            )
    return _capped(found)


def _capped(found: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    per_kind: dict[str, int] = {}
    for finding in found:
        per_kind[finding.kind] = per_kind.get(finding.kind, 0) + 1
        if per_kind[finding.kind] <= MAX_PER_KIND:
            kept.append(finding)
    for kind, total in per_kind.items():
        if total > MAX_PER_KIND:
            first = next(f for f in found if f.kind == kind)
            kept.append(
                Finding(
                    first.provider, first.api, first.operation, kind, first.severity, f"and {total - MAX_PER_KIND} more"
                )
            )
    return kept


def _query(ctx: _Context, http: httpx.Client, name: str) -> CallReport:
    """Run one read-only query of the generated client and read its answer for unknown enum
    values (the client keeps them; the canary reports them)."""
    call = CallReport(ctx.provider, ctx.api.name, name, f"POST (query {name})")
    seen: list[httpx.Response] = []
    http.event_hooks["response"] = [seen.append]
    client = ctx.backend.graphql_client(ctx.api.name, http)
    clock = ctx.backend.clock
    started = clock.monotonic()
    try:
        result = getattr(client, name)()
    except Exception as exc:  # the generated client's own error types, and transport errors
        call.latency = clock.monotonic() - started
        response = seen[-1] if seen else None
        if response is not None:
            response.read()
            call.status = response.status_code
            call.findings.extend(_headers(ctx, name, response))
            if response.status_code == 410:
                call.findings.append(_gone(ctx, name, response))
                return call
        detail = ctx.backend.errors.scrub(f"{type(exc).__name__}: {exc}")[:300]
        call.findings.append(ctx.finding(name, "failed", "error", detail))
        return call
    finally:
        http.event_hooks["response"] = []
    call.latency = clock.monotonic() - started
    if seen:
        call.status = seen[-1].status_code
        call.findings.extend(_headers(ctx, name, seen[-1]))
    if call.latency > ctx.max_latency:
        call.findings.append(ctx.finding(name, "slow", "warning", f"answered in {call.latency:.2f}s"))
    for where, value in _unknown_enums(result, "$"):
        call.findings.append(
            ctx.finding(name, "unknown-enum", "drift", f"{value!r} is not a value of {type(value).__name__}", where)
        )
    return call


def _unknown_enums(value: Any, where: str) -> Iterable[tuple[str, Any]]:
    """Enum members a generated GraphQL client made up for values its schema did not list."""
    from enum import Enum

    if isinstance(value, Enum):
        if value.name not in type(value).__members__:
            yield where, value.value
        return
    if isinstance(value, list):
        for item in value:
            yield from _unknown_enums(item, where + "[]")
        return
    fields = getattr(type(value), "model_fields", None)
    if fields:
        for name in fields:
            yield from _unknown_enums(getattr(value, name, None), f"{where}.{name}")


__all__ = [
    "DEFAULT_MAX_LATENCY",
    "EXIT_CLEAN",
    "EXIT_DRIFT",
    "EXIT_ERRORS",
    "CallReport",
    "Finding",
    "Report",
    "check",
    "read_only_operations",
]
