"""The spec-driven request pipeline every mock cloud shares.

A request goes through: faults (before) -> route -> bearer auth -> quota -> parameter and
body validation -> the operation's handler (stateful, or built from the response schema)
-> response conformance check -> faults (after). Every error leaves in the provider's own
shape, with a status the spec declares for that operation where it declares one.
"""

from __future__ import annotations

import json
import random
import string
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import parse_qsl, unquote

from .._clock import RealClock
from ._faults import Fault, FaultPlan, drift, realise
from ._limits import MAX_BODY_BYTES, BodyError, parse_json
from ._messages import MockRequest, MockResponse
from ._ratelimit import Quota
from ._schema import Synthesizer
from ._spec import Operation, Param, Spec, path_params


class ApiError(Exception):
    """Raised by handlers: becomes an error response in the provider's shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        details: Iterable[tuple[str, str]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = list(details)
        self.headers = dict(headers or {})


class MockConformanceError(AssertionError):
    """The mock built a response its own spec does not allow (a bug in the mock)."""


@dataclass
class Call:
    """What a handler sees: the validated, typed request."""

    op: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    headers: Mapping[str, str]
    body: Any
    token: str | None


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None


Handler = Callable[[Call], Reply]


def handles(*names: str) -> Callable[[Callable[..., Reply]], Callable[..., Reply]]:
    """Mark a method as the handler of the named operations."""

    def mark(func: Callable[..., Reply]) -> Callable[..., Reply]:
        func._handles = names  # type: ignore[attr-defined]
        return func

    return mark


_SPECS: dict[str, Spec] = {}
_SPECS_LOCK = threading.Lock()


def load_spec(api: str) -> Spec:
    with _SPECS_LOCK:
        if api not in _SPECS:
            _SPECS[api] = Spec.load(api)
        return _SPECS[api]


class SpecMock:
    """One API of a mock cloud. Subclasses name the API and add stateful handlers."""

    api: ClassVar[str]
    base_path: ClassVar[str] = ""
    quota_headers: ClassVar[bool] = False  # send RateLimit headers (RunPod v2 does)
    #: A retired API answers every request 410 Gone, in its error shape, with this message.
    retired: bool = False
    retired_message: ClassVar[str] = "this API is retired"
    id_alphabet: ClassVar[str] = string.ascii_lowercase + string.digits
    id_length: ClassVar[int] = 14
    max_body_bytes: ClassVar[int] = MAX_BODY_BYTES

    def __init__(
        self,
        *,
        clock: RealClock | None = None,
        faults: FaultPlan | None = None,
        api_keys: Iterable[str] | None = None,
        validate_responses: bool = True,
        seed: int = 0,
    ) -> None:
        self.spec = load_spec(self.api)
        self.clock = clock or RealClock()
        self.faults = faults or FaultPlan(seed=seed)
        self.api_keys = set(api_keys) if api_keys is not None else None
        self.validate_responses = validate_responses
        self.quota: Quota | None = None
        self.synth = Synthesizer(self.spec.schemas, self.clock.time)
        self._ids = random.Random(f"{self.api}:{seed}")
        self._lock = threading.RLock()
        self.requests = 0
        self.served: Counter[str] = Counter()  # successful answers per operation
        self.generic: dict[str, dict[str, dict[str, Any]]] = {}
        self.handlers: dict[str, Handler] = {}
        for klass in reversed(type(self).__mro__):
            for attr in vars(klass).values():
                for name in getattr(attr, "_handles", ()):
                    self.handlers[name] = getattr(self, attr.__name__)
        unknown = set(self.handlers) - set(self.spec.operations)
        if unknown:
            raise RuntimeError(f"{type(self).__name__} handles operations its spec lacks: {sorted(unknown)}")

    # --- configuration -------------------------------------------------------------

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        """Enforce ``limit`` requests per ``window`` seconds of the mock's clock per API key."""
        self.quota = Quota(limit, window)
        return self.quota

    def new_id(self) -> str:
        with self._lock:
            return "".join(self._ids.choice(self.id_alphabet) for _ in range(self.id_length))

    # --- provider shapes (overridden per provider) ---------------------------------

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        return {"message": message}, "application/json"

    def validation_status(self, op: Operation) -> int:
        """The status this provider uses for a request that breaks the schema."""
        return 422 if op.response_for(422) and "422" in op.responses else 400

    # --- the pipeline --------------------------------------------------------------

    def handle(self, request: MockRequest) -> MockResponse:
        with self._lock:
            self.requests += 1
        if self.retired:
            gone = self._shape(None, 410, self.retired_message, [])
            if request.size > self.max_body_bytes:  # the body was not read: the connection cannot go on
                gone.headers.append(("Connection", "close"))
            return gone
        if request.size > self.max_body_bytes:
            response = self._shape(None, 413, f"the request body is larger than {self.max_body_bytes} bytes", [])
            response.headers.append(("Connection", "close"))
            return response
        path = request.path
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        op, match = self._route(request.method.upper(), path)
        if op is None or match is None:
            return self._not_routed(request.method.upper(), path, request.query_string)
        fault = self.faults.pick(op.name, after_accept=False)
        if fault is not None and fault.kind != "latency":
            return self._faulty(op, fault, None)
        try:
            token = self._authenticate(op, request.headers)
            quota_headers = self._take_quota(op, token)
            call = self._parse(op, match, request, token)
            handler = self.handlers.get(op.name) or self._generic_handler(op)
            reply = handler(call)
            response = self._render(op, reply)
            for name, value in quota_headers.items():
                response.headers.append((name, value))
        except ApiError as error:
            response = self._error(op, error)
        if fault is not None:  # a latency fault, applied before the work
            response.delay += fault.seconds
        if response.status < 400:
            self.served[op.name] += 1
        late = self.faults.pick(op.name, after_accept=True)
        if late is not None and 200 <= response.status < 300:
            return self._faulty(op, late, response)
        return response

    def _route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str] | None]:
        path = unquote(path) if "%" in path and "%2F" not in path.upper() else path
        for op in self.spec.routes:
            if op.method != method:
                continue
            match = op.pattern.match(path)
            if match is not None:
                return op, match
        return None, None

    def _not_routed(self, method: str, path: str, query_string: str = "") -> MockResponse:
        allowed = sorted({op.method for op in self.spec.routes if op.pattern.match(path) is not None})
        if allowed:
            response = self._shape(None, 405, f"{method} is not allowed on {path}", [])
            response.headers.append(("Allow", ", ".join(allowed)))
            return response
        if not path.endswith("/") and any(op.pattern.match(path + "/") is not None for op in self.spec.routes):
            # FastAPI's redirect to the slashed route keeps the query string.
            location = self.base_path + path + "/" + (f"?{query_string}" if query_string else "")
            return MockResponse(307, [("Location", location)], b"")
        return self._shape(None, 404, f"no route for {method} {path}", [])

    def _authenticate(self, op: Operation, headers: Mapping[str, str]) -> str | None:
        value = headers.get("authorization", "")
        scheme, _, token = value.partition(" ")
        token = token.strip()
        if not op.secured:
            return token or None
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "missing bearer token: send 'Authorization: Bearer <API key>'")
        if self.api_keys is not None and token not in self.api_keys:
            raise ApiError(401, "the API key is not valid")
        return token

    def _take_quota(self, op: Operation, token: str | None) -> dict[str, str]:
        if self.quota is None:
            return {}
        allowed, remaining, reset = self.quota.take(token or "anonymous", self.clock.time())
        headers = self.quota.headers(remaining, reset) if self.quota_headers else {}
        if not allowed:
            retry = str(max(1, int(reset + 0.999)))
            raise ApiError(
                429,
                f"rate limit of {self.quota.limit} requests per {self.quota.name} exceeded",
                headers={**headers, "Retry-After": retry},
            )
        return headers

    def _parse(self, op: Operation, match: dict[str, str], request: MockRequest, token: str | None) -> Call:
        problems: list[tuple[str, str]] = []
        raw_path = path_params(op, match)
        raw_query: dict[str, list[str]] = {}
        for key, value in parse_qsl(request.query_string, keep_blank_values=True):
            raw_query.setdefault(key, []).append(value)
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        for param in op.params:
            if param.location == "path":
                texts = [unquote(raw_path[param.name])]
            elif param.location == "query":
                texts = raw_query.get(param.name, [])
            elif param.location == "header":
                found = request.headers.get(param.name.lower())
                texts = [found] if found is not None else []
            else:
                continue
            if not texts:
                if param.required:
                    problems.append((f"{param.location}.{param.name}", "is required"))
                continue
            try:
                value = _coerce(param, texts)
            except ValueError as exc:
                problems.append((f"{param.location}.{param.name}", str(exc)))
                continue
            for where, message in self.spec.schemas.errors(param.schema_key, value):
                problems.append((f"{param.location}.{param.name}{'.' + where if where else ''}", message))
            values[param.location][param.name] = value
        body: Any = None
        if op.body is not None:
            body = self._parse_body(op, request, problems)
        if problems:
            status = self.validation_status(op)
            raise ApiError(status, "the request does not match the API's schema", details=problems)
        return Call(op, values["path"], values["query"], request.headers, body, token)

    def _parse_body(self, op: Operation, request: MockRequest, problems: list[tuple[str, str]]) -> Any:
        assert op.body is not None
        if not request.body.strip():
            if op.body.required:
                problems.append(("body", "a JSON body is required"))
            return None
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not (media == "application/json" or media.endswith("+json")):
            raise ApiError(400, f"expected Content-Type application/json, got {media or 'none'}")
        try:
            body = parse_json(request.body)
        except BodyError as exc:
            raise ApiError(exc.status, exc.message) from None
        if op.body.schema_key:
            for where, message in self.spec.schemas.errors(op.body.schema_key, body):
                problems.append((f"body{'.' + where if where else ''}", message))
        return body

    # --- responses -----------------------------------------------------------------

    def _render(self, op: Operation, reply: Reply) -> MockResponse:
        spec = op.responses.get(str(reply.status)) or op.response_for(reply.status)
        headers: list[tuple[str, str]] = [(k, v) for k, v in reply.headers.items()]
        if reply.body is None or reply.status == 204:
            return MockResponse(reply.status, headers, b"", operation=op.name)
        media = reply.media_type or (spec.media_type if spec else None) or "application/json"
        if self.validate_responses and spec is not None and spec.schema_key and "json" in media:
            problems = self.spec.schemas.errors(spec.schema_key, reply.body)
            if problems:
                raise MockConformanceError(
                    f"{self.api} mock: {op.method} {op.path} answered {reply.status} with a body its spec "
                    f"does not allow: {problems[:3]}"
                )
        if isinstance(reply.body, str | bytes) and "json" not in media:
            payload = reply.body.encode() if isinstance(reply.body, str) else reply.body
        else:
            payload = json.dumps(reply.body, separators=(",", ":")).encode()
        headers.append(("Content-Type", media))
        return MockResponse(reply.status, headers, payload, operation=op.name)

    def _error(self, op: Operation | None, error: ApiError) -> MockResponse:
        status = error.status
        if op is not None and status == 404 and op.response_for(404) is None and op.response_for(400) is not None:
            status = 400  # an API that documents an unknown id as a bad request (RunPod v1 updates and actions)
        response = self._shape(op, status, error.message, error.details)
        response.headers.extend(error.headers.items())
        return response

    def _shape(self, op: Operation | None, status: int, message: str, details: list[tuple[str, str]]) -> MockResponse:
        body, media = self.error_body(status, message, details)
        payload = json.dumps(body, separators=(",", ":")).encode()
        with self._lock:
            request_id = f"req_{self.api}_{self.requests:06d}"
        headers = [("Content-Type", media), ("X-Request-Id", request_id)]
        return MockResponse(status, headers, payload, operation=op.name if op else None)

    def _faulty(self, op: Operation, fault: Fault, response: MockResponse | None) -> MockResponse:
        def error(status: int, message: str, headers: Mapping[str, str]) -> MockResponse:
            return self._error(op, ApiError(status, message, headers=headers))

        return realise(fault, response, error, op.name)

    # --- generic, schema-driven behaviour --------------------------------------------

    def _generic_handler(self, op: Operation) -> Handler:
        return lambda call: self.generic_reply(call)

    def success_status(self, op: Operation) -> int:
        codes = sorted(int(s) for s in op.responses if s.isdigit() and s.startswith("2"))
        return codes[0] if codes else 200

    def synthesize(self, op: Operation, status: int | None = None) -> Reply:
        status = status or self.success_status(op)
        spec = op.responses.get(str(status))
        if spec is None or spec.schema_key is None or status == 204:
            return Reply(status)
        body = self.synth.value(self.spec.schemas.schema(spec.schema_key))
        return Reply(status, body)

    def generic_reply(self, call: Call) -> Reply:
        """REST collections kept in memory; anything else answered from the response schema."""
        op = call.op
        collection, kind = self._collection_of(op)
        if collection is None:
            return self.synthesize(op)
        items = self.generic.setdefault(collection, {})
        status = self.success_status(op)
        if kind == "create":
            item_key = self._item_schema_key(collection) or self._response_key(op, status)
            record = self.synth.value(self.spec.schemas.schema(item_key)) if item_key else {}
            if not isinstance(record, dict):
                record = {}
            record["id"] = self.new_id()
            if item_key:
                self.overlay_key(item_key, record, call.body)
            items[record["id"]] = record
            response_key = self._response_key(op, status)
            if response_key is None or not self.spec.schemas.errors(response_key, record):
                return Reply(status, record)
            answer = self.synthesize(op, status)
            if isinstance(answer.body, dict) and "id" in answer.body:
                answer.body["id"] = record["id"]
            return answer
        if kind == "list":
            return Reply(status, self.wrap_list(op, list(items.values()), call.query))
        key = next(iter(call.path.values()), None)
        if key not in items:
            raise ApiError(404, f"no {op.group} with id {key}")
        if kind == "get":
            return Reply(status, items[key])
        if kind == "update":
            item_key = self._item_schema_key(collection)
            if item_key:
                self.overlay_key(item_key, items[key], call.body)
            response_key = self._response_key(op, status)
            if response_key is None or not self.spec.schemas.errors(response_key, items[key]):
                return Reply(status, items[key])
            return self.synthesize(op, status)
        if kind == "delete":
            del items[key]
            return Reply(status) if status == 204 else self.synthesize(op, status)
        return self.synthesize(op)

    def _response_key(self, op: Operation, status: int) -> str | None:
        spec = op.responses.get(str(status))
        return spec.schema_key if spec is not None else None

    def _item_schema_key(self, collection: str) -> str | None:
        """The schema of one stored item: what a GET of the item (or the list) answers."""
        for candidate in self.spec.routes:
            if candidate.method != "GET":
                continue
            path = candidate.path.rstrip("/")
            if path.rsplit("/", 1)[0] == collection and path.endswith("}"):
                return self._response_key(candidate, self.success_status(candidate))
        for candidate in self.spec.routes:
            if candidate.method == "GET" and candidate.path.rstrip("/") == collection:
                key = self._response_key(candidate, self.success_status(candidate))
                schema = self.spec.schemas.resolve(self.spec.schemas.schema(key)) if key else None
                if isinstance(schema, dict):
                    arrays = [self.spec.schemas.resolve(v) for v in (schema.get("properties") or {}).values()]
                    arrays = [a for a in arrays if isinstance(a, dict) and a.get("type") == "array"]
                    items = (schema if schema.get("type") == "array" else (arrays[0] if arrays else {})).get("items")
                    if isinstance(items, dict) and str(items.get("$ref", "")).startswith("#/$defs/"):
                        return str(items["$ref"])[len("#/$defs/") :]
        return None

    def overlay_key(self, schema_key: str, record: dict[str, Any], body: Any) -> None:
        """Copy the request's fields onto a stored record, keeping each only if the record still
        fits the item schema (request and response shapes differ here and there)."""
        if not isinstance(body, dict):
            return
        for key, value in body.items():
            if key not in record or key == "id":
                continue
            before = record[key]
            record[key] = merged(before, value)
            if self.spec.schemas.errors(schema_key, record):
                record[key] = before

    def _collection_of(self, op: Operation) -> tuple[str | None, str]:
        path = op.path.rstrip("/")
        is_item = path.endswith("}")
        base = path.rsplit("/", 1)[0] if is_item else path
        siblings = {(o.method, o.path.rstrip("/")) for o in self.spec.routes}
        has_collection = ("GET", base) in siblings and ("POST", base) in siblings
        if not has_collection:
            return None, ""
        if not is_item:
            return base, {"GET": "list", "POST": "create"}.get(op.method, "")
        return base, {"GET": "get", "PATCH": "update", "PUT": "update", "DELETE": "delete"}.get(op.method, "")

    def wrap_list(self, op: Operation, items: list[Any], query: Mapping[str, Any]) -> Any:
        """Put ``items`` in the list response shape the spec declares (bare array or envelope)."""
        spec = op.responses.get(str(self.success_status(op)))
        if spec is None or spec.schema_key is None:
            return items
        schema = self.spec.schemas.resolve(self.spec.schemas.schema(spec.schema_key))
        if schema.get("type") == "array":
            return items
        envelope = self.synth.value(schema)
        props = schema.get("properties", {})
        array_key = next((k for k, v in props.items() if self.spec.schemas.resolve(v).get("type") == "array"), None)
        if array_key is None:
            return envelope
        offset = max(0, int(query.get("offset", 0) or 0))
        limit = query.get("limit")
        if limit is not None:
            limit = max(0, int(limit))
        page = items[offset : offset + limit] if limit is not None else items[offset:]
        envelope[array_key] = page
        for total_key in ("total_count", "totalCount", "total"):
            if total_key in props:
                envelope[total_key] = len(items)
        if "offset" in props:
            envelope["offset"] = offset
        if "limit" in props and limit is not None:
            envelope["limit"] = limit
        return envelope


# --- helpers -----------------------------------------------------------------------


def _coerce(param: Param, texts: list[str]) -> Any:
    if param.kind == "array":
        if not param.explode:
            texts = [part for text in texts for part in text.split(",") if part != ""]
        return [_scalar(param.item_kind or "string", t) for t in texts]
    return _scalar(param.kind, texts[-1])


def _scalar(kind: str, text: str) -> Any:
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"{text!r} is not an integer") from None
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a number") from None
    if kind == "boolean":
        if text.lower() in ("true", "1"):
            return True
        if text.lower() in ("false", "0"):
            return False
        raise ValueError(f"{text!r} is not a boolean")
    return text


def merged(current: Any, update: Any) -> Any:
    """``update`` laid over ``current``: dicts merge key by key, anything else is replaced."""
    if isinstance(current, dict) and isinstance(update, Mapping):
        out = dict(current)
        for key, value in update.items():
            out[key] = merged(current.get(key), value)
        return out
    return update


__all__ = [
    "ApiError",
    "Call",
    "MockConformanceError",
    "MockRequest",
    "MockResponse",
    "Reply",
    "SpecMock",
    "drift",
    "handles",
    "load_spec",
    "merged",
]
