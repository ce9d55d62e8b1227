"""OpenAPI schemas as JSON Schema 2020-12: validators, and example values built from them."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import jsonschema_rs

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_COMPONENT_REF = re.compile(r"^#/components/schemas/(.+)$")

# Schema keywords whose value is a map of name -> subschema, a subschema, or a list of them.
_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_ONE_KEYWORDS = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
)
_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")


def to_json_schema(schema: Any, openapi_30: bool) -> Any:
    """Convert one OpenAPI schema object to JSON Schema 2020-12 (refs point into ``#/$defs``)."""
    if isinstance(schema, bool) or not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str):
            match = _COMPONENT_REF.match(value)
            out[key] = f"#/$defs/{match.group(1)}" if match else value
        elif key in _MAP_KEYWORDS and isinstance(value, dict):
            out[key] = {k: to_json_schema(v, openapi_30) for k, v in value.items()}
        elif key in _ONE_KEYWORDS:
            out[key] = to_json_schema(value, openapi_30)
        elif key in _LIST_KEYWORDS and isinstance(value, list):
            out[key] = [to_json_schema(v, openapi_30) for v in value]
        elif key in ("discriminator", "xml", "externalDocs", "example", "nullable", "x-nullable"):
            continue
        else:
            out[key] = value
    if openapi_30:
        for bound in ("Minimum", "Maximum"):
            flag = out.get(f"exclusive{bound}")
            if isinstance(flag, bool):
                del out[f"exclusive{bound}"]
                if flag and bound.lower() in out:
                    out[f"exclusive{bound}"] = out.pop(bound.lower())
        if schema.get("nullable") is True:
            if isinstance(out.get("type"), str):
                out["type"] = [out["type"], "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
            if "type" not in out and "enum" not in out:
                out = {"anyOf": [out, {"type": "null"}]}
    return out


class SchemaSet:
    """Every schema of one spec, compiled once into a map of validators keyed by name."""

    def __init__(self, components: dict[str, Any], extra: dict[str, Any], openapi_30: bool) -> None:
        defs = {name: to_json_schema(s, openapi_30) for name, s in components.items()}
        for key, schema in extra.items():
            defs[key] = to_json_schema(schema, openapi_30)
        self.root: dict[str, Any] = {"$schema": DIALECT, "$defs": defs}
        self._map = jsonschema_rs.validator_map_for(self.root, validate_formats=True)
        self._cache: dict[str, Any] = {}

    def schema(self, key: str) -> Any:
        return self.root["$defs"][key]

    def validator(self, key: str) -> Any:
        found = self._cache.get(key)
        if found is None:
            found = self._map.get("#/$defs/" + key.replace("~", "~0").replace("/", "~1"))
            if found is None:
                raise KeyError(key)
            self._cache[key] = found
        return found

    def errors(self, key: str, instance: Any) -> list[tuple[str, str]]:
        """(JSON path of the bad value, message) for every violation; empty when valid."""
        validator = self.validator(key)
        if validator.is_valid(instance):
            return []
        return [(_path(e.instance_path), e.message) for e in validator.iter_errors(instance)]

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if not ref.startswith("#/$defs/"):
                break
            schema = self.root["$defs"][ref[len("#/$defs/") :].replace("~1", "/").replace("~0", "~")]
        return schema


def _path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


# --- example values ------------------------------------------------------------------

_CANDIDATES = ("12.8", "1", "a", "A1", "abc", "EU-RO-1", "2026-11-23", "x-1", "ab12")


class Synthesizer:
    """Build a deterministic value that satisfies a schema (what a static mock answers).

    Preference order per schema: const, first enum value, default, first example, then a value
    built from the type and constraints. ``now`` gives date-times; ``ident`` gives strings for
    properties named like identifiers so answers look plausible.
    """

    def __init__(self, schemas: SchemaSet, now: Callable[[], float], max_depth: int = 6) -> None:
        self.schemas = schemas
        self.now = now
        self.max_depth = max_depth

    def value(self, schema: Any, name: str = "", depth: int = 0) -> Any:
        schema = self.schemas.resolve(schema)
        if schema is True or schema is None or schema == {}:
            return {} if depth == 0 else "value"
        if not isinstance(schema, dict):
            return None
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return copy.deepcopy(next((v for v in schema["enum"] if v is not None), schema["enum"][0]))
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return copy.deepcopy(examples[0])
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                part_value = self.value(part, name, depth)
                if not isinstance(part_value, dict):
                    return part_value  # an allOf around a scalar schema (an enum, a string)
                merged.update(part_value)
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            if rest.get("properties") or rest.get("type") == "object":
                extra = self.value(rest, name, depth)
                if isinstance(extra, dict):
                    merged.update(extra)
            return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [b for b in schema[key] if self.schemas.resolve(b) != {"type": "null"}]
                return self.value((branches or schema[key])[0], name, depth)
        types = schema.get("type")
        if isinstance(types, list):
            non_null = [t for t in types if t != "null"]
            kind = non_null[0] if non_null else "null"
        else:
            kind = types or ("object" if "properties" in schema else "string")
        return self._of_type(kind, schema, name, depth)

    def _of_type(self, kind: str, schema: dict[str, Any], name: str, depth: int) -> Any:
        if kind == "null":
            return None
        if kind == "boolean":
            return False
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
            low = low + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
            value = max(low, 1) if "maximum" not in schema else min(max(low, 1), schema["maximum"])
            return int(value) if kind == "integer" else float(value)
        if kind == "string":
            return self._string(schema, name)
        if kind == "array":
            if depth >= self.max_depth:
                return []
            count = schema.get("minItems", 0)
            item = schema.get("items", {})
            values = [self.value(item, name, depth + 1) for _ in range(count)]
            if schema.get("uniqueItems") and count > 1 and all(isinstance(v, str) for v in values):
                values = [f"{v}{i}" for i, v in enumerate(values)]
            return values
        if kind == "object":
            if depth >= self.max_depth:
                return {}
            props = schema.get("properties") or {}
            required = set(schema.get("required") or [])
            keep = props if depth < 3 else {k: v for k, v in props.items() if k in required}
            return {key: self.value(sub, key, depth + 1) for key, sub in keep.items()}
        return None

    def _string(self, schema: dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return datetime.fromtimestamp(self.now(), UTC).isoformat().replace("+00:00", "Z")
        if fmt == "date":
            return datetime.fromtimestamp(self.now(), UTC).date().isoformat()
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000000"
        if fmt in ("ipv4", "ip"):
            return "127.0.0.1"
        if fmt in ("uri", "url"):
            return "https://example.com/"
        if fmt == "email":
            return "user@example.com"
        low = schema.get("minLength", 1)
        base = name or "value"
        text = base if len(base) >= low else base + "x" * (low - len(base))
        if "maxLength" in schema:
            text = text[: schema["maxLength"]]
        pattern = schema.get("pattern")
        if pattern and not re.search(pattern, text):
            text = next((c for c in _CANDIDATES if re.search(pattern, c)), text)
        return text
