"""Every operation of every OpenAPI spec, called through its generated client against the
in-process mock cloud, sync and async, in a scenario a user would run (``scenarios.py``).

Each call must come back 2xx with a body the generated client parses into its typed model,
which serialises back to something the response schema accepts. Then every answer of the run
is read as a careful client would: no placeholder values, plausible prices, totals, timestamps,
and references to objects the account has (``answers.py``). A run that leaves an operation of
a spec uncalled fails, and so does an operation the mock answers without its own handler.
"""

from __future__ import annotations

import importlib
import json
import re
import types
import typing
from importlib import resources
from typing import Any

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock
from gpupods.mock._schema import Synthesizer
from gpupods.mock._spec import Spec

from .answers import implausible, own_ids, placeholders, references, walk
from .scenarios import SCENARIOS, Ctx, Step

API_CLOUD = {"runpod_v2": "runpod", "runpod_v1": "runpod", "primeintellect": "primeintellect", "novita": "novita"}
BASE_URL = {
    "runpod_v2": "https://api.runpod.io",
    "runpod_v1": "https://rest.runpod.io/v1",
    "primeintellect": "https://api.primeintellect.ai",
    "novita": "https://api.novita.ai/gpu-instance/openapi/v1",
}


def _spec(api: str) -> Spec:
    return Spec(json.loads(resources.files(f"gpupods_clients.{api}").joinpath("openapi.json").read_text("utf-8")))


def _module(api: str, group: str, name: str) -> types.ModuleType:
    return importlib.import_module(f"gpupods_clients.{api}.api.{group}.{name}")


def _body_model(module: types.ModuleType, data: Any) -> Any:
    hint = typing.get_type_hints(module._get_kwargs)["body"]
    options = typing.get_args(hint) or (hint,)
    errors = []
    for option in options:
        if hasattr(option, "from_dict"):
            try:
                return option.from_dict(data)
            except Exception as exc:
                errors.append(exc)
    raise AssertionError(f"no body model of {module.__name__} accepts {data!r}: {errors}")


def _first_step(api: str, name: str) -> Step:
    return next(step for step in SCENARIOS[api] if step.op == name)


def _phase(name: str) -> tuple[int, str]:
    """Scenario order (kept for the Prism suite, which sends the same requests)."""
    order = {}
    for api_steps in SCENARIOS.values():
        for index, step in enumerate(api_steps):
            order.setdefault(step.op, index)
    return order.get(name, 10_000), name


def _request(
    api: str, spec: Spec, clouds: MockClouds, op_name: str, ctx: Ctx, step: Step | None = None
) -> dict[str, Any]:
    """The keyword arguments of the generated client's call for one scenario step."""
    op = spec.operations[op_name]
    module = _module(api, op.group, op.name)
    kwargs = dict((step or _first_step(api, op_name)).args(ctx))
    if "body" in kwargs and not hasattr(kwargs["body"], "to_dict"):
        kwargs["body"] = _body_model(module, kwargs["body"])
    return kwargs


def _check(api: str, spec: Spec, op_name: str, response: Any, ctx: Ctx, validator: Any) -> Any:
    """The answer is a documented 2xx that the client parses and serialises back; returns its JSON."""
    op = spec.operations[op_name]
    status = int(response.status_code)
    assert 200 <= status < 300, f"{api} {op_name}: HTTP {status} {response.content[:300]!r}"
    declared = op.responses.get(str(status))
    assert declared is not None, f"{api} {op_name}: undeclared status {status}"
    if not response.content:
        return None
    if declared.schema_key is not None and status != 204:
        parsed = response.parsed
        assert parsed is not None, f"{api} {op_name}: the generated client parsed nothing"
        assert type(parsed).__name__ not in ("ErrorResponse", "Error", "Detail"), f"{api} {op_name}: parsed an error"
        if hasattr(parsed, "to_dict"):
            problems = validator.spec.schemas.errors(declared.schema_key, parsed.to_dict())
            assert problems == [], f"{api} {op_name}: the parsed model does not serialise back: {problems[:3]}"
    media = response.headers.get("content-type", "")
    return json.loads(response.content) if "json" in media else response.content.decode()


def _client(api: str, clouds: MockClouds) -> Any:
    module = importlib.import_module(f"gpupods_clients.{api}")
    return module.AuthenticatedClient(
        base_url=BASE_URL[api], token="contract-token", httpx_args={"transport": clouds.transport()}
    )


def _validator(api: str, clouds: MockClouds) -> Any:
    return next(cloud.apis[api] for cloud in clouds.clouds.values() if api in cloud.apis)


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False) as mocks:
        yield mocks


def _keep(step: Step, answer: Any, ctx: Ctx) -> None:
    for name, read in step.keep:
        ctx.ids[name] = read(answer)


#: Answers that are documents rather than data about the account.
REVIEW_EXEMPT = {"runpod_v1": {"get_openapi_json": "the answer is the API's own OpenAPI description"}}


def _review(api: str, answers: list[tuple[str, Any]], ctx: Ctx) -> None:
    """Every answer of the run: no placeholders, nothing implausible, no dangling reference."""
    now = ctx.clouds.clock.time()
    known: set[str] = _catalog_ids(api, ctx.clouds)
    for _, answer in answers:
        known |= own_ids(answer) | _catalog_places(answer)
    problems = []
    for op, answer in answers:
        if op in REVIEW_EXEMPT.get(api, {}):
            continue
        problems += [f"{op}: placeholder {p}" for p in placeholders(answer)]
        problems += [f"{op}: {p}" for p in implausible(answer, now)]
        problems += [
            f"{op}: {path} -> {ref} is not an object of this account"
            for path, ref in references(answer)
            if ref not in known
        ]
    assert not problems, f"{api}:\n" + "\n".join(problems[:40])


def _catalog_ids(api: str, clouds: MockClouds) -> set[str]:
    """Ids the provider's catalog defines, read as a client reads them (RunPod's v1 and GraphQL
    name the GPU types and data centers of the v2 catalog)."""
    if not api.startswith("runpod"):
        return set()
    http = httpx.Client(
        transport=clouds.transport(),
        base_url="https://api.runpod.io",
        headers={"Authorization": "Bearer contract-token"},
    )
    ids: set[str] = set()
    for path in ("/v2/catalog/gpus", "/v2/catalog/cpus", "/v2/catalog/datacenters", "/v2/catalog/templates"):
        ids |= own_ids(http.get(path).json())
    return ids


def _catalog_places(answer: Any) -> set[str]:
    """Data centers a catalog names without an object of their own (Prime Intellect offers)."""
    return {v for _, k, v, _ in walk(answer) if k == "dataCenter" and isinstance(v, str)}


def _run_sync(api: str, clouds: MockClouds) -> tuple[list[tuple[str, Any]], Ctx]:
    spec, ctx, client = _spec(api), Ctx(clouds), _client(api, clouds)
    validator = _validator(api, clouds)
    answers = []
    for step in SCENARIOS[api]:
        ctx.advance(step.advance)
        op = spec.operations[step.op]
        response = _module(api, op.group, op.name).sync_detailed(
            client=client, **_request(api, spec, clouds, step.op, ctx, step)
        )
        answer = _check(api, spec, step.op, response, ctx, validator)
        _keep(step, answer, ctx)
        answers.append((step.op, answer))
    return answers, ctx


@pytest.mark.parametrize("api", sorted(API_CLOUD))
def test_every_operation_sync(api: str, clouds: MockClouds) -> None:
    answers, ctx = _run_sync(api, clouds)
    validator = _validator(api, clouds)
    spec = _spec(api)
    assert {op for op, _ in answers} == set(spec.operations), "the scenario must call every operation"
    unexercised = set(spec.operations) - set(validator.served)
    assert not unexercised, f"{api}: operations never answered: {sorted(unexercised)}"
    generic = set(spec.operations) - set(validator.handlers)
    assert not generic, f"{api}: answered by the schema-driven responder, not from state: {sorted(generic)}"
    _review(api, answers, ctx)


@pytest.mark.parametrize("api", sorted(API_CLOUD))
async def test_every_operation_async(api: str, clouds: MockClouds) -> None:
    spec, ctx, client = _spec(api), Ctx(clouds), _client(api, clouds)
    validator = _validator(api, clouds)
    for step in SCENARIOS[api]:
        ctx.advance(step.advance)
        op = spec.operations[step.op]
        module = _module(api, op.group, op.name)
        response = await module.asyncio_detailed(client=client, **_request(api, spec, clouds, step.op, ctx, step))
        _keep(step, _check(api, spec, step.op, response, ctx, validator), ctx)
    assert set(spec.operations) <= set(validator.served)


def test_a_failing_call_is_reported(clouds: MockClouds) -> None:
    """The check above can fail: a call the mock refuses is not counted as exercised."""
    spec = _spec("runpod_v2")
    client = _client("runpod_v2", clouds)
    module = _module("runpod_v2", "pod", "get_pod")
    response = module.sync_detailed(client=client, id="no-such-pod")
    with pytest.raises(AssertionError, match="HTTP 404"):
        _check("runpod_v2", spec, "get_pod", response, Ctx(clouds), _validator("runpod_v2", clouds))


def test_the_review_finds_what_a_schema_driven_responder_answers(clouds: MockClouds) -> None:
    """Answers built from the response schemas alone (what the generic responder gives) are
    flagged; the mock's own answers of the same operations are not (test_every_operation_sync)."""
    flagged = total = 0
    for api in API_CLOUD:
        validator = _validator(api, clouds)
        synth = Synthesizer(validator.spec.schemas, clouds.clock.time)
        for op in validator.spec.operations.values():
            declared = op.responses.get(str(validator.success_status(op)))
            if declared is None or declared.schema_key is None:
                continue
            answer = synth.value(validator.spec.schemas.schema(declared.schema_key))
            if not isinstance(answer, dict) or not any(not isinstance(v, dict | list) for *_, v, _ in walk(answer)):
                continue  # nothing but empty lists: no value to judge
            total += 1
            flagged += bool(placeholders(answer) or implausible(answer, clouds.clock.time()))
    assert total >= 80 and flagged / total >= 0.95, f"flagged {flagged} of {total}"


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ({"name": "name"}, "own name"),
        ({"gpus": [{"displayName": "string"}]}, "'string'"),
        ({"spotPrice": "", "price": 35000}, "empty string"),
        ({"securePrice": 1.0}, "filler magnitude"),
        ({"secureSpotPrice": 2.0, "securePrice": 1.5}, "not below"),
        ({"oneMonthPrice": 2.0, "oneWeekPrice": 1.9, "securePrice": 2.5}, "not below oneWeekPrice"),
        ({"threeMonthPrice": 3.0, "securePrice": 2.5}, "not a discount"),
        ({"data": [1, 2, 3], "total_count": 2}, "less than"),
        ({"data": [1], "offset": 0, "limit": 100, "total_count": 5}, "short page"),
        ({"createdAt": "2026-11-23T12:00:00Z", "updatedAt": "2026-11-22T12:00:00Z"}, "after"),
        ({"records": [{"totalAmount": 1.5}], "metadata": {"recordCount": 1, "totals": {"totalAmount": 2}}}, "sum"),
        ({"price": 0}, "not positive"),
    ],
)
def test_each_review_rule_can_fail(answer: dict[str, Any], problem: str) -> None:
    found = placeholders(answer) + implausible(answer, now=2e9)
    assert any(problem in line for line in found), found


def test_a_dangling_reference_is_found() -> None:
    answer = {"pods": [{"id": "p1", "templateId": "t-gone"}], "templates": [{"id": "t1"}]}
    assert [ref for _, ref in references(answer) if ref not in own_ids(answer)] == ["t-gone"]


def test_unknown_enum_values_in_answers_still_parse(clouds: MockClouds) -> None:
    """Forward compatibility through the real stack: the drift fault adds fields and enum values."""
    from gpupods.mock import Fault

    clouds.faults("runpod").add(Fault.drift(), routes="get_pod")
    client = _client("runpod_v2", clouds)
    create = _module("runpod_v2", "pod", "create_pod")
    body = _body_model(create, {"name": "d", "image": "i", "gpu": {"id": "NVIDIA GeForce RTX 4090"}})
    pod_id = create.sync_detailed(client=client, body=body).parsed.id
    pod = _module("runpod_v2", "pod", "get_pod").sync_detailed(client=client, id=pod_id).parsed
    assert pod.status == "PROVISIONING_NEXT"
    assert pod.additional_properties["x_added_by_provider"] == {"note": "a field this client does not know"}


def test_bad_requests_get_provider_shaped_errors(clouds: MockClouds) -> None:
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
    cases = [
        ("https://api.runpod.io/v2/pods", b"{not json", "application/json", 400, "detail"),
        ("https://api.runpod.io/v2/pods", b'{"name": "x"}', "text/plain", 400, "detail"),
        ("https://rest.runpod.io/v1/pods", b"{", "application/json", 400, "message"),
        ("https://api.primeintellect.ai/api/v1/pods/", b'{"pod": {}}', "application/json", 422, "errors"),
        (
            "https://api.novita.ai/gpu-instance/openapi/v1/gpu/instance/create",
            b"[]",
            "application/json",
            400,
            "message",
        ),
    ]
    for url, content, media, status, key in cases:
        response = http.post(url, content=content, headers={"Content-Type": media})
        assert response.status_code == status, (url, response.text)
        assert key in response.json(), (url, response.text)
    assert http.get("https://api.runpod.io/v2/nowhere").status_code == 404
    assert http.get("https://api.runpod.io/v2/pods", headers={"Authorization": ""}).status_code == 401
    unauthorized = http.get("https://api.primeintellect.ai/api/v1/pods/", headers={"Authorization": "Basic x"})
    assert unauthorized.status_code == 401 and "detail" in unauthorized.json()
    not_allowed = http.put("https://api.runpod.io/v2/pods")
    assert not_allowed.status_code == 405 and "GET" in not_allowed.headers["Allow"]


def test_the_trailing_slash_redirect_keeps_the_query_string(clouds: MockClouds) -> None:
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
    moved = http.get("https://api.primeintellect.ai/api/v1/pods", params={"offset": 5, "limit": 2})
    assert moved.status_code == 307
    assert moved.headers["Location"] == "/api/v1/pods/?offset=5&limit=2"
    landed = http.get(
        "https://api.primeintellect.ai/api/v1/pods", params={"offset": 5, "limit": 2}, follow_redirects=True
    )
    assert landed.json()["offset"] == 5 and landed.json()["limit"] == 2


def test_every_answer_key_spelling_is_checked() -> None:
    """The review's key lists name fields the specs really have (a renamed field would slip past)."""
    from .answers import REFERENCE_KEYS, TIME_KEYS

    names: set[str] = set()
    for api in API_CLOUD:
        text = resources.files(f"gpupods_clients.{api}").joinpath("openapi.json").read_text("utf-8")
        names |= set(re.findall(r'"([A-Za-z_]+)":', text))
    assert not (REFERENCE_KEYS | TIME_KEYS) - names - {"pod_ids", "podIds"}
