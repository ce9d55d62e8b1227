"""The naming walk (``_model_schemas``) agrees with openapi-python-client on specs it has never seen.

Hypothesis writes small specs from the constructs providers use (inline and ``$ref``'d responses,
request bodies of one or two content types, operations with and without an operationId, nested
objects, titles, arrays, maps, unions, nullable types in both OpenAPI spellings, allOf with a
reference) and the generator's own parser reads them: every model it makes must be found, under
its name, paired with a node that lists the model's properties, and nothing else may be found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

from pipeline.openapi_gen import GENERATOR_CONFIG
from tests.reliability._model_schemas import model_schemas

SHARED = {"$ref": "#/components/schemas/Shared"}
NESTED = {"type": "object", "properties": {"name": {"type": "string"}}}
KEYS = st.sampled_from(["id", "name", "spec", "items", "meta", "error"])

scalars = st.sampled_from([{"type": "string"}, {"type": "integer"}, {"type": "string", "enum": ["a", "b"]}, SHARED])


def _objects(children: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties = st.dictionaries(KEYS, children, min_size=1, max_size=3)
    titled = st.one_of(st.none(), st.none(), st.sampled_from(["Detail", "Envelope"]))
    return st.tuples(properties, titled).map(
        lambda pair: {"type": "object", "properties": pair[0], **({"title": pair[1]} if pair[1] else {})}
    )


def _extend(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    objects = _objects(children)
    return st.one_of(
        objects,
        children.map(lambda c: {"type": "array", "items": c}),
        children.map(lambda c: {"type": "object", "additionalProperties": c}),
        st.lists(children, min_size=2, max_size=2).map(lambda b: {"oneOf": b}),
        st.lists(children, min_size=1, max_size=2).map(lambda b: {"anyOf": [*b, {"type": "null"}]}),
        objects.map(lambda o: {**o, "type": ["object", "null"]}),
        objects.map(lambda o: {**o, "nullable": True}),
        objects.map(lambda o: {"allOf": [SHARED, {**o, "properties": {**o["properties"], "meta": NESTED}}]}),
        objects.map(lambda o: {"type": "string", "allOf": [{"format": "date-time"}], "x": o}),  # a scalar
    )


schemas = st.recursive(scalars, _extend, max_leaves=6)
bodies = st.one_of(
    st.none(),
    schemas.map(lambda s: {"content": {"application/json": {"schema": s}}}),
    _objects(scalars).map(
        lambda s: {"content": {"application/json": {"schema": s}, "application/x-www-form-urlencoded": {"schema": s}}}
    ),
)


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(1, 3))):
        responses: dict[str, Any] = {
            "200": {"description": "ok", "content": {"application/json": {"schema": draw(schemas)}}}
        }
        for status in draw(st.sets(st.sampled_from(["400", "404", "default"]), max_size=2)):
            responses[status] = {"$ref": "#/components/responses/Problem"}
        operation: dict[str, Any] = {"responses": responses}
        if draw(st.booleans()):
            operation["operationId"] = f"doThing{index}"
        body = draw(bodies)
        if body is not None:
            operation["requestBody"] = body
        thing_id = {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
        paths[f"/things/{{thing_id}}/part{index}"] = {"parameters": [thing_id], "post": operation}
    problem = {"description": "a problem", "content": {"application/json": {"schema": draw(schemas)}}}
    components = {
        "schemas": {
            "Shared": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Other": draw(schemas),
            "Alias": SHARED,
        },
        "responses": {"Problem": problem},
    }
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths, "components": components}


CONFIG = Config.from_sources(
    ConfigFile.model_validate(yaml.safe_load(GENERATOR_CONFIG.format(name="walked"))),
    MetaType.NONE,
    document_source=Path("openapi.json"),
    file_encoding="utf-8",
    overwrite=True,
    output_path=None,
)


def _property_names(spec: dict[str, Any], node: dict[str, Any]) -> set[str]:
    names = set(node.get("properties") or {})
    for part in node.get("allOf", []):
        target = spec["components"]["schemas"]["Shared"] if part == SHARED else part
        names |= set(target.get("properties") or {})
    return names


def test_the_walk_finds_the_node_of_every_model_the_generator_makes(request: pytest.FixtureRequest) -> None:
    @settings(
        max_examples=400 if request.config.getoption("--full-matrix") else 40,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(spec=specs())
    def check(spec: dict[str, Any]) -> None:
        _agrees_with_the_generator(spec)

    check()


def _agrees_with_the_generator(spec: dict[str, Any]) -> None:
    data = GeneratorData.from_dict(spec, config=CONFIG)
    assert isinstance(data, GeneratorData), data
    # A spec the generator warns about (two classes of one name, an allOf whose parts disagree) is
    # never generated: the pipeline runs it with --fail-on-warning.
    endpoint_errors = [e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
    assume(not data.errors and not endpoint_errors)
    made = {m.class_info.name: m for m in data.models}
    found = model_schemas(spec, CONFIG)
    assert set(found) == set(made), (sorted(set(made) - set(found)), sorted(set(found) - set(made)))
    for name, model in made.items():
        properties = {p.name for p in [*model.required_properties, *model.optional_properties]}  # type: ignore[misc]
        assert properties == _property_names(spec, found[name]), name
