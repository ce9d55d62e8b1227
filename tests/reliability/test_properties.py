"""Property tests: answers from a provider's next release still parse.

For every operation of every OpenAPI spec, hypothesis builds schema-valid JSON bodies for each
documented response (2xx and errors), then mixes in what a newer API sends: enum values this
client does not know and fields it has never seen, at every level. Each body goes through the
operation's generated ``_parse_response`` (and so through every generated model a response can
contain), and the typed result must serialise back with the unknown values kept. The facade
mappings (``Backend.to_pod``) get pods built the same way and must map an unknown provider
status to ``PodStatus.UNKNOWN`` without raising.

Small by default; ``--full-matrix`` (``nox -s reliability``) runs ten times the examples.
"""

from __future__ import annotations

import importlib
import json
import random
import re
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from gpupods import Fleet, PodStatus
from gpupods.mock import MockClouds, VirtualClock
from gpupods.mock._spec import Spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

APIS = ("runpod_v2", "runpod_v1", "primeintellect", "novita")
UNKNOWN_PREFIX = "FROM_A_NEWER_API_"
EXTRA_PREFIX = "x_newer_api_"
MAX_DEPTH = 5


def examples(request: pytest.FixtureRequest, base: int) -> int:
    return base * 10 if request.config.getoption("--full-matrix") else base


# --- schema-valid values ------------------------------------------------------------------------


def from_schema(spec: Spec, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A strategy for JSON values valid against ``schema`` (the subset of JSON Schema the specs use)."""
    schema = spec.schemas.resolve(schema)
    if schema is True or schema is None or schema == {}:
        return st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=5))
    if "const" in schema:
        return st.just(schema["const"])
    if isinstance(schema.get("enum"), list):
        return st.sampled_from(schema["enum"])
    if "allOf" in schema:
        merged = _flatten_all_of(spec, schema)
        if merged is not None:
            return from_schema(spec, merged, depth)
        parts = [from_schema(spec, p, depth) for p in schema["allOf"]]
        return st.tuples(*parts).map(_merge)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([from_schema(spec, b, depth) for b in schema[key]])
    types = schema.get("type")
    if isinstance(types, list):
        return st.one_of([_of_type(spec, t, schema, depth) for t in types])
    if schema.get("nullable") is True:
        return st.one_of(st.none(), _of_type(spec, types or "object", schema, depth))
    return _of_type(spec, types or ("object" if "properties" in schema else "string"), schema, depth)


def _flatten_all_of(spec: Spec, schema: dict[str, Any]) -> dict[str, Any] | None:
    """One object schema for an ``allOf`` of object schemas (properties and required lists joined);
    None when a part is not a plain object (an enum, a oneOf)."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*schema["allOf"], {k: v for k, v in schema.items() if k != "allOf"}]:
        part = spec.schemas.resolve(part)
        if "allOf" in part:
            part = _flatten_all_of(spec, part)
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
        required += [r for r in part.get("required") or [] if r not in required]
    return {"type": "object", "properties": properties, "required": required}


def _merge(parts: tuple[Any, ...]) -> Any:
    if not all(isinstance(p, dict) for p in parts):
        return parts[0]
    merged: dict[str, Any] = {}
    for part in parts:
        merged.update(part)
    return merged


def _of_type(spec: Spec, kind: str, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
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
        if depth >= MAX_DEPTH:
            return st.just([])
        low = schema.get("minItems", 0)
        items = from_schema(spec, schema.get("items", {}), depth + 1)
        unique = json.dumps if schema.get("uniqueItems") else None
        return st.lists(items, min_size=low, max_size=max(low, min(schema.get("maxItems", 2), 2)), unique_by=unique)
    if kind == "object":
        props = schema.get("properties") or {}
        required = [k for k in schema.get("required") or [] if k in props]
        if depth >= MAX_DEPTH:
            props = {k: v for k, v in props.items() if k in required}
        fixed = {k: from_schema(spec, props[k], depth + 1) for k in required}
        optional = {k: from_schema(spec, v, depth + 1) for k, v in props.items() if k not in required}
        return st.fixed_dictionaries(fixed, optional=optional)
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


def newer(spec: Spec, schema: Any, value: Any, rng: random.Random, depth: int = 0) -> Any:
    """``value`` with unknown enum values and extra fields mixed in wherever the schema has them."""
    schema = spec.schemas.resolve(schema)
    if not isinstance(schema, dict) or depth > MAX_DEPTH + 2:
        return value
    if isinstance(value, str) and isinstance(schema.get("enum"), list) and rng.random() < 0.6:
        return f"{UNKNOWN_PREFIX}{rng.randint(0, 99)}"
    branches = [*schema.get("allOf", []), *schema.get("oneOf", []), *schema.get("anyOf", [])]
    if isinstance(value, dict):
        value = dict(value)
        props = dict(schema.get("properties") or {})
        for branch in branches:
            props.update(spec.schemas.resolve(branch).get("properties") or {})
        for key in list(value):
            if key in props:
                value[key] = newer(spec, props[key], value[key], rng, depth + 1)
        if props and rng.random() < 0.7:
            value[f"{EXTRA_PREFIX}{rng.randint(0, 99)}"] = rng.choice([1, "text", [1, 2], {"nested": True}, None])
        return value
    if isinstance(value, list) and "items" in schema:
        return [newer(spec, schema["items"], item, rng, depth + 1) for item in value]
    for branch in branches:
        resolved = spec.schemas.resolve(branch)
        if isinstance(value, str) and isinstance(resolved.get("enum"), list):
            return newer(spec, resolved, value, rng, depth)
    return value


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
        with_json = {n for n, op in spec.operations.items()
                     if any(r.schema_key and r.media_type and "json" in r.media_type and s.startswith("2")
                            for s, r in op.responses.items())}  # fmt: skip
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

    @settings(max_examples=examples(request, 4), deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])  # fmt: skip
    @given(body=from_schema(spec, spec.schemas.schema(key)), seed=st.integers(0, 2**16))
    def check(body: Any, seed: int) -> None:
        assert spec.schemas.errors(key, body) == [], "the strategy built an invalid body"
        mutated = newer(spec, spec.schemas.schema(key), body, random.Random(seed))
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

POD_READ = {"runpod": ("runpod_v2", "get_pod"), "primeintellect": ("primeintellect", "get_pod"),
            "novita": ("novita", "get_gpu_instance")}  # fmt: skip


@pytest.mark.parametrize("provider", sorted(POD_READ))
def test_newer_pods_map_to_facade_pods(provider: str, request) -> None:
    api, operation = POD_READ[provider]
    spec = Spec.load(api)
    op = spec.operations[operation]
    module = importlib.import_module(f"gpupods_clients.{api}.api.{op.group}.{op.name}")
    client = importlib.import_module(f"gpupods_clients.{api}").Client(base_url="https://mock.invalid")
    key = op.responses["200"].schema_key
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        backend = fleet.backend(provider)
        statuses = list(backend.STATUS_MAP)  # type: ignore[attr-defined]
        seen = {"unknown": 0, "known": 0}

        @settings(max_examples=examples(request, 40), deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])  # fmt: skip
        @given(body=from_schema(spec, spec.schemas.schema(key)), seed=st.integers(0, 2**16))
        def check(body: Any, seed: int) -> None:
            rng = random.Random(seed)
            mutated = newer(spec, spec.schemas.schema(key), body, rng)
            parsed = module._parse_response(client=client, response=httpx.Response(200, json=mutated))
            pod = backend.to_pod(parsed)
            raw_status = pod.provider_status
            if re.match(UNKNOWN_PREFIX, str(raw_status)):
                seen["unknown"] += 1
                # Novita: a status nobody knows, sent with an error message, reads as ERROR (on purpose).
                error = getattr(parsed, "status_error", None)
                failed = provider == "novita" and bool(getattr(error, "message", None))
                assert pod.status is (PodStatus.ERROR if failed else PodStatus.UNKNOWN), (raw_status, pod.status)
            else:
                seen["known"] += 1
                assert raw_status in statuses or pod.status is PodStatus.UNKNOWN, raw_status
            assert pod.provider == provider

        check()
    assert seen["unknown"] > 0 and seen["known"] > 0, seen
