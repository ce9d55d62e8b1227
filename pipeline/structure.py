"""The OpenAPI object model as far as the pipeline reads it, and a check that a document has it.

A published document can hold anything: an integer where a path belongs, a list where the
properties of a schema should be, a string for ``required``. ``check_structure`` walks every
object the pipeline reads (paths, operations, parameters, bodies, responses, headers, media
types, schemas and components) before anything else does, and raises a ``SpecError`` naming
the file and the place of the first object of the wrong type. What it does not look into
(descriptions, examples, defaults, vendor extensions) may hold anything.

``SCHEMA_KEYWORDS`` and friends are also the model that ``pipeline.snapshot`` uses to tell
keywords (``description``) from names (a property called ``description``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import SpecError
from .naming import HTTP_METHODS
from .specload import locate, pointer

PARAMETER_PLACES = ("query", "path", "header", "cookie")

#: Schema keywords whose value is one schema.
SCHEMA_ONE = frozenset(
    {
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
        "additionalItems",
    }
)
#: Schema keywords whose value maps names to schemas.
SCHEMA_MAP = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
#: Schema keywords whose value is a list of schemas.
SCHEMA_LIST = frozenset({"allOf", "oneOf", "anyOf", "prefixItems"})
#: Schema keywords holding a number.
NUMBER_KEYWORDS = frozenset({"minimum", "maximum", "multipleOf"})
#: Schema keywords holding a count.
COUNT_KEYWORDS = frozenset({"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"})

Where = tuple[str | int, ...]
_PATH = "a path (a string starting with '/')"


class _Checker:
    def __init__(self, spec: dict[str, Any], file: Path | str, context: str) -> None:
        self.spec = spec
        self.file = file
        self.context = context

    def fail(self, where: Where, expected: str, found: Any) -> SpecError:
        place = locate(Path(self.file), where) if Path(str(self.file)).is_file() else pointer(where)
        return SpecError(self.file, place, f"{self.context}expected {expected}, found {_describe(found)}")

    # --- generic shapes ------------------------------------------------------------------

    def mapping(self, node: Any, where: Where, what: str, key_what: str = "") -> dict[Any, Any]:
        if not isinstance(node, dict):
            raise self.fail(where, what, node)
        for key in node:
            if not isinstance(key, str):
                raise self.fail((*where, str(key)), key_what or f"names in {what} to be strings", key)
        return node

    def sequence(self, node: Any, where: Where, what: str) -> list[Any]:
        if not isinstance(node, list):
            raise self.fail(where, what, node)
        return node

    def text(self, node: Any, where: Where, what: str) -> None:
        if not isinstance(node, str):
            raise self.fail(where, what, node)

    def each(self, node: Any, where: Where, what: str, check: Callable[[Any, Where], None]) -> None:
        for name, value in self.mapping(node, where, what).items():
            check(value, (*where, name))

    def ref_or(self, node: Any, where: Where, what: str, check: Callable[[dict[str, Any], Where], None]) -> None:
        if isinstance(node, dict) and "$ref" in node:
            self.text(node["$ref"], (*where, "$ref"), "a $ref string")
            return
        check(self.mapping(node, where, what), where)

    # --- the document --------------------------------------------------------------------

    def document(self) -> None:
        paths = self.spec.get("paths")
        if paths is not None:
            for path, item in self.mapping(paths, ("paths",), "a mapping of paths", _PATH).items():
                if not path.startswith("/"):
                    raise self.fail(("paths", path), _PATH, path)
                self.path_item(item, ("paths", path))
        components = self.spec.get("components")
        if components is None:
            return
        components = self.mapping(components, ("components",), "a components object")
        kinds: dict[str, Callable[[Any, Where], None]] = {
            "schemas": self.schema,
            "parameters": self.parameter,
            "responses": self.response,
            "requestBodies": self.request_body,
            "headers": self.header,
            "securitySchemes": lambda node, where: self.ref_or(node, where, "a security scheme", _nothing),
        }
        for kind, check in kinds.items():
            if kind in components:
                self.each(components[kind], ("components", kind), f"a mapping of {kind}", check)

    def path_item(self, item: Any, where: Where) -> None:
        item = self.mapping(item, where, "a path item (a mapping of methods)")
        if "parameters" in item:
            self.parameters(item["parameters"], (*where, "parameters"))
        for method in HTTP_METHODS:
            if method in item:
                self.operation(item[method], (*where, method))

    def operation(self, op: Any, where: Where) -> None:
        op = self.mapping(op, where, "an operation")
        if "operationId" in op:
            self.text(op["operationId"], (*where, "operationId"), "an operationId string")
        if "parameters" in op:
            self.parameters(op["parameters"], (*where, "parameters"))
        if "requestBody" in op:
            self.ref_or(op["requestBody"], (*where, "requestBody"), "a request body", self.request_body_object)
        if "responses" in op:
            responses = op["responses"]
            if not isinstance(responses, dict):
                raise self.fail((*where, "responses"), "a mapping of status codes to responses", responses)
            for code, response in responses.items():
                if not _status_code(code):
                    raise self.fail((*where, "responses", str(code)), "a status code (200, 4XX, default)", code)
                self.response(response, (*where, "responses", str(code)))

    def parameters(self, node: Any, where: Where) -> None:
        for index, parameter in enumerate(self.sequence(node, where, "a list of parameters")):
            self.parameter(parameter, (*where, index))

    def parameter(self, node: Any, where: Where) -> None:
        self.ref_or(node, where, "a parameter", self.parameter_object)

    def parameter_object(self, node: dict[str, Any], where: Where) -> None:
        self.text(node.get("name"), (*where, "name"), "a parameter name")
        if node.get("in") not in PARAMETER_PLACES:
            raise self.fail((*where, "in"), f"'in' to be one of {', '.join(PARAMETER_PLACES)}", node.get("in"))
        self.schema_holder(node, where)

    def request_body(self, node: Any, where: Where) -> None:
        self.ref_or(node, where, "a request body", self.request_body_object)

    def request_body_object(self, node: dict[str, Any], where: Where) -> None:
        if "content" in node:
            self.content(node["content"], (*where, "content"))

    def response(self, node: Any, where: Where) -> None:
        self.ref_or(node, where, "a response", self.response_object)

    def response_object(self, node: dict[str, Any], where: Where) -> None:
        if "content" in node:
            self.content(node["content"], (*where, "content"))
        if "headers" in node:
            self.each(node["headers"], (*where, "headers"), "a mapping of headers", self.header)

    def header(self, node: Any, where: Where) -> None:
        self.ref_or(node, where, "a header", self.schema_holder)

    def schema_holder(self, node: dict[str, Any], where: Where) -> None:
        """A parameter or header: its ``schema`` or its ``content``."""
        if "schema" in node:
            self.schema(node["schema"], (*where, "schema"))
        if "content" in node:
            self.content(node["content"], (*where, "content"))

    def content(self, node: Any, where: Where) -> None:
        for media_type, media in self.mapping(node, where, "a mapping of media types").items():
            media = self.mapping(media, (*where, media_type), "a media type object")
            if "schema" in media:
                self.schema(media["schema"], (*where, media_type, "schema"))

    # --- schemas -------------------------------------------------------------------------

    def schema(self, node: Any, where: Where) -> None:
        if isinstance(node, bool):
            return  # true / false are schemas in OpenAPI 3.1
        node = self.mapping(node, where, "a schema")
        if "$ref" in node:
            self.text(node["$ref"], (*where, "$ref"), "a $ref string")
        declared = node.get("type")
        if declared is not None and not (
            isinstance(declared, str) or (isinstance(declared, list) and all(isinstance(t, str) for t in declared))
        ):
            raise self.fail((*where, "type"), "a type name or a list of them", declared)
        if "required" in node:
            required = self.sequence(node["required"], (*where, "required"), "a list of required property names")
            for index, name in enumerate(required):
                self.text(name, (*where, "required", index), "a property name")
        if "enum" in node:
            self.sequence(node["enum"], (*where, "enum"), "a list of values")
        for key in ("format", "pattern"):
            if key in node:
                self.text(node[key], (*where, key), f"a {key} string")
        for key in NUMBER_KEYWORDS | {"exclusiveMinimum", "exclusiveMaximum"}:
            value = node.get(key)
            if key in node and not _number(value) and not (key.startswith("exclusive") and isinstance(value, bool)):
                raise self.fail((*where, key), "a number", value)
        for key in COUNT_KEYWORDS:
            if key in node and not (_number(node[key]) and node[key] >= 0):
                raise self.fail((*where, key), "a count (a number of at least 0)", node[key])
        for key in SCHEMA_ONE & node.keys():
            self.schema(node[key], (*where, key))
        for key in SCHEMA_MAP & node.keys():
            self.each(node[key], (*where, key), f"a mapping of names to schemas ({key})", self.schema)
        for key in SCHEMA_LIST & node.keys():
            for index, part in enumerate(self.sequence(node[key], (*where, key), f"a list of schemas ({key})")):
                self.schema(part, (*where, key, index))
        if "dependentRequired" in node:
            for name, names in self.mapping(
                node["dependentRequired"], (*where, "dependentRequired"), "a mapping of property names to lists"
            ).items():
                for index, other in enumerate(self.sequence(names, (*where, "dependentRequired", name), "a list")):
                    self.text(other, (*where, "dependentRequired", name, index), "a property name")
        if "discriminator" in node:
            discriminator = self.mapping(node["discriminator"], (*where, "discriminator"), "a discriminator object")
            self.text(discriminator.get("propertyName"), (*where, "discriminator", "propertyName"), "a property name")
            for value, target in self.mapping(
                discriminator.get("mapping", {}), (*where, "discriminator", "mapping"), "a mapping of values to $refs"
            ).items():
                self.text(target, (*where, "discriminator", "mapping", value), "a $ref string")


def _nothing(node: dict[str, Any], where: Where) -> None:
    return None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value  # not NaN


def _status_code(code: Any) -> bool:
    if isinstance(code, bool):
        return False
    if isinstance(code, int):
        return 100 <= code <= 599
    return isinstance(code, str) and (
        code == "default" or (len(code) == 3 and code[0] in "12345" and all(c.isdigit() or c in "Xx" for c in code[1:]))
    )


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    shown = repr(value)
    return f"{type(value).__name__} {shown[:40] + '...' if len(shown) > 40 else shown}"


def check_structure(spec: dict[str, Any], file: Path | str, *, context: str = "") -> None:
    """Raise SpecError at the first object of ``spec`` that is not of the type OpenAPI gives it.

    ``context`` starts the message (``"after the overlay, "``) when the file named is not the
    one that introduced the problem.
    """
    _Checker(spec, file, context).document()
