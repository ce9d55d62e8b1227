"""Normalize an OpenAPI document before generation and before the mock clouds load it.

Steps, in order (each change is logged so the report says what was touched):

1. apply the API's overlay (``specs/<api>/overlay.yaml``);
2. check that every ``$ref`` resolves inside the document;
3. repair the defects real published files carry (see ``REPAIRS``);
4. name every operation by method and path (``pipeline.naming``) and group it by its first
   path word, replacing upstream operationIds and tags.

The result is the *strict* document: what the mock clouds validate against. The generator
gets a *lenient view* of it (``generator_view``) where response models keep unknown fields.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError
from .naming import HTTP_METHODS, Naming, assign_names, group_of
from .overlay import apply_overlay
from .specload import load_document, locate
from .structure import check_structure

_PLACEHOLDER_KEY = re.compile(r"^\{[^{}]+\}$")


@dataclass
class Operation:
    method: str
    path: str
    name: str
    group: str


@dataclass
class Normalized:
    spec_file: Path
    spec: dict[str, Any]
    operations: list[Operation]
    repairs: list[str] = field(default_factory=list)
    overlay_log: list[str] = field(default_factory=list)

    def generator_view(self) -> dict[str, Any]:
        """The document the Python generator reads.

        Forward compatibility: schemas a response can contain lose ``additionalProperties:
        false``, so the generated models keep fields the provider adds later (in
        ``additional_properties``) instead of dropping them. Request-only schemas stay closed.
        """
        view = copy.deepcopy(self.spec)
        for schema in _response_schemas(view):
            if schema.get("additionalProperties") is False:
                del schema["additionalProperties"]
        _plain_header_strings(view)
        return view


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                yield method, path, op


def normalize(
    spec_file: Path,
    overlay_file: Path | None = None,
    *,
    stale_overlay: list[tuple[int, dict[str, Any]]] | None = None,
) -> Normalized:
    """Load ``spec_file``, apply ``overlay_file`` and return the normalized document.

    With ``stale_overlay``, overlay actions that match nothing are collected there instead of
    failing (see ``overlay.apply_overlay``).
    """
    return normalize_document(load_document(spec_file), spec_file, overlay_file, stale_overlay=stale_overlay)


def normalize_document(
    spec: dict[str, Any],
    spec_file: Path,
    overlay_file: Path | None = None,
    *,
    stale_overlay: list[tuple[int, dict[str, Any]]] | None = None,
) -> Normalized:
    """Normalize a document already loaded (it is changed in place); ``spec_file`` names it in errors."""
    version = str(spec.get("openapi", ""))
    if not re.fullmatch(r"3\.[01]\.\d+", version):
        raise SpecError(spec_file, "openapi", f"expected an OpenAPI 3.0 or 3.1 document, found {version!r}")
    if not isinstance(spec.get("paths"), dict) or not spec["paths"]:
        raise SpecError(spec_file, "paths", "the document declares no paths")
    check_structure(spec, spec_file)
    overlay = load_document(overlay_file) if overlay_file and overlay_file.exists() else None
    result = Normalized(spec_file=spec_file, spec=spec, operations=[])
    if overlay is not None and overlay_file is not None:
        result.overlay_log = apply_overlay(spec, overlay, overlay_file, spec_file, stale_overlay)
        check_structure(spec, overlay_file, context=f"after applying it to {spec_file.name}, ")
    _check_refs(spec, spec_file)
    for repair in REPAIRS:
        result.repairs.extend(repair(spec))
    try:
        naming = Naming.from_overlay(overlay)
        ops = [(method, path) for method, path, _ in iter_operations(spec)]
        names = assign_names(ops, naming)
    except ValueError as exc:
        raise SpecError(overlay_file or spec_file, "x-gpupods-naming", str(exc)) from None
    for method, path, op in iter_operations(spec):
        name, group = names[(method, path)], group_of(path, naming)
        op["operationId"] = name
        op["tags"] = [group]
        result.operations.append(Operation(method, path, name, group))
    spec["tags"] = [{"name": g} for g in sorted({o.group for o in result.operations})]
    return result


# --- $ref checking -------------------------------------------------------------------


def _walk(node: Any, parts: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield parts, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*parts, index))


def resolve_pointer(doc: Any, ref: str) -> Any:
    """Resolve a local ``#/a/b`` reference; KeyError if it does not exist."""
    node = doc
    for raw in ref[2:].split("/") if ref != "#" else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)]
        elif isinstance(node, dict):
            node = node[part]
        else:
            raise KeyError(part)
    return node


def _check_refs(spec: dict[str, Any], spec_file: Path) -> None:
    for parts, node in _walk(spec):
        if not isinstance(node, dict) or "$ref" not in node or not isinstance(node["$ref"], str):
            continue
        ref = node["$ref"]
        place = (*parts, "$ref")
        if not ref.startswith("#"):
            raise SpecError(spec_file, locate(spec_file, place), f"$ref {ref!r} points outside the document")
        try:
            resolve_pointer(spec, ref)
        except (KeyError, IndexError, ValueError):
            raise SpecError(spec_file, locate(spec_file, place), f"$ref {ref!r} does not resolve") from None


# --- repairs -------------------------------------------------------------------------


def _schemas(spec: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every dict that sits where a schema can be (heuristic: has type/enum/items/properties)."""
    for parts, node in _walk(spec):
        if isinstance(node, dict) and any(k in node for k in ("type", "enum", "items", "properties")):
            if parts and parts[-1] in ("properties", "examples", "example"):
                continue
            yield parts, node


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return {str(t) for t in declared}
    return {declared} if isinstance(declared, str) else set()


def _where(parts: tuple[str | int, ...]) -> str:
    return "/".join(str(p) for p in parts)


def repair_duplicate_enum_values(spec: dict[str, Any]) -> list[str]:
    """Keep the first of equal enum values (``1`` and ``"1"`` differ); linear in the values."""
    log = []
    for parts, schema in _schemas(spec):
        values = schema.get("enum")
        if not isinstance(values, list):
            continue
        seen: set[tuple[str, str]] = set()
        kept, dupes = [], set()
        for value in values:
            key = (type(value).__name__, repr(value))
            if key in seen:
                dupes.add(key[1])
            else:
                seen.add(key)
                kept.append(value)
        if dupes:
            schema["enum"] = kept
            log.append(f"{_where(parts)}: removed duplicate enum value(s) {', '.join(sorted(dupes))}")
    return log


def repair_items_on_object(spec: dict[str, Any]) -> list[str]:
    log = []
    for parts, schema in _schemas(spec):
        types = _types(schema)
        if "items" in schema and "object" in types and "array" not in types:
            items = schema.pop("items")
            schema.setdefault("additionalProperties", items if isinstance(items, dict) else True)
            log.append(f"{_where(parts)}: 'items' on an object schema became 'additionalProperties'")
    return log


def repair_array_string_defaults(spec: dict[str, Any]) -> list[str]:
    log = []
    for parts, schema in _schemas(spec):
        if "array" in _types(schema) and isinstance(schema.get("default"), str):
            text = schema["default"]
            schema["default"] = [item.strip() for item in text.split(",") if item.strip()]
            log.append(f"{_where(parts)}: array default {text!r} became a list")
    return log


def repair_placeholder_properties(spec: dict[str, Any]) -> list[str]:
    """An object whose only property is named like ``{GPUType}`` is really a map."""
    log = []
    for parts, schema in _schemas(spec):
        props = schema.get("properties")
        if isinstance(props, dict) and len(props) == 1:
            ((key, value),) = props.items()
            if _PLACEHOLDER_KEY.match(key) and "additionalProperties" not in schema:
                del schema["properties"]
                schema.pop("required", None)
                schema["additionalProperties"] = value
                log.append(f"{_where(parts)}: the placeholder property {key!r} became 'additionalProperties'")
    return log


def repair_content_parameters(spec: dict[str, Any]) -> list[str]:
    """A parameter described with ``content`` instead of ``schema`` (the generator drops those)."""
    log = []
    for parts, node in _walk(spec):
        if isinstance(node, dict) and "in" in node and "name" in node and "content" in node and "schema" not in node:
            media: dict[str, Any] = (
                next(iter(node["content"].values()), {}) if isinstance(node["content"], dict) else {}
            )
            node["schema"] = media.get("schema", {"type": "string"})
            del node["content"]
            log.append(f"{_where(parts)}: parameter {node['name']!r} 'content' became 'schema'")
    return log


def repair_numeric_status_codes(spec: dict[str, Any]) -> list[str]:
    """``200:`` unquoted in YAML is a number; OpenAPI status codes are strings."""
    log = []
    for method, path, op in iter_operations(spec):
        responses = op.get("responses") or {}
        if any(not isinstance(code, str) for code in responses):
            op["responses"] = {str(code): response for code, response in responses.items()}
            log.append(f"{method.upper()} {path}: status codes written as numbers became strings")
    return log


def repair_missing_success_response(spec: dict[str, Any]) -> list[str]:
    log = []
    for method, path, op in iter_operations(spec):
        responses = op.setdefault("responses", {})
        if not any(str(code).startswith("2") for code in responses):
            responses["200"] = {"description": "Success (the source document declared no success response)."}
            log.append(f"{method.upper()} {path}: declared no success response; added an empty 200")
    return log


def repair_path_parameters(spec: dict[str, Any]) -> list[str]:
    """Declare path parameters the template uses but the operation does not list."""
    log = []
    for path, item in (spec.get("paths") or {}).items():
        template_names = re.findall(r"\{([^{}]+)\}", path)
        shared = [p for p in item.get("parameters", []) if isinstance(p, dict)]
        for method, op_path, op in iter_operations({"paths": {path: item}}):
            declared = {
                _deref(spec, p).get("name")
                for p in [*shared, *op.get("parameters", [])]
                if _deref(spec, p).get("in") == "path"
            }
            for name in template_names:
                if name not in declared:
                    op.setdefault("parameters", []).append(
                        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                    )
                    log.append(f"{method.upper()} {op_path}: declared the missing path parameter {name!r}")
    return log


def _deref(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target = resolve_pointer(spec, node["$ref"])
        return target if isinstance(target, dict) else {}
    return node if isinstance(node, dict) else {}


REPAIRS = (
    repair_numeric_status_codes,
    repair_duplicate_enum_values,
    repair_items_on_object,
    repair_array_string_defaults,
    repair_placeholder_properties,
    repair_content_parameters,
    repair_missing_success_response,
    repair_path_parameters,
)


# --- the generator's lenient view ----------------------------------------------------


def _response_schemas(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema (component or inline) that can appear inside a response body."""
    seen: set[int] = set()
    stack: list[Any] = []
    for _, _, op in iter_operations(spec):
        for response in (op.get("responses") or {}).values():
            response = _deref(spec, response)
            for media in (response.get("content") or {}).values():
                if isinstance(media, dict) and "schema" in media:
                    stack.append(media["schema"])
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node.get("$ref"), str):
            stack.append(resolve_pointer(spec, node["$ref"]))
        yield node
        for key in ("properties", "patternProperties", "$defs", "definitions"):
            if isinstance(node.get(key), dict):
                stack.extend(node[key].values())
        for key in ("items", "additionalProperties", "not", "if", "then", "else", "contains"):
            if isinstance(node.get(key), dict):
                stack.append(node[key])
        for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
            if isinstance(node.get(key), list):
                stack.extend(node[key])


def _plain_header_strings(spec: dict[str, Any]) -> None:
    for _, node in _walk(spec):
        if isinstance(node, dict) and node.get("in") == "header" and isinstance(node.get("schema"), dict):
            schema = node["schema"]
            if "string" in _types(schema) and "format" in schema:
                del schema["format"]
