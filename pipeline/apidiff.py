"""What changed between two versions of an OpenAPI description, as a client sees it.

The diff runs on normalized documents (overlay applied, defects repaired) and compares
operations by method and path. Each difference is a ``Change`` classified *breaking* when
code written against the old version can fail against the new one:

============================  =================================================================
kind                          breaking when
============================  =================================================================
operation-added               never
operation-removed             always
operation-renamed             always (the old method + path is gone; same operationId or the
                              same path with renamed parameters)
operation-id-changed          never (generated names come from method + path, not operationId)
parameter-added               the parameter is required
parameter-removed             always (the generated function loses the argument)
parameter-changed             it became required, its type narrowed, or an enum value went away
request-body-changed          a body became required, or its media type changed
field-added                   a request field that is required (response fields: never)
field-removed                 always (responses: callers read it; requests: the generated model
                              loses the argument)
required-changed              a request field became required, or a response field optional
type-changed                  a request type narrowed, a response type widened, or a format
                              that the generated code parses (date-time, date, uuid, binary) changed
enum-added                    never (generated enums are open: new values read as plain strings)
enum-removed                  in a request (values old callers send are refused)
status-added                  never
status-removed                a success status (the generated client raises on it)
error-shape-changed           a field of an error body is removed (error messages are read from it)
============================  =================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from .naming import HTTP_METHODS
from .normalize import Normalized, _deref, iter_operations

#: Formats that change the generated Python type of a field (str -> datetime, UUID, File...).
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
ANY = frozenset({"any"})
_MAX_DEPTH = 8


@dataclass(frozen=True)
class Change:
    """One difference between two versions of an API."""

    kind: str
    where: str
    detail: str
    breaking: bool
    why: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class FieldInfo:
    """What a client needs to know about one field or parameter."""

    required: bool
    types: frozenset[str]
    enum: frozenset[str]
    format: str = ""


@dataclass
class _Shape:
    """A schema with its composition (allOf/oneOf/anyOf) merged."""

    types: set[str] = field(default_factory=set)
    enum: set[str] = field(default_factory=set)
    formats: set[str] = field(default_factory=set)
    properties: dict[str, list[Any]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: list[Any] = field(default_factory=list)
    open_type: bool = False


# --- schemas ------------------------------------------------------------------------------


def _shape(spec: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> _Shape:
    shape = _Shape()
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        if schema["$ref"] in seen:
            shape.open_type = True
            return shape
        seen = seen | {schema["$ref"]}
    node = _deref(spec, schema)
    declared = node.get("type")
    if isinstance(declared, list):
        shape.types.update(str(t) for t in declared)
    elif isinstance(declared, str):
        shape.types.add(declared)
    if node.get("nullable") is True:
        shape.types.add("null")
    if "enum" in node and isinstance(node["enum"], list):
        shape.enum.update("null" if v is None else str(v) for v in node["enum"])
    if "const" in node:
        shape.enum.add(str(node["const"]))
    if isinstance(node.get("format"), str):
        shape.formats.add(node["format"])
    for name, sub in (node.get("properties") or {}).items():
        shape.properties.setdefault(name, []).append(sub)
    shape.required.update(r for r in node.get("required") or [] if isinstance(r, str))
    if "items" in node:
        shape.items.append(node["items"])
    for part in node.get("allOf") or []:
        _merge(shape, _shape(spec, part, seen), all_of=True)
    variants = [*(node.get("oneOf") or []), *(node.get("anyOf") or [])]
    for variant in variants:
        # A field required in one variant is required whenever that variant is sent.
        _merge(shape, _shape(spec, variant, seen), all_of=False)
    if not shape.types:
        if shape.properties:
            shape.types.add("object")
        elif shape.items:
            shape.types.add("array")
        elif not shape.enum and not variants:
            shape.open_type = True
    return shape


def _merge(into: _Shape, part: _Shape, *, all_of: bool) -> None:
    if all_of and into.types and part.types:
        into.types &= part.types | ({"integer"} if "number" in part.types else set())
    else:
        into.types |= part.types
    into.enum |= part.enum
    into.formats |= part.formats
    for name, subs in part.properties.items():
        into.properties.setdefault(name, []).extend(subs)
    into.required |= part.required
    into.items.extend(part.items)
    into.open_type = into.open_type or (part.open_type and not all_of)


def _info(spec: dict[str, Any], schemas: list[Any], required: bool) -> tuple[FieldInfo, list[_Shape]]:
    shapes = [_shape(spec, s) for s in schemas]
    types: set[str] = set()
    enum: set[str] = set()
    formats: set[str] = set()
    for s in shapes:
        types |= ANY if s.open_type and not s.types else s.types
        enum |= s.enum
        formats |= s.formats
    return FieldInfo(required, frozenset(types or ANY), frozenset(enum), ",".join(sorted(formats))), shapes


def flatten(spec: dict[str, Any], schema: Any) -> dict[str, FieldInfo]:
    """Every field of ``schema`` by dotted path (``gpu.count``, ``env[].key``); the root is ``""``."""
    out: dict[str, FieldInfo] = {}
    if schema is None:
        return out
    root, shapes = _info(spec, [schema], True)
    out[""] = root
    _descend(spec, shapes, "", out, 0)
    return out


def _descend(spec: dict[str, Any], shapes: list[_Shape], prefix: str, out: dict[str, FieldInfo], depth: int) -> None:
    if depth >= _MAX_DEPTH:
        return
    properties: dict[str, list[Any]] = {}
    required: set[str] = set()
    items: list[Any] = []
    for s in shapes:
        for name, subs in s.properties.items():
            properties.setdefault(name, []).extend(subs)
        required |= s.required
        items.extend(s.items)
    for name, subs in properties.items():
        path = f"{prefix}.{name}" if prefix else name
        info, sub_shapes = _info(spec, subs, name in required)
        out[path] = info
        _descend(spec, sub_shapes, path, out, depth + 1)
    if items:
        path = f"{prefix}[]"
        info, sub_shapes = _info(spec, items, True)
        out[path] = info
        _descend(spec, sub_shapes, path, out, depth + 1)


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of type set ``narrow`` is also a value of ``wide``."""
    if "any" in wide:
        return True
    if "any" in narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


# --- operations --------------------------------------------------------------------------


def _label(method: str, path: str) -> str:
    return f"{method.upper()} {path}"


def _parameters(spec: dict[str, Any], path: str, method: str) -> dict[str, FieldInfo]:
    item = spec["paths"][path]
    found: dict[str, FieldInfo] = {}
    for raw in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        p = _deref(spec, raw)
        schema = p.get("schema")
        if schema is None and isinstance(p.get("content"), dict):
            first: dict[str, Any] = next(iter(p["content"].values()), {})
            schema = first.get("schema")
        info, _ = _info(spec, [schema or {}], bool(p.get("required")) or p.get("in") == "path")
        found[f"{p.get('in')} parameter {p.get('name')}"] = info
    return found


def _media(spec: dict[str, Any], holder: Any) -> tuple[str | None, Any]:
    content = _deref(spec, holder).get("content") or {}
    if not content:
        return None, None
    media_type = "application/json" if "application/json" in content else next(iter(content))
    return media_type, (content[media_type] or {}).get("schema")


def _upstream_ids(raw: dict[str, Any] | None) -> dict[tuple[str, str], str]:
    if not raw:
        return {}
    return {
        (m, p): str(op["operationId"]) for m, p, op in iter_operations(raw) if isinstance(op.get("operationId"), str)
    }


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def diff_documents(
    old: Normalized,
    new: Normalized,
    *,
    old_raw: dict[str, Any] | None = None,
    new_raw: dict[str, Any] | None = None,
) -> list[Change]:
    """Every client-visible change from ``old`` to ``new``.

    ``old_raw``/``new_raw`` are the documents as published (before normalization replaced the
    operationIds); with them, renamed operations and changed operationIds are recognised.
    """
    changes: list[Change] = []
    old_ops = {(o.method, o.path) for o in old.operations}
    new_ops = {(o.method, o.path) for o in new.operations}
    old_ids, new_ids = _upstream_ids(old_raw), _upstream_ids(new_raw)
    removed, added = sorted(old_ops - new_ops), sorted(new_ops - old_ops)
    pairs: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for gone in list(removed):
        match = next(
            (
                a
                for a in added
                if a[0] == gone[0]
                and (
                    _template(a[1]) == _template(gone[1]) or (old_ids.get(gone) and old_ids.get(gone) == new_ids.get(a))
                )
            ),
            None,
        )
        if match:
            pairs.append((gone, match))
            removed.remove(gone)
            added.remove(match)
    for key in added:
        changes.append(Change("operation-added", _label(*key), "new operation", False))
    for key in removed:
        changes.append(Change("operation-removed", _label(*key), "operation removed", True, "calls to it fail"))
    for gone, match in pairs:
        changes.append(
            Change(
                "operation-renamed",
                _label(*gone),
                f"now {_label(*match)}",
                True,
                "the old method and path are gone; the generated function moves",
            )
        )
    for key in sorted(old_ops & new_ops):
        if key in old_ids and key in new_ids and old_ids[key] != new_ids[key]:
            changes.append(
                Change(
                    "operation-id-changed",
                    _label(*key),
                    f"operationId {old_ids[key]} -> {new_ids[key]}",
                    False,
                    "generated names come from method and path",
                )
            )
    for a, b in [*((k, k) for k in sorted(old_ops & new_ops)), *pairs]:
        changes.extend(_diff_operation(old.spec, new.spec, a, b))
    return changes


def _diff_operation(
    old: dict[str, Any], new: dict[str, Any], a: tuple[str, str], b: tuple[str, str]
) -> Iterator[Change]:
    where = _label(*a)
    yield from _diff_parameters(where, _parameters(old, a[1], a[0]), _parameters(new, b[1], b[0]))
    old_op, new_op = old["paths"][a[1]][a[0]], new["paths"][b[1]][b[0]]
    yield from _diff_request_body(where, old, new, old_op.get("requestBody"), new_op.get("requestBody"))
    old_responses = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
    new_responses = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
    for code in sorted(new_responses.keys() - old_responses.keys()):
        yield Change("status-added", where, f"status {code} documented", False)
    for code in sorted(old_responses.keys() - new_responses.keys()):
        success = code.startswith("2")
        why = "the generated client raises on a status its spec does not list" if success else ""
        yield Change("status-removed", where, f"status {code} no longer documented", success, why)
    for code in sorted(old_responses.keys() & new_responses.keys()):
        old_type, old_schema = _media(old, old_responses[code])
        new_type, new_schema = _media(new, new_responses[code])
        label = f"{where} response {code}"
        if old_type != new_type:
            yield _media_change(label, old_type, new_type, success=code.startswith("2"))
            continue
        fields = _diff_fields(label, flatten(old, old_schema), flatten(new, new_schema), request=False)
        if code.startswith("2"):
            yield from fields
        else:
            for c in fields:
                yield Change("error-shape-changed", c.where, c.detail, c.kind == "field-removed",
                             "error messages are read from it" if c.kind == "field-removed" else "")  # fmt: skip


def _media_change(label: str, old_type: str | None, new_type: str | None, *, success: bool) -> Change:
    kind = "type-changed" if success else "error-shape-changed"
    if new_type is None:
        return Change(kind, label, f"body ({old_type}) no longer documented", success,
                      "the generated client no longer parses it" if success else "")  # fmt: skip
    if old_type is None:
        return Change(kind, label, f"body ({new_type}) now documented", False)
    return Change(kind, label, f"media type {old_type} -> {new_type}", success,
                  "the generated client parses the old media type" if success else "")  # fmt: skip


def _diff_parameters(where: str, old: dict[str, FieldInfo], new: dict[str, FieldInfo]) -> Iterator[Change]:
    for name in sorted(new.keys() - old.keys()):
        required = new[name].required
        yield Change("parameter-added", where, f"{name} added" + (" (required)" if required else " (optional)"),
                     required, "old calls do not pass it" if required else "")  # fmt: skip
    for name in sorted(old.keys() - new.keys()):
        yield Change("parameter-removed", where, f"{name} removed", True, "the generated function loses the argument")
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        if b.required and not a.required:
            yield Change("parameter-changed", where, f"{name} became required", True, "old calls do not pass it")
        elif a.required and not b.required:
            yield Change("parameter-changed", where, f"{name} became optional", False)
        yield from _diff_value("parameter-changed", where, name, a, b, request=True)


def _diff_request_body(where: str, old: dict[str, Any], new: dict[str, Any], a: Any, b: Any) -> Iterator[Change]:
    label = f"{where} request"
    a_body, b_body = _deref(old, a) if a else {}, _deref(new, b) if b else {}
    if not a_body and not b_body:
        return
    if not b_body:
        yield Change("request-body-changed", label, "body removed", True, "the generated function loses the body")
        return
    if not a_body:
        required = bool(b_body.get("required"))
        yield Change("request-body-changed", label, "body added" + (" (required)" if required else ""), required,
                     "old calls send none" if required else "")  # fmt: skip
        return
    if b_body.get("required") and not a_body.get("required"):
        yield Change("request-body-changed", label, "body became required", True, "old calls may send none")
    old_type, old_schema = _media(old, a_body)
    new_type, new_schema = _media(new, b_body)
    if old_type != new_type:
        yield Change("request-body-changed", label, f"media type {old_type} -> {new_type}", True,
                     "the generated client sends the old media type")  # fmt: skip
        return
    yield from _diff_fields(label, flatten(old, old_schema), flatten(new, new_schema), request=True)


def _diff_fields(
    label: str, old: dict[str, FieldInfo], new: dict[str, FieldInfo], *, request: bool
) -> Iterator[Change]:
    side = "request" if request else "response"
    for name in sorted(new.keys() - old.keys()):
        info = new[name]
        if request and info.required and _parent(name) in old:
            yield Change("field-added", label, f"field {name} added (required)", True, "old callers do not send it")
        else:
            yield Change("field-added", label, f"field {name} added" + (" (required)" if info.required else ""), False)
    for name in sorted(old.keys() - new.keys()):
        if _parent(name) not in old.keys() - new.keys():  # report a removed object once, not each of its fields
            why = "the generated model loses the argument" if request else "callers that read it break"
            yield Change("field-removed", label, f"field {name} removed", True, why)
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        shown = name or "body"
        if name:
            if b.required and not a.required:
                yield Change("required-changed", label, f"{side} field {name} became required", request,
                             "old callers do not send it" if request else "")  # fmt: skip
            elif a.required and not b.required:
                yield Change("required-changed", label, f"{side} field {name} became optional", not request,
                             "" if request else "it may be missing (UNSET) in answers")  # fmt: skip
        yield from _diff_value("type-changed", label, shown, a, b, request=request)


def _parent(name: str) -> str:
    if name.endswith("[]"):
        return name[:-2]
    return name.rsplit(".", 1)[0] if "." in name else ""


def _diff_value(kind: str, where: str, name: str, a: FieldInfo, b: FieldInfo, *, request: bool) -> Iterator[Change]:
    if a.types != b.types:
        shown = f"{name} type {_types(a.types)} -> {_types(b.types)}"
        if request:
            narrowed = not covers(b.types, a.types)
            yield Change(kind, where, shown, narrowed, "values old callers send are refused" if narrowed else "")
        else:
            widened = not covers(a.types, b.types)
            yield Change(kind, where, shown, widened, "answers can carry values the old model does not expect"
                         if widened else "")  # fmt: skip
    if a.format != b.format:
        typed = bool(({*a.format.split(",")} ^ {*b.format.split(",")}) & TYPED_FORMATS)
        yield Change(kind, where, f"{name} format {a.format or '-'} -> {b.format or '-'}", typed,
                     "the generated Python type changes" if typed else "")  # fmt: skip
    if a.enum and b.enum:
        gone, new = sorted(a.enum - b.enum), sorted(b.enum - a.enum)
        if new:
            yield Change("enum-added", where, f"{name} gained {', '.join(new)}", False,
                         "" if request else "old clients read them as plain strings")  # fmt: skip
        if gone:
            yield Change("enum-removed", where, f"{name} lost {', '.join(gone)}", request,
                         "values old callers send are refused" if request else "")  # fmt: skip
    elif a.enum and not b.enum and request is False:
        yield Change("enum-removed", where, f"{name} is no longer an enum", False)
    elif b.enum and not a.enum:
        yield Change("enum-added", where, f"{name} is now limited to {', '.join(sorted(b.enum))}", request,
                     "values old callers send may be refused" if request else "")  # fmt: skip


def _types(types: frozenset[str]) -> str:
    return "|".join(sorted(types))


def operations_using(spec: dict[str, Any], location: tuple[str | int, ...]) -> list[str]:
    """The operations a place in a document belongs to or is used by (``GET /v2/pods``...)."""
    if len(location) >= 2 and location[0] == "paths":
        item = spec.get("paths", {}).get(location[1], {})
        if len(location) >= 3 and location[2] in HTTP_METHODS:
            return [_label(str(location[2]), str(location[1]))]
        return [_label(m, str(location[1])) for m in item if m in HTTP_METHODS]
    if len(location) >= 3 and location[0] == "components":
        ref = f"#/components/{location[1]}/{location[2]}"
        return [_label(m, p) for m, p, op in iter_operations(spec) if ref in _refs_closure(spec, op)]
    return []


def _refs_closure(spec: dict[str, Any], node: Any) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref not in found:
                found.add(ref)
                parts = ref[2:].split("/")
                target: Any = spec
                for part in parts:
                    target = (
                        target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
                    )
                stack.append(target)
            stack.extend(v for k, v in current.items() if k != "$ref")
        elif isinstance(current, list):
            stack.extend(current)
    return found
