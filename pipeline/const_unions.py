"""Repairs for JSON Schema ``const`` in responses (OpenAPI 3.1), which generators read strictly.

1. A union of object shapes told apart only by a ``const`` becomes one object with an enum.

Lambda Cloud's error bodies are ``{"error": anyOf[ApiErrorA, ApiErrorB, ...]}`` where every
member is ``{code, message, suggestion}`` and only ``code`` differs, pinned with ``const``
(several members even share a code). A generator reads such a union by trying each member in
turn, and a code the document does not list yet (Lambda adds codes: ``provider/...``,
``global/unknown``) matches none of them, so the whole answer fails to parse. Merged into one
object whose ``code`` is an enum of the listed values, the answer parses whatever the code,
and the pipeline's literal-enum template keeps a new code as a plain string.

2. Any other string ``const`` becomes a one-value ``enum``. Validators read both the same way,
but a generator checks a ``const`` and raises on any other value, while an enum goes through
the literal-enum template: a 404 whose code is ``global/not-found`` where the document pins
``global/object-does-not-exist`` (Lambda answers both) still parses. Requests stay strict:
the generated type is still a ``Literal`` of that one value.

3. An ``anyOf`` of a string enum and a plain string (Lambda's way of saying "these codes, or
others later") becomes the enum: the pipeline's enums are open already, and the generated
union of a ``Literal`` and ``str`` has a branch no value can reach (``mypy`` rejects it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: Keywords that only describe a property; members may differ in them.
_ANNOTATIONS = frozenset({"description", "default", "examples", "example", "title", "const", "readOnly"})


def _nodes(node: Any, parts: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield parts, node
    if isinstance(node, dict):
        for key, value in list(node.items()):
            yield from _nodes(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, (*parts, index))


def _component(spec: dict[str, Any], node: Any) -> Any:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return (spec.get("components") or {}).get("schemas", {}).get(ref.rsplit("/", 1)[1])
    return node


def _plain_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "object"
        and isinstance(schema.get("properties"), dict)
        and not any(k in schema for k in ("anyOf", "oneOf", "allOf", "$ref", "discriminator"))
    )


def _shape(prop: Any) -> Any:
    return {k: v for k, v in prop.items() if k not in _ANNOTATIONS} if isinstance(prop, dict) else prop


def _discriminator(members: list[dict[str, Any]]) -> str | None:
    """The one property every member pins with a string ``const``, when the members agree on
    everything else (the same property names and shapes)."""
    names: set[str] = {str(name) for name in members[0]["properties"]}
    if any(set(m["properties"]) != names for m in members):
        return None
    pinned = [n for n in sorted(names) if all(isinstance(m["properties"][n].get("const"), str) for m in members)]
    if len(pinned) != 1:
        return None
    for name in names:
        if len({repr(_shape(m["properties"][name])) for m in members}) != 1:
            return None
    return pinned[0]


def merge_const_union(spec: dict[str, Any], node: dict[str, Any], key: str) -> str | None:
    """Replace ``node[key]`` (an anyOf/oneOf) with one object schema; the property it returns is
    now an enum. None (and nothing changed) when the union is not of that kind."""
    if "discriminator" in node:
        return None  # a declared discriminator already tells the generator how to choose
    members = [_component(spec, m) for m in node[key]]
    if len(members) < 2 or not all(_plain_object(m) for m in members):
        return None
    pinned = _discriminator(members)
    if pinned is None:
        return None
    values: list[str] = []
    for member in members:
        value = member["properties"][pinned]["const"]
        if value not in values:
            values.append(value)
    first = members[0]["properties"]
    properties = {
        name: {k: v for k, v in prop.items() if k not in ("const", "default", "examples")}
        for name, prop in first.items()
    }
    properties[pinned] = {"type": "string", "enum": values}
    if "description" in first[pinned]:
        properties[pinned]["description"] = first[pinned]["description"]
    required = [r for r in members[0].get("required", []) if all(r in m.get("required", []) for m in members)]
    merged: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        merged["required"] = required
    del node[key]
    node.update({k: v for k, v in merged.items() if k not in node})
    return pinned


def repair_consts(spec: dict[str, Any]) -> list[str]:
    """Both repairs, unions first (they look for the ``const`` the second one removes)."""
    return [*repair_const_unions(spec), *repair_string_consts(spec), *repair_enum_or_string(spec)]


def _string_enum(spec: dict[str, Any], node: Any) -> bool:
    schema = _component(spec, node)
    return isinstance(schema, dict) and schema.get("type") == "string" and isinstance(schema.get("enum"), list)


def repair_enum_or_string(spec: dict[str, Any]) -> list[str]:
    """``anyOf: [<string enum>, {type: string}]`` becomes the enum (open in generated code)."""
    log = []
    for parts, node in list(_nodes(spec)):
        if not isinstance(node, dict):
            continue
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list) or len(members) != 2:
                continue
            enums = [m for m in members if _string_enum(spec, m)]
            plain = [m for m in members if m == {"type": "string"}]
            if len(enums) != 1 or len(plain) != 1:
                continue
            del node[key]
            if "$ref" in enums[0] and not any(k in node for k in ("type", "enum")):
                node["allOf"] = [enums[0]]  # a $ref with siblings (the description) reads as allOf
            else:
                node.update({k: v for k, v in _component(spec, enums[0]).items() if k not in node})
            log.append(
                f"{'/'.join(str(p) for p in parts)}: {key} of an enum and a plain string became the "
                "enum (open in generated code)"
            )
    return log


def repair_string_consts(spec: dict[str, Any]) -> list[str]:
    """A string ``const`` (outside a union the first repair merged) becomes a one-value enum."""
    log = []
    for parts, node in list(_nodes(spec)):
        if not isinstance(node, dict) or node.get("type") != "string" or not isinstance(node.get("const"), str):
            continue
        if any(part in ("examples", "example", "default") for part in parts):
            continue  # an example value, not a schema
        value = node["const"]
        if node.get("enum", [value]) != [value]:
            continue
        del node["const"]
        node["enum"] = [value]
        log.append(f"{'/'.join(str(p) for p in parts)}: const {value!r} became a one-value enum")
    return log


def repair_const_unions(spec: dict[str, Any]) -> list[str]:
    """Every anyOf/oneOf of objects that differ only by one ``const`` property becomes one object."""
    log = []
    for parts, node in list(_nodes(spec)):
        if not isinstance(node, dict):
            continue
        for key in ("anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                count = len(node[key])
                pinned = merge_const_union(spec, node, key)
                if pinned is not None:
                    where = "/".join(str(p) for p in parts)
                    log.append(
                        f"{where}: {key} of {count} shapes told apart only by a const {pinned!r} "
                        f"became one object whose {pinned!r} is an open enum"
                    )
    return log
