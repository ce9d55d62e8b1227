"""A GraphQL server built from an SDL: validation, introspection and typed default answers.

Root fields can be given resolvers (the stateful RunPod mock does); every other field
answers from its parent's dict, or with a value synthesized from its type, so any query
that validates against the SDL gets a well-typed answer.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any, ClassVar

from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLEnumType,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    build_schema,
    execute,
    parse,
    validate,
)

from .._clock import RealClock
from ._faults import FaultPlan, realise
from ._limits import MAX_BODY_BYTES, BodyError, parse_json
from ._messages import MockRequest, MockResponse, json_response
from ._ratelimit import Quota

Resolver = Callable[..., Any]

MAX_QUERY_TOKENS = 20_000  # graphql-core stops parsing a longer document

_SCALAR_DEFAULTS: dict[str, Any] = {"String": "value", "ID": "id", "Int": 1, "Float": 1.0, "Boolean": False}


class GraphQLRequestError(Exception):
    """A request that never reached execution (bad JSON, no query): HTTP 400."""


def _serialize_void(value: Any) -> Any:
    return None


class SdlServer:
    """Executes GraphQL requests against an SDL; thread-safe and caching parsed documents."""

    def __init__(
        self, sdl: str, resolvers: Mapping[str, Mapping[str, Resolver]] | None = None, *, fill_missing: bool = True
    ) -> None:
        """``fill_missing``: a field its parent does not carry gets a value built from its type
        (any valid query gets a well-typed answer); without it the field is null."""
        self.schema: GraphQLSchema = build_schema(sdl)
        self.fill_missing = fill_missing
        void = self.schema.type_map.get("Void")
        if isinstance(void, GraphQLScalarType):
            void.serialize = _serialize_void  # type: ignore[method-assign]
        for type_name, fields in (resolvers or {}).items():
            target = self.schema.type_map[type_name]
            assert isinstance(target, GraphQLObjectType), type_name
            for field_name, resolver in fields.items():
                target.fields[field_name].resolve = resolver
        self._lock = threading.Lock()
        self._documents = lru_cache(maxsize=256)(self._parse_and_validate)

    def _parse_and_validate(self, query: str) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
        try:
            document = parse(query, max_tokens=MAX_QUERY_TOKENS)
            return document, tuple(validate(self.schema, document, max_errors=20))
        except GraphQLError as error:
            return None, (error,)
        except RecursionError:
            return None, (GraphQLError("the query nests too deeply"),)

    def root_fields(self, query: str, operation_name: str | None) -> list[str]:
        """Names of the root fields a request selects (used to route faults by operation)."""
        document, errors = self._documents(query)
        if document is None or errors:
            return []
        names: list[str] = []
        for definition in document.definitions:
            op_name = getattr(getattr(definition, "name", None), "value", None)
            if getattr(definition, "operation", None) is None or (operation_name and op_name != operation_name):
                continue
            for selection in definition.selection_set.selections:  # type: ignore[attr-defined]
                names.append(selection.name.value)
        return names

    def run(self, payload: Any, context: Any = None) -> tuple[int, dict[str, Any]]:
        """Execute one request body; return (HTTP status, response JSON).

        Validation and variable errors answer 400 (nothing ran); errors raised while
        resolving answer 200 with ``errors`` next to the partial ``data``, as RunPod does.
        """
        if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
            raise GraphQLRequestError("the body must be a JSON object with a 'query' string")
        variables = payload.get("variables") or {}
        if not isinstance(variables, dict):
            raise GraphQLRequestError("'variables' must be an object")
        document, errors = self._documents(payload["query"])
        if document is None or errors:
            return 400, {"errors": [_error_json(e, "GRAPHQL_VALIDATION_FAILED") for e in errors]}
        operation_name = payload.get("operationName")
        if operation_name is not None and not isinstance(operation_name, str):
            raise GraphQLRequestError("'operationName' must be a string")
        try:
            result = execute(
                self.schema,
                document,
                variable_values=variables,
                operation_name=operation_name,
                context_value=context,
                field_resolver=default_resolver if self.fill_missing else parent_resolver,
            )
        except RecursionError:
            raise GraphQLRequestError("the query nests too deeply") from None
        assert isinstance(result, ExecutionResult), "resolvers of the mock are synchronous"
        body: dict[str, Any] = {"data": result.data}
        if result.errors:
            body["errors"] = [_error_json(e, None) for e in result.errors]
            if result.data is None and all(not e.path for e in result.errors):
                # Variables that do not fit their input types: refused before execution.
                return 400, {"errors": [_error_json(e, "BAD_USER_INPUT") for e in result.errors]}
        return 200, body


def _error_json(error: GraphQLError, code: str | None) -> dict[str, Any]:
    formatted: dict[str, Any] = dict(error.formatted)
    extensions = dict(formatted.get("extensions") or {})
    if code and "code" not in extensions:
        extensions["code"] = code
    if "code" not in extensions:
        extensions["code"] = "INTERNAL_SERVER_ERROR"
    formatted["extensions"] = extensions
    return formatted


def default_resolver(source: Any, info: GraphQLResolveInfo, **_args: Any) -> Any:
    """The parent's value if it has the field, else a value built from the field's type."""
    if isinstance(source, Mapping) and info.field_name in source:
        return source[info.field_name]
    if source is not None and hasattr(source, info.field_name):
        return getattr(source, info.field_name)
    return synthesize(info.return_type)


def parent_resolver(source: Any, info: GraphQLResolveInfo, **_args: Any) -> Any:
    """The parent's value of the field, or null."""
    if isinstance(source, Mapping):
        return source.get(info.field_name)
    return getattr(source, info.field_name, None)


def synthesize(gql_type: Any) -> Any:
    nullable = not isinstance(gql_type, GraphQLNonNull)
    inner = gql_type.of_type if not nullable else gql_type
    if isinstance(inner, GraphQLList):
        return [synthesize(inner.of_type)]
    if isinstance(inner, GraphQLObjectType):
        return {}
    if isinstance(inner, GraphQLEnumType):
        return next(iter(inner.values))
    if isinstance(inner, GraphQLScalarType):
        return _SCALAR_DEFAULTS.get(inner.name)
    return None


def parse_body(raw: bytes) -> Any:
    try:
        return parse_json(raw)
    except BodyError as exc:
        raise GraphQLRequestError(exc.message) from None


class GraphQLHttpError(Exception):
    """Refused before execution: becomes an HTTP error in the GraphQL mock's shape."""

    def __init__(self, status: int, message: str, code: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.headers = status, message, code, dict(headers or {})


class GraphQLMock:
    """A GraphQL endpoint over an SDL, with its own auth, quota, faults and error shapes.

    Faults are routed by the root field a request selects (``podFindAndDeployOnDemand``),
    or ``"graphql"`` when none can be read. Subclasses give the provider's resolvers and may
    override :meth:`authenticate` and :meth:`error_body`.
    """

    path: ClassVar[str] = "/graphql"
    max_body_bytes: ClassVar[int] = MAX_BODY_BYTES

    def __init__(
        self,
        sdl: str,
        resolvers: Mapping[str, Mapping[str, Resolver]],
        *,
        clock: RealClock,
        faults: FaultPlan,
        api_keys: Iterable[str] | None = None,
        fill_missing: bool = False,
    ) -> None:
        self.server = SdlServer(sdl, resolvers, fill_missing=fill_missing)
        self.clock = clock
        self.faults = faults
        self.api_keys = set(api_keys) if api_keys is not None else None
        self.quota: Quota | None = None
        self.requests = 0
        self.served: Counter[str] = Counter()  # successful answers per root field
        self._lock = threading.Lock()

    # --- provider shapes ---------------------------------------------------------------

    def error_body(self, status: int, message: str, code: str) -> Any:
        return {"errors": [{"message": message, "extensions": {"code": code}}]}

    def authenticate(self, headers: Mapping[str, str]) -> str:
        """The caller's API key; raises :class:`GraphQLHttpError` (401) when it is missing or unknown."""
        scheme, _, token = headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise GraphQLHttpError(401, "Unauthorized: send 'Authorization: Bearer <API key>'", "UNAUTHENTICATED")
        if self.api_keys is not None and token not in self.api_keys:
            raise GraphQLHttpError(401, "Unauthorized: the API key is not valid", "UNAUTHENTICATED")
        return token

    def error(self, status: int, message: str, code: str, headers: Mapping[str, str] | None = None) -> MockResponse:
        return json_response(status, self.error_body(status, message, code), headers=headers)

    # --- the pipeline ------------------------------------------------------------------

    def handle(self, request: MockRequest) -> MockResponse:
        with self._lock:
            self.requests += 1
        if request.size > self.max_body_bytes:
            response = self.error(413, f"the request body is larger than {self.max_body_bytes} bytes", "BAD_REQUEST")
            response.headers.append(("Connection", "close"))
            return response
        if request.method.upper() != "POST":
            response = self.error(
                405, f"{request.method.upper()} is not allowed: send GraphQL requests by POST", "METHOD_NOT_ALLOWED"
            )
            response.headers.append(("Allow", "POST"))
            return response
        try:
            payload = parse_body(request.body)
        except GraphQLRequestError as exc:
            return self.error(400, str(exc), "BAD_REQUEST")
        query = payload.get("query") if isinstance(payload, dict) else None
        name = payload.get("operationName") if isinstance(payload, dict) else None
        fields = (
            self.server.root_fields(query, name if isinstance(name, str) else None) if isinstance(query, str) else []
        )
        route = fields[0] if fields else "graphql"
        fault = self.faults.pick(route, after_accept=False)
        if fault is not None and fault.kind != "latency":
            return realise(fault, None, self._fault_error, route)
        try:
            token = self.authenticate(request.headers)
            quota_headers = self._take_quota(token)
            status, body = self.server.run(payload, context=self)
        except GraphQLHttpError as exc:
            response = self.error(exc.status, exc.message, exc.code, exc.headers)
        except GraphQLRequestError as exc:
            response = self.error(400, str(exc), "BAD_REQUEST")
        else:
            response = json_response(status, body, headers=quota_headers, operation=route)
            if status == 200 and "errors" not in body:
                with self._lock:
                    self.served[route] += 1
        if fault is not None:  # latency, applied before the work
            response.delay += fault.seconds
        late = self.faults.pick(route, after_accept=True)
        if late is not None and response.status == 200:
            return realise(late, response, self._fault_error, route)
        return response

    def _fault_error(self, status: int, message: str, headers: Mapping[str, str]) -> MockResponse:
        code = "RATE_LIMITED" if status == 429 else "INTERNAL_SERVER_ERROR"
        return self.error(status, message, code, headers)

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        self.quota = Quota(limit, window)
        return self.quota

    def _take_quota(self, token: str) -> dict[str, str]:
        if self.quota is None:
            return {}
        allowed, _remaining, reset = self.quota.take(token, self.clock.time())
        if not allowed:
            retry = str(max(1, int(reset + 0.999)))
            raise GraphQLHttpError(
                429,
                f"rate limit of {self.quota.limit} requests per {self.quota.name} exceeded",
                "RATE_LIMITED",
                {"Retry-After": retry},
            )
        return {}
