"""Which spec node each generated model class was built from, named the way openapi-python-client names it.

The generator makes a model class of every object schema it meets while parsing, wherever it is:
a component schema, a response (inline, or ``$ref``'d into ``components/responses`` and so made
once per operation that uses it), a request body, a parameter, and any object nested inside those
(a property, an array's items, a map's values, a branch of a union or of a nullable type). This
walks a spec the way the generator's parser does (``parser/openapi.py``, ``bodies.py``,
``responses.py``, ``properties/``) and applies its naming rule at each step:

- a model is named by its ``title`` or else the name it is reached by, after its parent's class
  name when it has one (``<parent><Title or name>``, PascalCase; a component schema has none);
- the name a node is reached by: a component's key; ``response_<status>`` for a response and
  ``body`` for a request body, their parent being the operation's python name (its operationId,
  or one built from method and path), with the body's content type before it when an operation
  takes several; a property's key inside its model; ``<name>_item`` for an array's items;
  ``AdditionalProperty`` for a map's values; ``<name>_type_<i>`` (or the branch's own title) for
  the branches of a union, a nullable type being the union of its type and null;
- a ``$ref``, and a union of one ``$ref``, make no class: they use the referenced one; but a
  component that is only a ``$ref`` gets a copy of the referenced class under its own name;
- a node with a scalar type is a scalar, whatever ``allOf`` it carries.

Only the nodes are found here; the generator's own model list says which classes exist, and
``generator_models`` in the property tests checks that the two agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import PythonIdentifier, get_content_type, pascal_case

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def model_schemas(spec: dict[str, Any], config: Config) -> dict[str, dict[str, Any]]:
    """Class name -> the schema node (as a JSON Schema dict) of every model the generator makes of ``spec``."""
    found: dict[str, dict[str, Any]] = {}
    components = spec.get("components") or {}
    named = components.get("schemas") or {}
    for key, schema in named.items():
        _walk(_alias_target(named, schema), f"/components/schemas/{key}", "", config, found)
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                _operation(spec, path, method, item, config, found)
    return found


def _alias_target(named: dict[str, Any], schema: Any) -> Any:
    """What a component that is only a ``$ref`` to another stands for: the generator makes a class
    of its own, under the component's name, from the schema at the end of the chain."""
    seen = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = named.get(schema["$ref"].rsplit("/", 1)[-1])
    return schema


def _operation(
    spec: dict[str, Any], path: str, method: str, item: dict[str, Any], config: Config, found: dict[str, Any]
) -> None:
    op = item[method]
    endpoint = _endpoint_name(path, method, op, config)
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        parameter = _deref(spec, raw)
        if isinstance(parameter.get("schema"), dict):
            _walk(parameter["schema"], parameter["name"], endpoint, config, found)
    for status, raw in (op.get("responses") or {}).items():
        response = _deref(spec, raw)  # a $ref into components/responses: a class per operation
        schema = _response_schema(response, config)
        if schema is not None:
            _walk(schema, f"response_{status}", endpoint, config, found)
    if "requestBody" in op:
        content = _deref(spec, op["requestBody"]).get("content") or {}
        for content_type, media in content.items():
            kind = _body_type(content_type, config)
            if kind is not None and isinstance(media.get("schema"), dict):
                parent = f"{endpoint}_{kind}" if len(content) > 1 else endpoint
                _walk(media["schema"], "body", parent, config, found)


def _endpoint_name(path: str, method: str, op: dict[str, Any], config: Config) -> str:
    """The operation's python name: its operationId, or ``<method>_<path with / as _>``."""
    if op.get("operationId") is not None:
        return str(PythonIdentifier(op["operationId"], prefix=config.field_prefix))
    built = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
    return str(PythonIdentifier(f"{method}_{built}", prefix=config.field_prefix))


def _response_schema(response: dict[str, Any], config: Config) -> dict[str, Any] | None:
    """The schema of the first content type the generator can read (JSON, text, bytes), if it has one."""
    for content_type, media in (response.get("content") or {}).items():
        parsed = get_content_type(content_type, config)
        if parsed is None:
            continue
        readable = parsed.startswith("text/") or parsed in ("application/json", "application/octet-stream")
        if readable or parsed.endswith("+json"):
            schema = media.get("schema")
            return schema if isinstance(schema, dict) else None
    return None


def _body_type(content_type: str, config: Config) -> str | None:
    """The generator's body kind of a request content type (None: it skips the content)."""
    parsed = get_content_type(content_type, config)
    if parsed is None:
        return None
    kinds = {"application/x-www-form-urlencoded": "data", "multipart/form-data": "files"}
    kinds["application/octet-stream"] = "content"
    if parsed in kinds:
        return kinds[parsed]
    return "json" if parsed == "application/json" or parsed.endswith("+json") else None


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A response, request body or parameter behind a local ``$ref`` (``#/components/responses/X``)."""
    while isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _walk(node: Any, name: str, parent: str, config: Config, found: dict[str, Any]) -> None:
    """Record the classes the generator makes of ``node``, reached by ``name`` inside ``parent``."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    node = _as_31(node)
    branches = [*node.get("allOf", []), *node.get("anyOf", []), *node.get("oneOf", [])]
    if len(branches) == 1 and "$ref" in branches[0]:
        return  # a union of one reference is that reference
    if node.get("type") == "boolean" or node.get("enum"):
        return  # enums are classes, not models
    if node.get("anyOf") or node.get("oneOf") or isinstance(node.get("type"), list):
        for index, branch in enumerate(_union_branches(node)):
            title = branch.get("title") if isinstance(branch, dict) else None
            subscript = title if title is not None and title != node.get("title") else f"type_{index}"
            _walk(branch, f"{name}_{subscript}", parent, config, found)
        return
    kind = node.get("type")
    if "const" in node or kind in ("string", "number", "integer", "null"):
        return  # scalars, whatever allOf they carry
    if kind == "array":
        _walk(node.get("items"), f"{name}_item", parent, config, found)
    elif kind == "object" or node.get("allOf") or (kind is None and node.get("properties")):
        class_name = _class_name(node, name, parent, config)
        found[class_name] = node
        for key, value in _own_properties(node):
            _walk(value, key, class_name, config, found)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            _walk(extra, "AdditionalProperty", class_name, config, found)


def _as_31(node: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0's ``nullable`` as the generator reads it: null added to the type (or the union)."""
    if node.get("nullable") is not True:
        return node
    node = {k: v for k, v in node.items() if k != "nullable"}
    kind = node.get("type")
    if isinstance(kind, str):
        node["type"] = [kind, "null"]
    elif isinstance(kind, list):
        node["type"] = kind if "null" in kind else [*kind, "null"]
    elif node.get("oneOf"):
        node["oneOf"] = [*node["oneOf"], {"type": "null"}]
    elif node.get("anyOf"):
        node["anyOf"] = [*node["anyOf"], {"type": "null"}]
    elif node.get("allOf"):
        node["oneOf"] = [{"type": "null"}, {"allOf": node.pop("allOf")}]
    return node


def _union_branches(node: dict[str, Any]) -> Iterator[Any]:
    """anyOf, then oneOf, then one copy of the node per type of a type list (its default dropped)."""
    yield from node.get("anyOf", [])
    yield from node.get("oneOf", [])
    if isinstance(node.get("type"), list):
        for kind in node["type"]:
            yield {**{k: v for k, v in node.items() if k != "default"}, "type": kind}


def _class_name(node: dict[str, Any], name: str, parent: str, config: Config) -> str:
    title = node.get("title")
    if not config.use_path_prefixes_for_title_model_names and title:
        string = title
    elif parent:
        string = f"{pascal_case(parent)}{pascal_case(title or name)}"
    else:
        string = title or name
    return str(Class.from_string(string=string, config=config).name)


def _own_properties(node: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The properties the model parses itself: its own and those of its inline allOf parts, one
    level deep (a referenced part's properties belong to the referenced model's classes)."""
    yield from (node.get("properties") or {}).items()
    for part in node.get("allOf", []):
        if isinstance(part, dict) and "$ref" not in part:
            yield from (part.get("properties") or {}).items()
