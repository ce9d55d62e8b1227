"""Property tests: answers from a provider's next release still parse.

Hypothesis builds schema-valid JSON from the specs (objects with required and optional fields,
maps, arrays, enums, formats, bounds, nullable, allOf/oneOf/anyOf, the if/then and
dependentRequired the RunPod requests use), then mixes in what a newer API sends: enum values
this client does not know and fields it has never seen, at every level.

- Every model class of every generated package (found by import, paired with the schema the
  generator built it from by asking openapi-python-client's parser, with the pipeline's config,
  about the normalized spec the package ships): ``from_dict`` parses such data and ``to_dict``
  gives it all back. Enums are open by design (the pipeline's literal-enum template returns an
  unknown value unchanged), so an unknown value must parse and survive. Extra fields land in
  ``additional_properties``, except in the few request-only schemas the pipeline hands the
  generator closed (``Normalized.generator_view``), which drop them.
- Every JSON response of every operation goes through the generated ``_parse_response`` and
  keeps the unknown values on the way back.
- The facade mappings (``to_pod`` of every provider, Prime Intellect's batch status rows) map
  pods with unknown statuses to ``PodStatus.UNKNOWN`` (Novita: ERROR when an error message comes
  with it) and raise nothing.

Small and derandomized by default; ``--full-matrix`` (``nox -s reliability``) runs ten times the examples.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from gpupods import Fleet, Pod, PodStatus
from gpupods.mock import MockClouds, VirtualClock
from gpupods.mock._schema import SchemaSet
from gpupods.mock._spec import Spec
from gpupods.providers._util import val
from gpupods.registry import REGISTRY, generated_apis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import ClassName

from pipeline.normalize import Normalized
from pipeline.openapi_gen import GENERATOR_CONFIG
from tests.providers import PROVIDERS, routes
from tests.reliability._model_schemas import model_schemas

#: Every OpenAPI client of every registered provider (GraphQL clients have no OpenAPI models).
APIS = tuple(api.name for api in generated_apis() if api.kind == "openapi")
UNKNOWN_PREFIX = "FROM_A_NEWER_API_"
EXTRA_PREFIX = "x_newer_api_"
MAX_DEPTH = 5


def examples(request: pytest.FixtureRequest, base: int) -> int:
    return base * 10 if request.config.getoption("--full-matrix") else base


# --- schema-valid values ------------------------------------------------------------------------


def from_schema(schemas: SchemaSet, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A strategy for JSON values valid against ``schema`` (the subset of JSON Schema the specs use)."""
    schema = schemas.resolve(schema)
    if schema is True or schema is None or schema == {}:
        return st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=5))
    if "const" in schema:
        return st.just(schema["const"])
    if isinstance(schema.get("enum"), list):
        return st.sampled_from(schema["enum"])
    if "allOf" in schema:
        merged = _flatten_all_of(schemas, schema)
        if merged is not None:
            return from_schema(schemas, merged, depth)
        parts = [from_schema(schemas, p, depth) for p in schema["allOf"]]
        return st.tuples(*parts).map(_merge)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([from_schema(schemas, b, depth) for b in schema[key]])
    types = schema.get("type")
    if isinstance(types, list):
        return st.one_of([_of_type(schemas, t, schema, depth) for t in types])
    if schema.get("nullable") is True:
        return st.one_of(st.none(), _of_type(schemas, types or "object", schema, depth))
    return _of_type(schemas, types or ("object" if "properties" in schema else "string"), schema, depth)


def _flatten_all_of(schemas: SchemaSet, schema: dict[str, Any]) -> dict[str, Any] | None:
    """One object schema for an ``allOf`` of object schemas (properties and required lists joined);
    None when a part is not a plain object (an enum, a oneOf)."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    narrowed: dict[str, Any] = {}
    least = 0
    for part in [*schema["allOf"], {k: v for k, v in schema.items() if k != "allOf"}]:
        part = schemas.resolve(part)
        if "allOf" in part:
            part = _flatten_all_of(schemas, part)
            if part is None:
                return None
        if any(k in part for k in ("oneOf", "anyOf", "enum", "const", "items")) or part.get("type") not in (
            None,
            "object",
        ):
            return None
        for name, sub in (part.get("properties") or {}).items():
            # The same property in two parts must satisfy both: keep both as an allOf.
            properties[name] = {"allOf": [properties[name], sub]} if name in properties else sub
        required += [r for r in _always_required(part) if r not in required]
        least = max(least, part.get("minProperties", 0))
        narrowed.update(_then_properties(part))
    properties.update(narrowed)
    return {"type": "object", "properties": properties, "required": required, "minProperties": least}


def _then_properties(schema: dict[str, Any]) -> dict[str, Any]:
    """What an ``if/then`` narrows properties to ("a LOAD_BALANCER endpoint uses RequestCountScaling"):
    values from the narrower schema satisfy the condition whatever the ``if`` says."""
    then = schema.get("then")
    return dict(then.get("properties") or {}) if isinstance(then, dict) else {}


def _always_required(schema: dict[str, Any]) -> list[str]:
    """The fields to always send: ``required``, and those an ``if/then`` or ``dependentRequired``
    may ask for ("image unless templateId", "pools with excludedTypes"): sending them satisfies both."""
    then = schema.get("then")
    conditional = then.get("required", []) if isinstance(then, dict) else []
    dependent = [n for names in (schema.get("dependentRequired") or {}).values() for n in names]
    return list(dict.fromkeys([*(schema.get("required") or []), *conditional, *dependent]))


def _merge(parts: tuple[Any, ...]) -> Any:
    if not all(isinstance(p, dict) for p in parts):
        return parts[0]
    merged: dict[str, Any] = {}
    for part in parts:
        merged.update(part)
    return merged


def _of_type(schemas: SchemaSet, kind: str, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", -1000))
        high = schema.get("maximum", schema.get("exclusiveMaximum", 10**6))
        if "exclusiveMinimum" in schema and "minimum" not in schema:
            low += 1
        if "exclusiveMaximum" in schema and "maximum" not in schema:
            high -= 1
        ints = st.integers(int(low) if low == int(low) else int(low) + 1, int(high))
        return ints if kind == "integer" else st.one_of(ints, st.floats(low, high, allow_nan=False))
    if kind == "string":
        return _string(schema)
    if kind == "array":
        low = schema.get("minItems", 0)
        if depth >= MAX_DEPTH and not low:
            return st.just([])
        items = from_schema(schemas, schema.get("items", {}), depth + 1)
        unique = json.dumps if schema.get("uniqueItems") else None
        high = low if depth >= MAX_DEPTH else max(low, min(schema.get("maxItems", 2), 2))  # deep: just what is required
        return st.lists(items, min_size=low, max_size=high, unique_by=unique)
    if kind == "object":
        props = {**(schema.get("properties") or {}), **_then_properties(schema)}
        required = [k for k in _always_required(schema) if k in props]
        required += [k for k in props if k not in required][: max(0, schema.get("minProperties", 0) - len(required))]
        if depth >= MAX_DEPTH:
            props = {k: v for k, v in props.items() if k in required}
        fixed = {k: from_schema(schemas, props[k], depth + 1) for k in required}
        optional = {k: from_schema(schemas, v, depth + 1) for k, v in props.items() if k not in required}
        known = st.fixed_dictionaries(fixed, optional=optional)
        extra = schema.get("additionalProperties")
        if not (isinstance(extra, dict) and extra) or depth >= MAX_DEPTH:
            return known
        # A map (``additionalProperties`` with a schema): a few entries under names no property has.
        keys = st.text(st.sampled_from("abcdefgh"), min_size=1, max_size=4).map(lambda k: f"key_{k}")
        entries = st.dictionaries(keys, from_schema(schemas, extra, depth + 1), min_size=depth == 0, max_size=2)
        return st.tuples(known, entries).map(lambda pair: {**pair[1], **pair[0]})
    return st.none()


def _string(schema: dict[str, Any]) -> st.SearchStrategy[str]:
    fmt = schema.get("format")
    if fmt == "date-time":
        moments = st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1), timezones=st.just(UTC))
        return moments.map(lambda d: d.isoformat().replace("+00:00", "Z"))
    if fmt == "date":
        return st.dates().map(lambda d: d.isoformat())
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt in ("uri", "url"):
        return st.just("https://example.com/x")
    if fmt == "email":
        return st.just("user@example.com")
    if fmt in ("ipv4", "ip"):
        return st.just("10.0.0.1")
    if "pattern" in schema:
        ascii_only = st.characters(codec="ascii")  # JSON Schema's \\d and \\w are ASCII; Python's are not
        return st.from_regex(schema["pattern"], fullmatch=True, alphabet=ascii_only).filter(
            lambda s: len(s) >= schema.get("minLength", 0)
        )
    low, high = schema.get("minLength", 0), schema.get("maxLength", max(schema.get("minLength", 0), 12))
    return st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=low, max_size=high)


# --- what a newer API sends -----------------------------------------------------------------------


def newer(
    schemas: SchemaSet, schema: Any, value: Any, rng: random.Random, depth: int = 0, *, extra_on_top: bool = False
) -> Any:
    """``value`` with unknown enum values and extra fields mixed in wherever the schema has them
    (``extra_on_top``: always one extra field on the outermost object). Maps, whose extra entries
    must match a schema, get none."""
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH + 2:
        return value
    if isinstance(value, str) and isinstance(schema.get("enum"), list) and rng.random() < 0.6:
        return f"{UNKNOWN_PREFIX}{rng.randint(0, 99)}"
    branches = [*schema.get("allOf", []), *schema.get("oneOf", []), *schema.get("anyOf", [])]
    if isinstance(value, dict):
        value = dict(value)
        props = dict(schema.get("properties") or {})
        for branch in branches:
            props.update(schemas.resolve(branch).get("properties") or {})
        for key in list(value):
            if key in props:
                value[key] = newer(schemas, props[key], value[key], rng, depth + 1)
        typed_map = isinstance(schema.get("additionalProperties"), dict) and bool(schema["additionalProperties"])
        if not typed_map and (extra_on_top or (props and rng.random() < 0.7)):
            value[f"{EXTRA_PREFIX}{rng.randint(0, 99)}"] = rng.choice([1, "text", [1, 2], {"nested": True}, None])
        return value
    if isinstance(value, list):
        arrays = [s for s in (schema, *map(schemas.resolve, branches)) if isinstance(s, dict) and "items" in s]
        if arrays:  # the array itself, or the array branch of an anyOf [array, null]
            return [newer(schemas, arrays[0]["items"], item, rng, depth + 1) for item in value]
        return value
    for branch in branches:
        resolved = schemas.resolve(branch)
        if isinstance(value, str) and isinstance(resolved.get("enum"), list):
            return newer(schemas, resolved, value, rng, depth)
    return value


# --- every generated model ------------------------------------------------------------------------


@dataclass(frozen=True)
class Models:
    """The generated models of one package, each with the schema the generator built it from."""

    classes: dict[str, type]  # class name -> class, everything in <package>.models with from_dict
    schemas: SchemaSet  # the generator's view of the spec, plus "model:<class name>" for each model
    closed: frozenset[str]  # request-only schemas the generator was given closed: no additional_properties


def model_classes(api: str) -> dict[str, type]:
    """Every model class of a generated package, found by import (so a new model is covered)."""
    module = importlib.import_module(f"gpupods_clients.{api}.models")  # its models load on first use
    found = {name: getattr(module, name) for name in sorted(module.__all__)}
    return {
        name: cls
        for name, cls in found.items()
        if isinstance(cls, type) and hasattr(cls, "from_dict") and hasattr(cls, "to_dict")
    }


@functools.cache
def generator_models(api: str) -> Models:
    """The generator's own list of models for the spec shipped in the package (its normalized
    ``openapi.json`` seen as the pipeline shows it to the generator), each paired with its schema:
    the node the generator parsed it from, found by its naming rule (``_model_schemas``)."""
    document = json.loads(resources.files(f"gpupods_clients.{api}").joinpath("openapi.json").read_text("utf-8"))
    view = Normalized(spec_file=Path("openapi.json"), spec=document, operations=[]).generator_view()
    config_file = ConfigFile.model_validate(yaml.safe_load(GENERATOR_CONFIG.format(name=api)))
    config = Config.from_sources(
        config_file,
        MetaType.NONE,
        document_source=Path("openapi.json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=None,
    )
    data = GeneratorData.from_dict(view, config=config)
    assert isinstance(data, GeneratorData), data
    components = view.get("components", {}).get("schemas", {})
    found = model_schemas(view, config)
    missing = sorted({m.class_info.name for m in data.models} - set(found))
    assert not missing, f"{api}: no schema found for {missing}"
    unmade = sorted(set(found) - {m.class_info.name for m in data.models})
    assert not unmade, f"{api}: the walker names models the generator did not make: {unmade}"
    openapi_30 = str(view.get("openapi", "")).startswith("3.0")
    schemas = SchemaSet(components, {f"model:{name}": schema for name, schema in found.items()}, openapi_30)
    closed = frozenset(name for name, schema in found.items() if schema.get("additionalProperties") is False)
    classes = model_classes(api)
    assert set(classes) == set(found), f"{api}: models and the generator's list differ: {set(classes) ^ set(found)}"
    return Models(classes, schemas, closed)


MODEL_CASES = [(api, name) for api in APIS for name in model_classes(api)]


def test_every_generated_model_is_covered_with_its_schema() -> None:
    """Each package has models; every one of them is a case and has the schema it came from; a
    model has ``additional_properties`` unless the pipeline gave the generator a closed schema."""
    counts = {}
    for api in APIS:
        models = generator_models(api)
        counts[api] = len(models.classes)
        assert counts[api] > 0, api
        assert {n for a, n in MODEL_CASES if a == api} == set(models.classes)
        for name, cls in models.classes.items():
            has_extra = "additional_properties" in {a.name for a in cls.__attrs_attrs__}  # type: ignore[attr-defined]
            assert has_extra == (name not in models.closed), (api, name)
        assert len(models.closed) < counts[api] / 4, f"{api}: {sorted(models.closed)}"  # only request bodies


_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def _comparable(value: Any) -> Any:
    """JSON with timestamps as datetimes (``...Z`` comes back as ``...+00:00``)."""
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value)
    return value


def _properties(schemas: SchemaSet, schema: Any) -> set[str]:
    """The property names an object schema lists, its allOf/oneOf/anyOf parts included."""
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict):
        return set()
    names = set(schema.get("properties") or {})
    for branch in (b for k in ("allOf", "oneOf", "anyOf") for b in schema.get(k, [])):
        names |= _properties(schemas, branch)
    return names


def _without_closed_extras(schemas: SchemaSet, schema: Any, value: Any, depth: int = 0) -> Any:
    """``value`` as a closed (request-only) model writes it back: fields its schema does not list
    are dropped there; everywhere else everything is kept."""
    schema = schemas.resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH + 2:
        return value
    branches = [schemas.resolve(b) for k in ("allOf", "oneOf", "anyOf") for b in schema.get(k, [])]
    if isinstance(value, dict):
        props = dict(schema.get("properties") or {})
        for branch in branches:
            props.update(branch.get("properties") or {})
        closed = schema.get("additionalProperties") is False
        return {
            k: _without_closed_extras(schemas, props[k], v, depth + 1) if k in props else v
            for k, v in value.items()
            if k in props or not closed
        }
    if isinstance(value, list) and "items" in schema:
        return [_without_closed_extras(schemas, schema["items"], v, depth + 1) for v in value]
    return value


MODEL_TALLY: dict[str, Counter[str]] = {api: Counter() for api in APIS}


@pytest.mark.parametrize(("api", "model"), MODEL_CASES, ids=[f"{a}/{n}" for a, n in MODEL_CASES])
def test_every_model_reads_newer_data_and_writes_it_back(api: str, model: str, request) -> None:
    """Schema-valid data with unknown enum values and extra fields at every level: ``from_dict``
    parses it, and ``to_dict`` gives back every known field and every extra one (a closed,
    request-only model drops its own extras, as the pipeline intends)."""
    models = generator_models(api)
    cls, key = models.classes[model], f"model:{model}"
    schema = models.schemas.schema(key)
    tally = MODEL_TALLY[api]
    kept_here = [0]  # extra fields (or map entries) of this model kept in additional_properties

    @settings(
        max_examples=examples(request, 3),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(body=from_schema(models.schemas, schema), seed=st.integers(0, 2**16))
    def check(body: Any, seed: int) -> None:
        assert models.schemas.errors(key, body) == [], "the strategy built an invalid body"
        data = newer(models.schemas, schema, body, random.Random(seed), extra_on_top=True)
        parsed = cls.from_dict(data)  # type: ignore[attr-defined]
        written = parsed.to_dict()
        assert _comparable(written) == _comparable(_without_closed_extras(models.schemas, schema, data))
        extras = {k for k in data if k not in _properties(models.schemas, schema)} if isinstance(data, dict) else set()
        if model not in models.closed:
            assert extras and extras <= set(parsed.additional_properties), (extras, parsed.additional_properties)
            kept_here[0] += len(extras)
        back = _strings(written)
        tally["examples"] += 1
        tally["unknown enum values kept"] += sum(
            1 for v in _strings(data) if v.startswith(UNKNOWN_PREFIX) and v in back
        )
        tally["extra fields kept"] += sum(1 for v in _strings(data) if v.startswith(EXTRA_PREFIX) and v in back)

    check()
    tally["models"] += 1
    assert model in models.closed or kept_here[0] > 0


def test_the_models_kept_unknown_values_in_every_package(request: pytest.FixtureRequest) -> None:
    """Runs after the model cases (file order): each package's models saw and kept unknown enum
    values and extra fields, in every selected model."""
    selected = Counter(
        i.callspec.params["api"]
        for i in request.session.items
        if getattr(i, "originalname", "") == "test_every_model_reads_newer_data_and_writes_it_back"
    )
    for api in APIS:
        tally = MODEL_TALLY[api]
        assert tally["models"] == selected[api], (api, tally)
        if selected[api] == len(model_classes(api)):
            assert tally["unknown enum values kept"] > 0 and tally["extra fields kept"] > 0, (api, tally)
    figures = {api: dict(MODEL_TALLY[api]) for api in APIS}
    print(f"\n[properties] models covered={sum(t['models'] for t in MODEL_TALLY.values())} {figures}")


def _cases(every: bool) -> list[tuple[str, str, str]]:
    """(api, operation, status) of every JSON response body; unless ``every``, one case per
    distinct error schema of an API (most operations share their error bodies)."""
    cases, seen = [], set()
    for api in APIS:
        spec = Spec.load(api)
        for name, op in sorted(spec.operations.items()):
            for status, response in sorted(op.responses.items()):
                if not (response.schema_key and response.media_type and "json" in response.media_type):
                    continue
                if not status.isdigit():
                    continue
                shape = json.dumps(spec.schemas.schema(response.schema_key), sort_keys=True)
                if not every and not status.startswith("2") and (api, shape) in seen:
                    continue
                seen.add((api, shape))
                cases.append((api, name, status))
    return cases


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "response_case" in metafunc.fixturenames:
        chosen = _cases(bool(metafunc.config.getoption("--full-matrix")))
        metafunc.parametrize("response_case", chosen, ids=["/".join(c) for c in chosen])


def test_every_operation_with_a_json_answer_is_a_case() -> None:
    cases = _cases(every=False)
    for api in APIS:
        spec = Spec.load(api)
        with_json = {
            n
            for n, op in spec.operations.items()
            if any(
                r.schema_key and r.media_type and "json" in r.media_type and s.startswith("2")
                for s, r in op.responses.items()
            )
        }
        assert with_json and with_json == {n for a, n, s in cases if a == api and s.startswith("2")}, api
        assert any(a == api and not s.startswith("2") for a, _, s in cases), f"{api}: no error body"


def _strings(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(_strings(v) | {k} for k, v in value.items())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return {value} if isinstance(value, str) else set()


def test_newer_answers_parse_into_the_generated_models(response_case: tuple[str, str, str], request) -> None:
    api, operation, status = response_case
    spec = Spec.load(api)
    op = spec.operations[operation]
    module = importlib.import_module(f"gpupods_clients.{api}.api.{op.group}.{op.name}")
    client = importlib.import_module(f"gpupods_clients.{api}").Client(base_url="https://mock.invalid")
    key = op.responses[status].schema_key

    @settings(
        max_examples=examples(request, 4),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(body=from_schema(spec.schemas, spec.schemas.schema(key)), seed=st.integers(0, 2**16))
    def check(body: Any, seed: int) -> None:
        assert spec.schemas.errors(key, body) == [], "the strategy built an invalid body"
        mutated = newer(spec.schemas, spec.schemas.schema(key), body, random.Random(seed))
        response = httpx.Response(int(status), json=mutated)
        parsed = module._parse_response(client=client, response=response)
        if not hasattr(parsed, "to_dict"):
            return  # a list, a scalar or an untyped body: nothing more to compare
        back = json.dumps(parsed.to_dict(), default=str)
        unknown = {s for s in _strings(mutated) if s.startswith((UNKNOWN_PREFIX, EXTRA_PREFIX))}
        missing = {s for s in unknown if s not in back}
        assert not missing, f"lost on the way through the model: {sorted(missing)}"

    check()


# --- the facade mappings ----------------------------------------------------------------------------


# (provider, api, operation, where the pods are in the answer (None: it is one), the backend's mapping)
def _where_pods_are(schemas: SchemaSet, answer: Any, pod: Any) -> str | None | bool:
    """Where an answer schema holds the ``pod`` schema: ``None`` (it is one), ``"key"`` (one
    at ``key``), ``"key[]"`` (an array of them at ``key``); ``False`` when it holds none."""
    whole = schemas.resolve(answer)
    if whole is pod:
        return None
    for part in [whole, *(schemas.resolve(p) for p in whole.get("allOf", []))]:
        for key, prop in (part.get("properties") or {}).items():
            node = schemas.resolve(prop)
            if node is pod:
                return key
            for option in (node, *map(schemas.resolve, node.get("anyOf", []))):
                if schemas.resolve(option.get("items")) is pod:
                    return f"{key}[]"
    return False


def _pod_reads() -> list[tuple[str, str, str, str | None, str]]:
    """(provider, API, operation, where the pods are, mapping) for every get and list the facade
    sends (``MockCloud.facade_routes``) whose answer holds the backend's ``pod_model``."""
    reads = []
    for provider in PROVIDERS:
        pod_model = REGISTRY[provider].backend_class().pod_model
        api = pod_model.__module__.split(".")[1]
        spec = Spec.load(api)
        (pod_key,) = [k for k in spec.schemas.root["$defs"] if ClassName(k, "") == pod_model.__name__]
        pod = spec.schemas.schema(pod_key)
        found = []
        for operation in routes(provider, "get") + routes(provider, "list"):
            answer = spec.schemas.schema(spec.operations[operation].responses["200"].schema_key)
            where = _where_pods_are(spec.schemas, answer, pod)
            if where is not False:
                found.append((provider, api, operation, where, "to_pod"))
        assert len(found) >= 2, f"{provider}: no get and list answer holds its pod model {pod_model.__name__}"
        reads += found
    return reads


#: Quirks: reads mapped by something other than ``to_pod``.
QUIRK_POD_READS = [("primeintellect", "primeintellect", "get_pod_status", "data[]", "_status_pod")]
POD_READS = _pod_reads() + QUIRK_POD_READS


def _with_rows(schemas: SchemaSet, schema: Any, where: str | None) -> st.SearchStrategy[Any]:
    """Answers; a listing (``where`` is ``"key[]"``) always with one to three pods in its
    array (the random ones seldom have any)."""
    answers = from_schema(schemas, schema)
    if where is None or not where.endswith("[]"):
        return answers
    rows = where[:-2]
    whole = schemas.resolve(schema)
    parts = [whole, *(schemas.resolve(part) for part in whole.get("allOf", []))]  # a list schema may be an allOf
    prop = schemas.resolve(next(part["properties"][rows] for part in parts if rows in part.get("properties", {})))
    array = next(s for s in (prop, *map(schemas.resolve, prop.get("anyOf", []))) if "items" in s)
    pods = st.lists(from_schema(schemas, array["items"]), min_size=1, max_size=3)
    return st.tuples(answers, pods).map(lambda pair: {**pair[0], rows: pair[1]})


def _pods_in(answer: Any, where: str | None) -> list[Any]:
    """The pods of an answer, decoded JSON or generated model: the answer itself (``None``),
    the object at ``"key"`` or the items of the array at ``"key[]"``."""
    if where is None:
        return [answer]
    key = where.removesuffix("[]")
    found = answer.get(key) if isinstance(answer, dict) else val(getattr(answer, key))
    return list(found or []) if where.endswith("[]") else [found]


@pytest.mark.parametrize(
    ("provider", "api", "operation", "rows", "mapping"), POD_READS, ids=[f"{p}/{o}/{m}" for p, _, o, _, m in POD_READS]
)
def test_newer_pods_map_to_facade_pods(
    provider: str, api: str, operation: str, rows: str | None, mapping: str, request
) -> None:
    """Pods with unknown statuses and extra fields, as the facade reads them (get, list, batch
    status), map to a Pod; an unknown provider status reads as UNKNOWN, and nothing raises.
    ``to_pod`` maps the decoded JSON (what reads request) exactly as the generated model of the
    same pod (what a create answers), and the JSON pod's ``raw`` builds that model."""
    spec = Spec.load(api)
    op = spec.operations[operation]
    module = importlib.import_module(f"gpupods_clients.{api}.api.{op.group}.{op.name}")
    client = importlib.import_module(f"gpupods_clients.{api}").Client(base_url="https://mock.invalid")
    key = op.responses["200"].schema_key
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        backend = fleet.backend(provider)
        statuses = list(backend.STATUS_MAP)  # type: ignore[attr-defined]
        to_pod = getattr(backend, mapping)
        seen = {"unknown": 0, "known": 0}

        @settings(
            max_examples=examples(request, 25),
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        @given(body=_with_rows(spec.schemas, spec.schemas.schema(key), rows), seed=st.integers(0, 2**16))
        def check(body: Any, seed: int) -> None:
            assert spec.schemas.errors(key, body) == [], "the strategy built an invalid body"
            mutated = newer(spec.schemas, spec.schemas.schema(key), body, random.Random(seed), extra_on_top=True)
            parsed = module._parse_response(client=client, response=httpx.Response(200, json=mutated))
            for data, raw in zip(_pods_in(mutated, rows), _pods_in(parsed, rows), strict=True):
                if mapping == "to_pod":
                    pod = to_pod(data)
                    assert type(pod.raw) is backend.pod_model and pod.raw.to_dict() == raw.to_dict()
                    from_model = to_pod(raw)
                    assert from_model.raw is raw
                    assert dataclasses.replace(from_model, observed_at=None) == dataclasses.replace(
                        pod, observed_at=None
                    )
                else:
                    pod = to_pod(raw)
                assert isinstance(pod, Pod) and pod.provider == provider and isinstance(pod.status, PodStatus)
                if str(pod.provider_status).startswith(UNKNOWN_PREFIX):
                    seen["unknown"] += 1
                    # Novita: a status nobody knows, sent with an error message, reads as ERROR (on purpose).
                    error = val(getattr(raw, "status_error", None))
                    failed = provider == "novita" and bool(val(getattr(error, "message", None)))
                    assert pod.status is (PodStatus.ERROR if failed else PodStatus.UNKNOWN), (
                        pod.provider_status,
                        pod.status,
                    )
                else:
                    seen["known"] += 1
                    assert pod.provider_status in statuses or pod.status is PodStatus.UNKNOWN, pod.provider_status

        check()
    assert seen["unknown"] > 0 and seen["known"] > 0, seen
