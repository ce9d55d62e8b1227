"""What changed between two versions of an OpenAPI description, as a client sees it.

The diff runs on normalized documents (overlay applied, defects repaired) and compares
operations by method and path. Each difference is a ``Change`` classified *breaking* when
code written against the old version can fail against the new one. The verdict follows the
direction of the data: what callers send (parameters, request bodies) breaks when it
narrows, what they read (responses, response headers) breaks when it widens.

This table is the one reference of the kinds of change, for the document (this module) and
for the generated Python package (``pipeline.pyapi``); ``tests/pipeline`` has a fixture case
for every row.

==================== ====================================================================
kind                 breaking when
==================== ====================================================================
*the document*
operation-added      never
operation-removed    always
operation-renamed    always (the old method + path is gone; same operationId or the same
                     path with renamed parameters)
operation-id-changed never (generated names come from method + path, not operationId)
parameter-added      the parameter is required
parameter-removed    always (the generated function loses the argument)
parameter-changed    it became required, its type narrowed, or an enum value went away
request-body-changed a body became required, or its media type changed
field-added          a request field that is required, or required in a variant old
                     callers may send (response fields: never)
field-removed        always (responses: callers read it; requests: the generated model
                     loses the argument)
required-changed     a request field became required (also: in a variant old callers may
                     send), or a response field became optional (also: in a variant)
type-changed         a request type narrowed, a response type widened, or a format that
                     the generated code parses (date-time, date, uuid, binary) changed
constraint-changed   a request value's bounds, length, pattern or multiple tightened
                     (responses: never; the generated code does not check them)
rule-added           a request gained an if/then/else, dependentRequired or not rule
rule-removed         a response lost one (answers no longer guarantee it)
variant-added        a response oneOf/anyOf gained a variant (answers the old model
                     does not parse)
variant-removed      a request oneOf/anyOf lost a variant (what old callers send)
enum-added           never (generated enums are open: new values read as plain strings)
enum-removed         in a request (values old callers send are refused)
status-added         never
status-removed       a success status, or the status whose body was the operation's
                     last (the generated sync() and asyncio() disappear)
error-shape-changed  a field of an error body is removed, or the operation's last
                     documented body goes (sync() and asyncio() disappear)
header-added         never
header-removed       always (callers read it: the facade paces on RateLimit headers)
header-changed       it became optional or its type widened
*the Python API*
module-added         never
module-removed       always (imports of it fail)
function-added       never
function-removed     always (calls to it fail)
argument-added       the argument is required
argument-removed     always
argument-changed     it became required or its type narrowed (arguments are sent)
return-changed       the return type of sync()/asyncio() widened (callers read it)
model-added          never
model-removed        always (imports of it fail)
attribute-added      a required attribute of a model that requests use
attribute-removed    always
attribute-changed    by direction: a request model's attribute narrowed or became
                     required, a response model's widened or became optional (UNSET);
                     a model used both ways: any change
literal-added        never (in responses old code reads new values as plain strings)
literal-removed      a value of a Literal that requests use
==================== ====================================================================
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from .naming import HTTP_METHODS
from .normalize import Normalized, _deref, iter_operations
from .snapshot import strip_schema

#: Formats that change the generated Python type of a field (str -> datetime, UUID, File...).
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
ANY = frozenset({"any"})
_MAX_DEPTH = 8  # levels of fields compared below a body
_MAX_REFS = 64  # $refs followed through one schema
#: Constraint keywords, and whether a larger value is tighter (True), looser (False) or neither (None).
CONSTRAINTS: dict[str, bool | None] = {
    "minimum": True,
    "exclusiveMinimum": True,
    "minLength": True,
    "minItems": True,
    "minProperties": True,
    "maximum": False,
    "exclusiveMaximum": False,
    "maxLength": False,
    "maxItems": False,
    "maxProperties": False,
    "pattern": None,
    "multipleOf": None,
    "uniqueItems": None,
}


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
    """What a client needs to know about one field, parameter or header."""

    required: bool
    types: frozenset[str]
    enum: frozenset[str]
    format: str = ""
    #: the oneOf/anyOf variants in which it is required (when it is not required in all)
    variant_required: frozenset[str] = frozenset()
    constraints: tuple[tuple[str, Any], ...] = ()
    #: if/then/else, dependentRequired and not rules of the object it is, in canonical JSON
    rules: frozenset[str] = frozenset()
    #: the oneOf/anyOf variants it can take (two or more that are not null)
    variants: frozenset[str] = frozenset()


@dataclass
class _Shape:
    """A schema with its composition (allOf/oneOf/anyOf) merged."""

    types: set[str] = field(default_factory=set)
    enum: set[str] = field(default_factory=set)
    formats: set[str] = field(default_factory=set)
    properties: dict[str, list[Any]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    variant_required: dict[str, set[str]] = field(default_factory=dict)
    items: list[Any] = field(default_factory=list)
    constraints: dict[str, Any] = field(default_factory=dict)
    rules: set[str] = field(default_factory=set)
    variants: set[str] = field(default_factory=set)
    open_type: bool = False


# --- schemas ------------------------------------------------------------------------------


def _shape(spec: dict[str, Any], schema: Any, seen: tuple[str, ...] = ()) -> _Shape:
    shape = _Shape()
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        if schema["$ref"] in seen or len(seen) >= _MAX_REFS:
            shape.open_type = True
            return shape
        seen = (*seen, schema["$ref"])
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
    shape.constraints.update((k, node[k]) for k in CONSTRAINTS if k in node and not _no_effect(k, node[k]))
    shape.rules.update(_rules(node))
    for part in node.get("allOf") or []:
        _merge(shape, _shape(spec, part, seen), all_of=True)
    variants = [*(node.get("oneOf") or []), *(node.get("anyOf") or [])]
    if variants:
        _merge_variants(spec, shape, node, variants, seen)
    if not shape.types:
        if shape.properties:
            shape.types.add("object")
        elif shape.items:
            shape.types.add("array")
        elif not shape.enum and not variants:
            shape.open_type = True
    return shape


def _no_effect(key: str, value: Any) -> bool:
    """``minLength: 0``, ``uniqueItems: false``...: a constraint that constrains nothing."""
    return value is False or (key in ("minLength", "minItems", "minProperties") and value == 0)


def _merge(into: _Shape, part: _Shape, *, all_of: bool) -> None:
    if all_of and into.types and part.types:
        into.types &= part.types | ({"integer"} if "number" in part.types else set())
    else:
        into.types |= part.types
    into.enum |= part.enum
    into.formats |= part.formats
    for name, subs in part.properties.items():
        into.properties.setdefault(name, []).extend(subs)
    for name, labels in part.variant_required.items():
        into.variant_required.setdefault(name, set()).update(labels)
    into.items.extend(part.items)
    into.variants |= part.variants
    if all_of:
        into.required |= part.required
        into.constraints.update(part.constraints)
        into.rules |= part.rules
    into.open_type = into.open_type or (part.open_type and not all_of)


def _merge_variants(
    spec: dict[str, Any], shape: _Shape, node: dict[str, Any], variants: list[Any], seen: tuple[str, ...]
) -> None:
    """oneOf/anyOf: a field required in every variant is required; one required in some is
    required *in those variants* (a caller sending another variant need not send it)."""
    parts = [_shape(spec, v, seen) for v in variants]
    labels = [_variant_label(spec, node, v, i) for i, v in enumerate(variants)]
    for part in parts:
        _merge(shape, part, all_of=False)
    always = set.intersection(*(p.required for p in parts))
    shape.required |= always
    for label, part in zip(labels, parts, strict=True):
        for name in part.required - always:
            shape.variant_required.setdefault(name, set()).add(label)
    real = [label for label, part in zip(labels, parts, strict=True) if part.types != {"null"}]
    if len(real) >= 2:
        shape.variants.update(real)


def _variant_label(spec: dict[str, Any], node: dict[str, Any], variant: Any, index: int) -> str:
    """A name for a variant that survives reordering: its schema name, else its discriminator value."""
    if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
        return str(variant["$ref"]).rsplit("/", 1)[-1]
    target = _deref(spec, variant)
    discriminator = node.get("discriminator") or {}
    prop = (target.get("properties") or {}).get(discriminator.get("propertyName", ""))
    if isinstance(prop, dict) and ("const" in prop or len(prop.get("enum") or []) == 1):
        return str(prop["const"] if "const" in prop else prop["enum"][0])
    if target.get("properties"):
        names = sorted(target.get("required") or target["properties"])
        return "{" + ",".join(names)[:40] + "}"
    declared = target.get("type")
    return str(declared) if isinstance(declared, str) else f"variant {index + 1}"


def _rules(node: dict[str, Any]) -> Iterator[str]:
    def text(value: Any) -> str:
        return json.dumps(strip_schema(value), sort_keys=True, separators=(",", ":"), default=str)

    if "if" in node:
        rule = f"if {text(node['if'])}"
        rule += f" then {text(node['then'])}" if "then" in node else ""
        yield rule + (f" else {text(node['else'])}" if "else" in node else "")
    for name, others in (node.get("dependentRequired") or {}).items():
        yield f"if {name} is sent, {', '.join(map(str, others))} must be"
    if "not" in node:
        yield f"not {text(node['not'])}"


def _info(
    spec: dict[str, Any], schemas: list[Any], required: bool, variant_required: frozenset[str] = frozenset()
) -> tuple[FieldInfo, list[_Shape]]:
    shapes = [_shape(spec, s) for s in schemas]
    types: set[str] = set()
    enum: set[str] = set()
    formats: set[str] = set()
    constraints: dict[str, Any] = {}
    rules: set[str] = set()
    variants: set[str] = set()
    for s in shapes:
        types |= ANY if s.open_type and not s.types else s.types
        enum |= s.enum
        formats |= s.formats
        constraints.update(s.constraints)
        rules |= s.rules
        variants |= s.variants
    info = FieldInfo(
        required,
        frozenset(types or ANY),
        frozenset(enum),
        ",".join(sorted(formats)),
        frozenset() if required else variant_required,
        tuple(sorted(constraints.items(), key=lambda kv: kv[0])),
        frozenset(rules),
        frozenset(variants),
    )
    return info, shapes


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
    variant_required: dict[str, set[str]] = {}
    items: list[Any] = []
    for s in shapes:
        for name, subs in s.properties.items():
            properties.setdefault(name, []).extend(subs)
        required |= s.required
        for name, labels in s.variant_required.items():
            variant_required.setdefault(name, set()).update(labels)
        items.extend(s.items)
    for name, subs in properties.items():
        path = f"{prefix}.{name}" if prefix else name
        info, sub_shapes = _info(spec, subs, name in required, frozenset(variant_required.get(name, ())))
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
        info, _ = _info(spec, [_schema_of(p) or {}], bool(p.get("required")) or p.get("in") == "path")
        found[f"{p.get('in')} parameter {p.get('name')}"] = info
    return found


def _headers(spec: dict[str, Any], response: Any) -> dict[str, FieldInfo]:
    found: dict[str, FieldInfo] = {}
    for name, raw in (_deref(spec, response).get("headers") or {}).items():
        header = _deref(spec, raw)
        info, _ = _info(spec, [_schema_of(header) or {}], bool(header.get("required")))
        found[name.lower()] = info
    return found


def _schema_of(holder: dict[str, Any]) -> Any:
    """The schema of a parameter or header (from ``content`` when it has no ``schema``)."""
    schema = holder.get("schema")
    if schema is None and isinstance(holder.get("content"), dict):
        first: dict[str, Any] = next(iter(holder["content"].values()), {})
        schema = first.get("schema")
    return schema


def _media(spec: dict[str, Any], holder: Any) -> tuple[str | None, Any]:
    content = _deref(spec, holder).get("content") or {}
    if not content:
        return None, None
    media_type = "application/json" if "application/json" in content else next(iter(content))
    return media_type, (content[media_type] or {}).get("schema")


def _parsed_bodies(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Statuses whose body the generated client parses into a type: without any, it has no sync()/asyncio()."""
    found = set()
    for code, response in (op.get("responses") or {}).items():
        _, schema = _media(spec, response)
        if schema is not None and _deref(spec, schema) != {}:
            found.add(str(code))
    return found


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


_NO_SYNC = "the operation documents no body any more: the generated sync() and asyncio() disappear"


def _diff_operation(old: dict[str, Any], new: dict[str, Any], a: tuple[str, str], b: tuple[str, str]) -> list[Change]:
    where = _label(*a)
    changes = list(_diff_parameters(where, _parameters(old, a[1], a[0]), _parameters(new, b[1], b[0])))
    old_op, new_op = old["paths"][a[1]][a[0]], new["paths"][b[1]][b[0]]
    changes += _diff_request_body(where, old, new, old_op.get("requestBody"), new_op.get("requestBody"))
    old_responses = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
    new_responses = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
    lost_bodies = _parsed_bodies(old, old_op) if not _parsed_bodies(new, new_op) else set()
    for code in sorted(new_responses.keys() - old_responses.keys()):
        changes.append(Change("status-added", where, f"status {code} documented", False))
    for code in sorted(old_responses.keys() - new_responses.keys()):
        success = code.startswith("2")
        why = "the generated client raises on a status its spec does not list" if success else ""
        breaking = success or code in lost_bodies
        changes.append(
            Change(
                "status-removed",
                where,
                f"status {code} no longer documented",
                breaking,
                why or (_NO_SYNC if breaking else ""),
            )
        )
    for code in sorted(old_responses.keys() & new_responses.keys()):
        changes += _diff_response(old, new, where, code, old_responses[code], new_responses[code], code in lost_bodies)
    return changes


def _diff_response(
    old: dict[str, Any], new: dict[str, Any], where: str, code: str, a: Any, b: Any, lost_body: bool
) -> Iterator[Change]:
    label = f"{where} response {code}"
    yield from _diff_headers(label, _headers(old, a), _headers(new, b))
    old_type, old_schema = _media(old, a)
    new_type, new_schema = _media(new, b)
    success = code.startswith("2")
    if old_type != new_type:
        yield _media_change(label, old_type, new_type, success=success, lost_body=lost_body)
        return
    fields = _diff_fields(label, flatten(old, old_schema), flatten(new, new_schema), request=False)
    if success:
        for c in fields:
            if lost_body and c.where == label and c.kind == "type-changed" and not c.breaking:
                c = Change(c.kind, c.where, c.detail, True, _NO_SYNC)
            yield c
        return
    for c in fields:
        removed = c.kind == "field-removed"
        lost = lost_body and c.detail.startswith("body type")
        yield Change(
            "error-shape-changed",
            c.where,
            c.detail,
            removed or lost,
            "error messages are read from it" if removed else (_NO_SYNC if lost else ""),
        )


def _media_change(label: str, old_type: str | None, new_type: str | None, *, success: bool, lost_body: bool) -> Change:
    kind = "type-changed" if success else "error-shape-changed"
    if new_type is None:
        why = "the generated client no longer parses it" if success else (_NO_SYNC if lost_body else "")
        return Change(kind, label, f"body ({old_type}) no longer documented", success or lost_body, why)
    if old_type is None:
        return Change(kind, label, f"body ({new_type}) now documented", False)
    return Change(
        kind,
        label,
        f"media type {old_type} -> {new_type}",
        success,
        "the generated client parses the old media type" if success else "",
    )


def _diff_headers(label: str, old: dict[str, FieldInfo], new: dict[str, FieldInfo]) -> Iterator[Change]:
    for name in sorted(new.keys() - old.keys()):
        yield Change("header-added", label, f"header {name} documented", False)
    for name in sorted(old.keys() - new.keys()):
        yield Change(
            "header-removed",
            label,
            f"header {name} no longer documented",
            True,
            "callers that read it (the facade paces on RateLimit headers) break",
        )
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        if a.required and not b.required:
            yield Change("header-changed", label, f"header {name} became optional", True, "it may be missing")
        elif b.required and not a.required:
            yield Change("header-changed", label, f"header {name} became required", False)
        yield from _diff_value("header-changed", label, f"header {name}", a, b, request=False)


def _diff_parameters(where: str, old: dict[str, FieldInfo], new: dict[str, FieldInfo]) -> Iterator[Change]:
    for name in sorted(new.keys() - old.keys()):
        required = new[name].required
        yield Change(
            "parameter-added",
            where,
            f"{name} added" + (" (required)" if required else " (optional)"),
            required,
            "old calls do not pass it" if required else "",
        )
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
        yield Change(
            "request-body-changed",
            label,
            "body added" + (" (required)" if required else ""),
            required,
            "old calls send none" if required else "",
        )
        return
    if b_body.get("required") and not a_body.get("required"):
        yield Change("request-body-changed", label, "body became required", True, "old calls may send none")
    old_type, old_schema = _media(old, a_body)
    new_type, new_schema = _media(new, b_body)
    if old_type != new_type:
        yield Change(
            "request-body-changed",
            label,
            f"media type {old_type} -> {new_type}",
            True,
            "the generated client sends the old media type",
        )
        return
    yield from _diff_fields(label, flatten(old, old_schema), flatten(new, new_schema), request=True)


def _variant_note(info: FieldInfo) -> str:
    return f" (required in variant {', '.join(sorted(info.variant_required))})" if info.variant_required else ""


def _sent_by_old_callers(labels: frozenset[str], old_parent: FieldInfo | None) -> bool:
    """Whether old callers may send one of these variants: one existed, or the old object had no variants."""
    if old_parent is None:
        return False
    return not old_parent.variants or bool(labels & old_parent.variants)


def _diff_fields(
    label: str, old: dict[str, FieldInfo], new: dict[str, FieldInfo], *, request: bool
) -> Iterator[Change]:
    side = "request" if request else "response"
    for name in sorted(new.keys() - old.keys()):
        info, parent = new[name], old.get(_parent(name))
        note = " (required)" if info.required else _variant_note(info)
        breaking = (
            request
            and parent is not None
            and (info.required or (bool(info.variant_required) and _sent_by_old_callers(info.variant_required, parent)))
        )
        yield Change(
            "field-added",
            label,
            f"field {name} added{note}",
            breaking,
            "old callers do not send it" if breaking else "",
        )
    for name in sorted(old.keys() - new.keys()):
        if _parent(name) not in old.keys() - new.keys():  # report a removed object once, not each of its fields
            why = "the generated model loses the argument" if request else "callers that read it break"
            yield Change("field-removed", label, f"field {name} removed", True, why)
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        shown = name or "body"
        if name:
            yield from _diff_required(label, side, name, a, b, old.get(_parent(name)), request=request)
        yield from _diff_value("type-changed", label, shown, a, b, request=request)


def _diff_required(
    label: str, side: str, name: str, a: FieldInfo, b: FieldInfo, old_parent: FieldInfo | None, *, request: bool
) -> Iterator[Change]:
    if b.required and not a.required:
        yield Change(
            "required-changed",
            label,
            f"{side} field {name} became required",
            request,
            "old callers do not send it" if request else "",
        )
        return
    if a.required and not b.required:
        still = f" (still required in variant {', '.join(sorted(b.variant_required))})" if b.variant_required else ""
        yield Change(
            "required-changed",
            label,
            f"{side} field {name} became optional{still}",
            not request,
            "" if request else "it may be missing (UNSET) in answers",
        )
        return
    gained, lost = b.variant_required - a.variant_required, a.variant_required - b.variant_required
    if gained:
        breaking = request and _sent_by_old_callers(gained, old_parent)
        yield Change(
            "required-changed",
            label,
            f"{side} field {name} became required in variant {', '.join(sorted(gained))}",
            breaking,
            "old callers sending that variant do not send it" if breaking else "",
        )
    if lost:
        yield Change(
            "required-changed",
            label,
            f"{side} field {name} no longer required in variant {', '.join(sorted(lost))}",
            not request,
            "" if request else "it may be missing (UNSET) in answers",
        )


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
            yield Change(
                kind, where, shown, widened, "answers can carry values the old model does not expect" if widened else ""
            )
    if a.format != b.format:
        typed = bool(({*a.format.split(",")} ^ {*b.format.split(",")}) & TYPED_FORMATS)
        yield Change(
            kind,
            where,
            f"{name} format {a.format or '-'} -> {b.format or '-'}",
            typed,
            "the generated Python type changes" if typed else "",
        )
    if a.enum and b.enum:
        gone, new = sorted(a.enum - b.enum), sorted(b.enum - a.enum)
        if new:
            yield Change(
                "enum-added",
                where,
                f"{name} gained {', '.join(new)}",
                False,
                "" if request else "old clients read them as plain strings",
            )
        if gone:
            yield Change(
                "enum-removed",
                where,
                f"{name} lost {', '.join(gone)}",
                request,
                "values old callers send are refused" if request else "",
            )
    elif a.enum and not b.enum and request is False:
        yield Change("enum-removed", where, f"{name} is no longer an enum", False)
    elif b.enum and not a.enum:
        yield Change(
            "enum-added",
            where,
            f"{name} is now limited to {', '.join(sorted(b.enum))}",
            request,
            "values old callers send may be refused" if request else "",
        )
    yield from _diff_constraints(where, name, dict(a.constraints), dict(b.constraints), request=request)
    yield from _diff_rules(where, name, a.rules, b.rules, request=request)
    yield from _diff_variants(where, name, a.variants, b.variants, request=request)


def _diff_constraints(
    where: str, name: str, a: dict[str, Any], b: dict[str, Any], *, request: bool
) -> Iterator[Change]:
    for key in sorted(a.keys() | b.keys()):
        before, after = a.get(key), b.get(key)
        if before == after and type(before) is type(after):
            continue
        tighter = _tighter(key, before, after)
        breaking = request and tighter
        why = (
            "values old callers send may be refused"
            if breaking
            else ("" if request else "the generated models do not check it")
        )
        shown = f"{name} {key} {_shown(before)} -> {_shown(after)}"
        yield Change("constraint-changed", where, shown, breaking, why)


def _tighter(key: str, before: Any, after: Any) -> bool:
    if after is None or after is False:
        return False  # removed (or uniqueItems/exclusive flag turned off): looser
    if before is None or before is False:
        return True  # added
    larger_is_tighter = CONSTRAINTS[key]
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, after))
    if larger_is_tighter is None or not numbers:
        return True  # a changed pattern or multiple: it may refuse what the old one allowed
    return bool(after > before) if larger_is_tighter else bool(after < before)


def _shown(value: Any) -> str:
    if value is None:
        return "-"
    return (
        json.dumps(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    )


def _diff_rules(where: str, name: str, a: frozenset[str], b: frozenset[str], *, request: bool) -> Iterator[Change]:
    shown = name or "body"
    for rule in sorted(b - a):
        yield Change(
            "rule-added",
            where,
            f"{shown} rule {_short(rule)}",
            request,
            "requests old callers send may break it" if request else "",
        )
    for rule in sorted(a - b):
        yield Change(
            "rule-removed",
            where,
            f"{shown} rule {_short(rule)} dropped",
            not request,
            "" if request else "answers no longer guarantee it",
        )


def _short(rule: str, limit: int = 120) -> str:
    return rule if len(rule) <= limit else rule[: limit - 3] + "..."


def _diff_variants(where: str, name: str, a: frozenset[str], b: frozenset[str], *, request: bool) -> Iterator[Change]:
    if not a or not b:
        return  # a schema that became or stopped being a union shows as a type or field change
    shown = name or "body"
    for label in sorted(b - a):
        yield Change(
            "variant-added",
            where,
            f"{shown} can also be {label}",
            not request,
            "" if request else "answers can take a shape the old model does not parse",
        )
    for label in sorted(a - b):
        yield Change(
            "variant-removed",
            where,
            f"{shown} can no longer be {label}",
            request,
            "what old callers send is refused" if request else "",
        )


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
