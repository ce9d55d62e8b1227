"""How an answer differs from the schema the client was generated from.

``Differ(document).compare(schema, value)`` walks a decoded JSON answer next to an OpenAPI 3.x
schema (``$ref``, ``allOf``, ``anyOf``/``oneOf``, type lists with ``null``, ``nullable``,
``enum``/``const``, ``properties``, ``required``, ``additionalProperties``, ``items``) and lists
what a provider changed without saying so:

* ``unknown-enum``: a value the enum does not list (a new status, a new GPU family);
* ``field-added``: a key an object schema with declared properties does not name (objects that
  are maps, or declared open, take any key);
* ``field-missing``: a required key the answer lacks;
* ``type-changed``: a value of another JSON type than declared (``null`` included).

It reads the strict document shipped with each generated client (``openapi.json``), where
enums are closed; no validator library is needed. Differences are keyed by where they occur
with list indices folded (``$.pods[].status``), so a list of 5,000 pods gives one line per
kind of difference, with a count.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

KINDS = ("unknown-enum", "field-added", "field-missing", "type-changed")
_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


@dataclass(frozen=True)
class Difference:
    kind: str  # one of KINDS
    where: str  # "$.pods[].status"
    detail: str  # "'PROVISIONING_NEXT' is not one of PROVISIONING, STARTING, ..."


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value), type(value).__name__)


@dataclass
class _View:
    """One schema with its allOf parts folded in."""

    types: set[str] | None
    enum: list[Any] | None
    properties: dict[str, list[Any]]
    required: set[str]
    additional: Any  # None (unset), True/False, or a schema
    items: list[Any]
    alternatives: list[list[Any]]  # anyOf/oneOf groups, each a list of branches
    nullable: bool


class Differ:
    """Compares answers with the schemas of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemas: Mapping[str, Any] = (document.get("components") or {}).get("schemas") or {}

    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 64:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                return {}
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            schema, seen = target, seen + 1
        return schema

    def _view(self, schema: Any, depth: int = 0) -> _View:
        schema = self.resolve(schema)
        view = _View(None, None, {}, set(), None, [], [], False)
        if not isinstance(schema, dict) or depth > 32:
            return view
        declared = schema.get("type")
        if isinstance(declared, str):
            view.types = {declared}
        elif isinstance(declared, list):
            view.types = {str(t) for t in declared}
        if schema.get("nullable") is True:
            view.nullable = True
        if isinstance(schema.get("enum"), list):
            view.enum = list(schema["enum"])
        if "const" in schema:
            view.enum = [schema["const"]]
        for name, sub in (schema.get("properties") or {}).items():
            view.properties.setdefault(name, []).append(sub)
        view.required |= set(schema.get("required") or [])
        if "additionalProperties" in schema:
            view.additional = schema["additionalProperties"]
        if "items" in schema:
            view.items.append(schema["items"])
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list):
                view.alternatives.append(list(schema[key]))
        for part in schema.get("allOf") or []:
            inner = self._view(part, depth + 1)
            if inner.types is not None:
                view.types = inner.types if view.types is None else (view.types & inner.types or view.types)
            view.enum = inner.enum if view.enum is None else view.enum
            for name, subs in inner.properties.items():
                view.properties.setdefault(name, []).extend(subs)
            view.required |= inner.required
            if view.additional is None:
                view.additional = inner.additional
            view.items.extend(inner.items)
            view.alternatives.extend(inner.alternatives)
            view.nullable = view.nullable or inner.nullable
        return view

    def compare(self, schema: Any, value: Any, where: str = "$") -> list[Difference]:
        """Every difference between ``value`` and ``schema``, one per kind and place."""
        found: dict[tuple[str, str], Difference] = {}
        for difference in self._walk(schema, value, where, 0):
            found.setdefault((difference.kind, difference.where), difference)
        return list(found.values())

    def _walk(self, schema: Any, value: Any, where: str, depth: int) -> Iterator[Difference]:
        if depth > 64 or schema is True or schema == {}:
            return
        view = self._view(schema)
        for group in view.alternatives:
            yield from self._best_branch(group, value, where, depth)
        actual = json_type(value)
        if value is None:
            allowed = view.nullable or (view.types is not None and "null" in view.types)
            allowed = allowed or (view.enum is not None and None in view.enum)
            if view.types is not None and not allowed:
                yield Difference("type-changed", where, f"null where the spec has {_types(view.types)}")
            return
        if view.types is not None and not _fits(actual, view.types):
            yield Difference("type-changed", where, f"{actual} where the spec has {_types(view.types)}")
            return
        if view.enum is not None and value not in view.enum:
            listed = ", ".join(str(v) for v in view.enum if v is not None)
            yield Difference("unknown-enum", where, f"{value!r} is not one of {listed}")
        if isinstance(value, dict):
            yield from self._object(view, value, where, depth)
        elif isinstance(value, list):
            for item in value:
                for sub in view.items:
                    yield from self._walk(sub, item, where + "[]", depth + 1)

    def _object(self, view: _View, value: dict[str, Any], where: str, depth: int) -> Iterator[Difference]:
        for name in sorted(view.required - set(value)):
            yield Difference("field-missing", f"{where}.{name}", "a required field is absent")
        closed = bool(view.properties) and view.additional in (None, False)
        for key, item in value.items():
            subs = view.properties.get(key)
            if subs is not None:
                for sub in subs:
                    yield from self._walk(sub, item, f"{where}.{key}", depth + 1)
            elif isinstance(view.additional, dict):
                yield from self._walk(view.additional, item, f"{where}.*", depth + 1)
            elif closed and not view.alternatives:
                yield Difference("field-added", f"{where}.{key}", f"a field the spec does not name ({json_type(item)})")

    def _best_branch(self, branches: list[Any], value: Any, where: str, depth: int) -> Iterator[Difference]:
        """The differences of the branch ``value`` fits best: none if one fits."""
        best: list[Difference] | None = None
        for branch in branches:
            found = list(self._walk(branch, value, where, depth + 1))
            if not found:
                return
            # a branch of another type is a worse fit than one with a few field changes
            score = sum(10 if d.kind == "type-changed" and d.where == where else 1 for d in found)
            if best is None or score < sum(10 if d.kind == "type-changed" and d.where == where else 1 for d in best):
                best = found
        yield from best or []


def _fits(actual: str, types: set[str]) -> bool:
    return actual in types or (actual == "integer" and "number" in types)


def _types(types: set[str]) -> str:
    return " or ".join(sorted(types))


__all__ = ["KINDS", "Differ", "Difference", "json_type"]
