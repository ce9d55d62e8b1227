"""ariadne-codegen plugin: open enums for values a GraphQL server adds later.

An enum that can appear in a result gets a ``_missing_`` hook, so pydantic keeps an unknown
value as a pseudo-member (a ``str`` with that value) instead of failing the whole response.
Enums used only in inputs stay closed: a request with an unknown value is refused locally.
"""

from __future__ import annotations

import ast

from ariadne_codegen.plugins.base import Plugin
from graphql import (
    GraphQLEnumType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
)

_MISSING_HOOK = '''
@classmethod
def _missing_(cls, value: object) -> "Self | None":
    """Keep a value this client does not know yet, as a str pseudo-member."""
    if not isinstance(value, str):
        return None
    member = str.__new__(cls, value)
    member._name_ = value
    member._value_ = value
    return member
'''


def output_enum_names(schema: GraphQLSchema) -> set[str]:
    """Names of the enums reachable from the query and mutation result types."""
    found: set[str] = set()
    seen: set[str] = set()
    roots = [t for t in (schema.query_type, schema.mutation_type, schema.subscription_type) if t]
    stack: list[object] = list(roots)
    while stack:
        named = stack.pop()
        while isinstance(named, GraphQLNonNull | GraphQLList):
            named = named.of_type
        name = getattr(named, "name", None)
        if name is None or name in seen:
            continue
        seen.add(name)
        if isinstance(named, GraphQLEnumType):
            found.add(name)
        elif isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
            stack.extend(field.type for field in named.fields.values())
        elif isinstance(named, GraphQLUnionType):
            stack.extend(named.types)
    return found


class OpenEnumsPlugin(Plugin):
    def __init__(self, schema: GraphQLSchema, config_dict: dict[str, object]) -> None:
        super().__init__(schema, config_dict)
        self._open = output_enum_names(schema)

    def generate_enum(self, class_def: ast.ClassDef, enum_type: GraphQLEnumType) -> ast.ClassDef:
        if enum_type.name in self._open:
            class_def.body.extend(ast.parse(_MISSING_HOOK).body)
        return class_def

    def generate_enums_module(self, module: ast.Module) -> ast.Module:
        if self._open:
            module.body.insert(0, ast.parse("from typing import Self").body[0])
        return module
