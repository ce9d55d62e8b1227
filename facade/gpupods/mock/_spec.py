"""The routes, parameters, bodies and responses of one OpenAPI spec, ready for the mock."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ._schema import SchemaSet

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema_key: str
    kind: str  # the JSON type the wire text is coerced to
    item_kind: str | None  # for arrays
    explode: bool = True  # False: one comma-separated value (clients may still repeat the key)


@dataclass(frozen=True)
class Body:
    required: bool
    media_types: tuple[str, ...]
    schema_key: str | None


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "4XX", "default"
    media_type: str | None
    schema_key: str | None
    headers: tuple[str, ...]


@dataclass
class Operation:
    name: str
    method: str
    path: str
    pattern: PathPattern
    params: list[Param]
    body: Body | None
    responses: dict[str, ResponseSpec]
    secured: bool
    group: str
    deprecated: bool = False
    static_segments: int = field(default=0)

    def response_for(self, status: int) -> ResponseSpec | None:
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )


class Spec:
    """A normalized spec (as shipped in ``gpupods_clients.<api>/openapi.json``)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.openapi_30 = str(document.get("openapi", "")).startswith("3.0")
        self.operations: dict[str, Operation] = {}
        extra: dict[str, Any] = {}
        global_security = document.get("security") or []
        for path, item in document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method, op in item.items():
                if method not in HTTP_METHODS or not isinstance(op, dict):
                    continue
                self.operations[op["operationId"]] = self._operation(path, method, op, shared, global_security, extra)
        self.schemas = SchemaSet(document.get("components", {}).get("schemas", {}), extra, self.openapi_30)
        # Static paths first, then by number of fixed segments, so /pods/status beats /pods/{id}.
        self.routes = sorted(self.operations.values(), key=lambda o: (-o.static_segments, o.path))
        self.paths = {o.path for o in self.routes}

    @classmethod
    def load(cls, api: str) -> Spec:
        text = resources.files(f"gpupods_clients.{api}").joinpath("openapi.json").read_text("utf-8")
        return cls(json.loads(text))

    def deref(self, node: Any) -> Any:
        while (
            isinstance(node, dict)
            and isinstance(node.get("$ref"), str)
            and not node["$ref"].startswith("#/components/schemas/")
        ):
            target: Any = self.document
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        shared: list[Any],
        global_security: list[Any],
        extra: dict[str, Any],
    ) -> Operation:
        name = op["operationId"]
        params: dict[tuple[str, str], Param] = {}
        for raw in [*shared, *op.get("parameters", [])]:
            param = self.deref(raw)
            key = f"op:{name}:param:{param['in']}:{param['name']}"
            schema = param.get("schema", {})
            extra[key] = schema
            kind, item_kind = _kinds(self, schema)
            params[(param["in"], param["name"])] = Param(
                name=param["name"],
                location=param["in"],
                required=bool(param.get("required")) or param["in"] == "path",
                schema_key=key,
                kind=kind,
                item_kind=item_kind,
                explode=param.get("explode", param.get("style", "form") == "form"),
            )
        body = None
        if "requestBody" in op:
            request = self.deref(op["requestBody"])
            content = request.get("content", {})
            schema_key = None
            json_media = next((m for m in content if _is_json(m)), None)
            if json_media and "schema" in content[json_media]:
                schema_key = f"op:{name}:body"
                extra[schema_key] = content[json_media]["schema"]
            body = Body(bool(request.get("required")), tuple(content), schema_key)
        responses = {}
        for status, raw in (op.get("responses") or {}).items():
            response = self.deref(raw)
            content = response.get("content") or {}
            media = next(iter(content), None)
            schema_key = None
            if media and "schema" in content[media]:
                schema_key = f"op:{name}:response:{status}"
                extra[schema_key] = content[media]["schema"]
            headers = tuple((response.get("headers") or {}).keys())
            responses[str(status)] = ResponseSpec(str(status), media, schema_key, headers)
        security = op.get("security", global_security)
        secured = any(requirement for requirement in security)
        pattern = PathPattern(path)
        return Operation(
            name=name,
            method=method.upper(),
            path=path,
            pattern=pattern,
            params=list(params.values()),
            body=body,
            responses=responses,
            secured=secured,
            group=(op.get("tags") or ["default"])[0],
            deprecated=bool(op.get("deprecated")),
            static_segments=sum(1 for _, is_param in pattern.parts if not is_param),
        )


class PathPattern:
    """An OpenAPI path template (``/pods/{id}``) matched segment by segment: fixed segments
    exactly, a ``{name}`` any non-empty segment; a trailing slash must be there or not, as in
    the template."""

    __slots__ = ("parts", "slash")

    def __init__(self, template: str) -> None:
        segments = [s for s in template.split("/") if s]
        self.parts = tuple((s[1:-1], True) if s.startswith("{") and s.endswith("}") else (s, False) for s in segments)
        self.slash = template.endswith("/") and bool(segments)

    def match(self, path: str) -> dict[str, str] | None:
        """The path parameters by name when ``path`` fits the template, else None."""
        if not self.parts:
            return {} if path in ("", "/") else None
        if not path.startswith("/") or path.endswith("/") != self.slash:
            return None
        segments = (path[1:-1] if self.slash else path[1:]).split("/")
        if len(segments) != len(self.parts):
            return None
        found = {}
        for segment, (text, is_param) in zip(segments, self.parts, strict=True):
            if is_param:
                if not segment:
                    return None
                found[text] = segment
            elif segment != text:
                return None
        return found


def path_params(op: Operation, match: Mapping[str, str]) -> dict[str, str]:
    return {p.name: match[p.name] for p in op.params if p.location == "path"}


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _kinds(spec: Spec, schema: Any) -> tuple[str, str | None]:
    schema = _first_typed(spec, schema)
    kind = _type_of(schema)
    item_kind = _type_of(_first_typed(spec, schema.get("items", {}))) if kind == "array" else None
    return kind, item_kind


def _first_typed(spec: Spec, schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict):
        if isinstance(schema.get("$ref"), str):
            schema = spec.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            continue
        for key in ("anyOf", "oneOf", "allOf"):
            if key in schema:
                branches = [b for b in schema[key] if _type_of(_first_typed(spec, b)) != "null"]
                schema = branches[0] if branches else {}
                break
        else:
            return schema
    return {}


def _type_of(schema: dict[str, Any]) -> str:
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), "null")
    if declared:
        return str(declared)
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        if values and all(isinstance(v, bool) for v in values):
            return "boolean"
        if values and all(isinstance(v, int) for v in values):
            return "integer"
    return "string"
