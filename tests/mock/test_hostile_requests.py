"""Hostile requests never make a mock cloud fail: no exception, no 5xx without an injected
fault, and every refusal in the API's own error shape.

Hypothesis draws methods, paths (each API's routes with hostile parameter values, and
random paths), query strings, headers and bodies (random bytes, random and deeply nested
JSON, realistic (the contract scenarios') or schema-shaped bodies with random values swapped
in, GraphQL documents and variables)
and sends them to every API of every cloud in-process. No test here names a provider.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from gpupods.mock import CLOUD_CLASSES, MockClouds, MockRequest, VirtualClock
from gpupods.mock._core import SpecMock
from gpupods.mock._graphql import GraphQLMock
from gpupods.mock._limits import MAX_BODY_BYTES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.contract.scenarios import SCENARIOS, Ctx

PROVIDERS = sorted(CLOUD_CLASSES)
EXAMPLES = int(os.environ.get("GPUPODS_HOSTILE_EXAMPLES", "120"))  # per cloud; raise it to search longer
KEY = "hostile-test-key"

SEGMENTS = st.one_of(
    st.sampled_from(["..", ".", "", "%2F", "%2e%2e", "%00", "a%20b", "%ZZ", "\u00e9", "x" * 300, "-1", "0", "null"]),
    st.text(st.characters(codec="utf-8", exclude_characters="/?#"), max_size=20).map(lambda t: quote(t, safe="%")),
)
JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(["", "x" * 5000, "0", "-1", "NaN", "\u0000", "null"]),
)
JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=20,
)
AUTH = st.sampled_from([f"Bearer {KEY}", "", "Bearer ", "Bearer wrong-key", "Basic eDp5", f"bearer {KEY}", "Bearer \t"])
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "",
        "application/x-www-form-urlencoded",
        "application/problem+json",
        "multipart/form-data; boundary=x",
        "application/json;;;",
    ]
)
METHODS = st.sampled_from(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND"])


def _deep(depth: int, kind: str) -> bytes:
    return ("[" * depth + "]" * depth if kind == "list" else '{"a":' * depth + "1" + "}" * depth).encode()


BODIES = st.one_of(
    st.just(b""),
    st.binary(max_size=200),
    JSON.map(lambda v: json.dumps(v).encode()),
    st.builds(_deep, st.sampled_from([65, 1_000, 100_000]), st.sampled_from(["list", "dict"])),
    st.sampled_from([b"{", b"[1,", b'{"a":}', b"\xff\xfe", b'"\\ud800"', b"1e999999", b"-", b"nul"]),
)


@pytest.fixture(scope="module", params=PROVIDERS)
def cloud(request: pytest.FixtureRequest) -> Iterator[Any]:
    with MockClouds(clock=VirtualClock(), sshd=False, providers=(request.param,), api_keys=[KEY]) as clouds:
        yield clouds.cloud(request.param)


def _routes(cloud: Any) -> list[tuple[str, str, Any, Any]]:
    """(method, path template, API mock, operation or None) for every route of every API."""
    found: list[tuple[str, str, Any, Any]] = []
    for api in cloud.apis.values():
        if isinstance(api, SpecMock):
            found += [(op.method, api.base_path + op.path, api, op) for op in api.spec.routes]
        elif isinstance(api, GraphQLMock):
            found.append(("POST", api.path, api, None))
    return found


def _fill(template: str, values: list[str]) -> str:
    parts = template.split("/")
    out = []
    for part in parts:
        out.append(values.pop() if part.startswith("{") and values else part)
    return "/".join(out)


@st.composite
def requests(draw: st.DrawFn, cloud: Any) -> tuple[MockRequest, Any]:
    routes = _routes(cloud)
    method, template, source, op = draw(st.sampled_from(routes))
    api = source
    if draw(st.integers(0, 9)) == 0:
        method = draw(METHODS)
    path = _fill(template, draw(st.lists(SEGMENTS, min_size=3, max_size=3)))
    if draw(st.integers(0, 9)) == 0:
        path = "/" + "/".join(draw(st.lists(SEGMENTS, max_size=5)))
        api = cloud.api_for(path)
    names = [p.name for p in op.params if p.location == "query"] if op is not None else []
    keys = st.one_of(st.sampled_from(names), st.text(max_size=8)) if names else st.text(max_size=8)
    query = urlencode(draw(st.lists(st.tuples(keys, st.one_of(SEGMENTS, st.text(max_size=12))), max_size=4)))
    headers = {"authorization": draw(AUTH), "content-type": draw(CONTENT_TYPES)}
    headers.update(
        draw(
            st.dictionaries(
                st.sampled_from(["accept", "x-forwarded-for", "last-event-id", "expect"]),
                st.text(max_size=20),
                max_size=2,
            )
        )
    )
    if isinstance(source, GraphQLMock):
        body = draw(st.one_of(BODIES, _graphql_bodies()))
    elif op is not None and op.body is not None and op.body.schema_key and draw(st.booleans()):
        realistic = [s.args(Ctx(None))["body"] for s in SCENARIOS.get(source.api, []) if s.op == op.name]
        realistic = [b for b in realistic if isinstance(b, dict)]
        shaped = (
            draw(st.sampled_from(realistic))
            if realistic and draw(st.booleans())
            else source.synth.value(source.spec.schemas.schema(op.body.schema_key))
        )
        body = json.dumps(draw(_mutated(shaped))).encode()
    else:
        body = draw(BODIES)
    return MockRequest(method, path, query, headers, body), api


@st.composite
def _mutated(draw: st.DrawFn, value: Any) -> Any:
    """``value`` with some of its fields replaced by random JSON or dropped."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            choice = draw(st.integers(0, 5))
            if choice == 0:
                continue
            out[key] = draw(JSON) if choice == 1 else draw(_mutated(item))
        return out
    if isinstance(value, list):
        return [draw(_mutated(item)) for item in value]
    return draw(JSON) if draw(st.integers(0, 3)) == 0 else value


QUERIES = [
    "{ myself { id pods { id name desiredStatus runtime { ports { publicPort } } } } }",
    "query($i: PodFilter!) { pod(input: $i) { id costPerHr } }",
    "mutation($i: PodStopInput!) { podStop(input: $i) { id desiredStatus } }",
    "mutation($i: PodTerminateInput!) { podTerminate(input: $i) }",
    "mutation($i: PodFindAndDeployOnDemandInput!) { podFindAndDeployOnDemand(input: $i) { id } }",
    "mutation($i: PodRentInterruptableInput!) { podRentInterruptable(input: $i) { id } }",
    "{ gpuTypes { id lowestPrice(input: {gpuCount: 1}) { minimumBidPrice } } }",
    "{ __schema { types { name } } }",
    "{ " + '__type(name: "Pod") { ' + "ofType { " * 300 + "name" + " }" * 301 + " }",
    "{ myself { " + "id " * 5000 + "} }",
    "{ myself { id } } " * 50,
]


def _graphql_bodies() -> st.SearchStrategy[bytes]:
    variables = st.one_of(
        JSON, st.fixed_dictionaries({"i": JSON}), st.fixed_dictionaries({"i": st.fixed_dictionaries({"podId": JSON})})
    )
    payload = st.fixed_dictionaries(
        {"query": st.one_of(st.sampled_from(QUERIES), st.text(max_size=60))},
        optional={"variables": variables, "operationName": st.one_of(st.none(), st.text(max_size=8), JSON)},
    )
    return payload.map(lambda p: json.dumps(p).encode())


def _shapes(api: Any, status: int) -> list[set[str]]:
    """The key sets an error body of this API may have for ``status`` (with and without details)."""
    if isinstance(api, GraphQLMock):
        return [set(api.error_body(status, "m", "CODE"))]
    return [set(api.error_body(status, "m", details)[0]) for details in ([], [("field", "problem")])]


def _check(cloud: Any, request: MockRequest, api: Any) -> None:
    response = cloud.handle(request)
    assert response.status < 500, (request, response.status, response.body[:300])
    if response.status >= 400:
        assert set(json.loads(response.body)) in _shapes(api, response.status), (request, response.body[:300])
    if isinstance(api, GraphQLMock) and response.status == 200:
        for error in json.loads(response.body).get("errors", []):
            assert error["extensions"]["code"] != "INTERNAL_SERVER_ERROR", (request, error)


def test_hostile_requests_get_no_5xx_and_provider_shaped_errors(cloud: Any) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        request, api = data.draw(requests(cloud))
        _check(cloud, request, api)

    run()


def test_oversized_and_deeply_nested_bodies_are_refused_in_each_apis_shape(cloud: Any) -> None:
    for method, template, api, _ in _routes(cloud):
        if method not in ("POST", "PUT", "PATCH"):
            continue
        path = _fill(template, ["x", "x", "x"])
        headers = {"authorization": f"Bearer {KEY}", "content-type": "application/json"}
        big = cloud.handle(MockRequest(method, path, "", headers, b" " * (MAX_BODY_BYTES + 1)))
        assert big.status == 413 and set(json.loads(big.body)) in _shapes(api, 413), big.body[:200]
        unread = cloud.handle(MockRequest(method, path, "", headers, b"", declared_length=50 * MAX_BODY_BYTES))
        assert unread.status == 413
        for deep in (_deep(65, "list"), _deep(100_000, "dict")):
            answer = cloud.handle(MockRequest(method, path, "", headers, deep))
            assert answer.status == 400 and set(json.loads(answer.body)) in _shapes(api, 400), answer.body[:200]
