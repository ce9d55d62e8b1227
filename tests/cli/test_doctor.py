"""The drift canary (``gpupods doctor``, ``gpupods.doctor``) against the mock clouds, clean and
with drift injected: unknown enum values and added fields (``Fault.drift``), missing fields,
``Deprecation``/``Sunset`` headers (``Fault.answer(headers=...)``), 410s, slow answers,
refused GraphQL introspection, an unconfirmed path that 404s. The schema comparison itself is
checked on answers built from every response schema of every spec."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from gpupods import Fleet
from gpupods._drift import Differ
from gpupods.cli import main
from gpupods.doctor import EXIT_CLEAN, EXIT_DRIFT, EXIT_ERRORS, Report, _deref, check, read_only_operations
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.mock._faults import drift
from gpupods.mock._schema import Synthesizer
from gpupods.mock._spec import Spec
from gpupods.providers._base import Backend
from gpupods.registry import REGISTRY
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.providers import PROVIDERS, demo_spec, facade_operations, routes


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False) as mocks:
        yield mocks


@pytest.fixture
def runpod():
    with MockClouds(clock=VirtualClock(), sshd=False, providers=["runpod"]) as mocks:
        yield mocks


def _run(clouds: MockClouds, **kwargs: object) -> Report:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        return _check(clouds, fleet, **kwargs)


def _check(clouds: MockClouds, fleet: Fleet, **kwargs: object) -> Report:
    for provider in clouds.clouds:  # something in every list to compare
        fleet.create(demo_spec(provider), provider=provider)
    clouds.clock.advance(900)
    return check(fleet, **kwargs)


def _kinds(report: Report, provider: str, operation: str) -> set[str]:
    return {f.kind for f in report.findings if f.provider == provider and f.operation == operation}


def _expected_calls(backend: Backend) -> set[tuple[str, str, str]]:
    """(provider, api, operation) of every call a clean run makes through ``backend``: introspection
    of a GraphQL API, one call to a retired API, every read-only operation the backend keeps."""
    provider = backend.name
    retired = {r.generated_api for r in backend.retirements if (r.retired_on or "")[:1].isdigit()}
    expected = set()
    for api in REGISTRY[provider].apis:
        if api.kind == "graphql":
            expected.add((provider, api.name, "introspection"))
        elif api.name in retired:
            expected.add((provider, api.name, read_only_operations(DOCUMENTS[api.name])[0].name))
        else:
            expected |= {
                (provider, api.name, op.name)
                for op in read_only_operations(DOCUMENTS[api.name])
                if backend.canary_kwargs(api.name, op.name) is not None
            }
    return expected


def _required_fields(api: str, operation: str) -> list[str]:
    """The properties the success answer of a read-only ``operation`` must have at its top level."""
    op = next(o for o in read_only_operations(DOCUMENTS[api]) if o.name == operation)
    response = op.response(200) or {}
    media = next((m for m in response.get("content") or {} if "json" in m), None)
    schema = _deref(DOCUMENTS[api], response["content"][media].get("schema")) if media else None
    return list(schema.get("required") or []) if isinstance(schema, dict) else []


def test_a_clean_run_covers_every_api_of_every_registered_provider(clouds) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        report = _check(clouds, fleet)
        expected = set().union(*(_expected_calls(fleet.backends[name]) for name in REGISTRY))
    assert report.exit_code == EXIT_CLEAN, report.text()
    assert {(c.provider, c.api, c.operation) for c in report.calls} == expected
    assert {c.provider for c in report.calls} == set(REGISTRY)
    retirements = [r for name in REGISTRY for r in REGISTRY[name].backend_class().retirements]
    past = [r for r in retirements if (r.retired_on or "")[:1].isdigit()]
    # a retirement that happened as announced is information, said once per retired API, with its date
    assert [f.kind for f in report.findings] == ["retired"] * len(past)
    for finding, retirement in zip(report.findings, past, strict=True):
        assert finding.severity == "info" and retirement.retired_on in finding.detail


@pytest.mark.parametrize("provider", PROVIDERS)
def test_injected_drift_is_reported_by_kind_and_the_exit_code_says_so(provider: str) -> None:
    with MockClouds(clock=VirtualClock(), sshd=False, providers=[provider]) as clouds:
        clean = _run(clouds)
    calls = [(c.api, c.operation) for c in clean.calls if c.status == 200 and c.api in DOCUMENTS]
    (offers,) = [(api, op) for api, op in calls if op in routes(provider, "offers")]
    others = [call for call in calls if call[1] not in facade_operations(provider)]  # the pod's create uses those
    sunset, gone, slow, untouched = others[0], others[1], others[2], others[-1]
    emptied = next(call for call in others[3:-1] if _required_fields(*call))
    headers = {
        "Deprecation": "@1767225600",
        "Sunset": "Thu, 01 Jul 2027 00:00:00 GMT",
        "Link": '<https://api.example.invalid/v9>; rel="successor-version"',
    }
    with MockClouds(clock=VirtualClock(), sshd=False, providers=[provider]) as clouds:
        faults = clouds.faults(provider)
        faults.add(Fault.drift(), routes=offers[1])  # the seeded catalog: never empty
        faults.add(Fault.answer(headers=headers, after_accept=True), routes=sunset[1])
        faults.add(Fault.status(410), routes=gone[1])
        faults.add(Fault.answer(200, body=b"{}"), routes=emptied[1])
        faults.add(Fault.latency(12), routes=slow[1])
        report = _run(clouds)
    assert report.exit_code == EXIT_DRIFT
    added = {f.where for f in report.findings if f.operation == offers[1] and f.kind == "field-added"}
    assert added and all(where.endswith(".x_added_by_provider") for where in added)
    assert {"deprecation", "sunset"} <= _kinds(report, provider, sunset[1])
    assert "retired" in _kinds(report, provider, gone[1])
    missing = {f.where for f in report.findings if f.operation == emptied[1] and f.kind == "field-missing"}
    assert {f"$.{name}" for name in _required_fields(*emptied)} <= missing
    assert [(f.operation, f.severity) for f in report.findings if f.kind == "slow"] == [(slow[1], "warning")]
    quiet = [c for c in report.calls if c.operation == untouched[1]]
    assert quiet and not quiet[0].findings
    text = report.text()
    assert "DRIFT" in text and "Sunset" in text and offers[1] in text


@pytest.mark.parametrize("provider", PROVIDERS)
def test_failed_calls_are_errors_not_drift(provider: str) -> None:
    with (
        MockClouds(clock=VirtualClock(), sshd=False, providers=[provider]) as clouds,
        Fleet.from_env(**clouds.fleet_options()) as fleet,
    ):
        fleet.create(demo_spec(provider), provider=provider)
        clouds.faults(provider).add(Fault.status(503), routes=routes(provider, "offers"))
        report = check(fleet)
    assert report.exit_code == EXIT_ERRORS
    assert [(f.kind, f.severity) for f in report.findings if f.severity != "info"] == [("failed", "error")]


# --- RunPod's own: upper-case statuses, a GraphQL API, a path the docs never confirmed ------------


def test_runpod_drifted_pod_status_is_an_unknown_enum_value(runpod) -> None:
    runpod.faults("runpod").add(Fault.drift(), routes="list_pods")
    report = _run(runpod)
    drifted = {f.where for f in report.findings if f.operation == "list_pods" and f.provider == "runpod"}
    assert "$.pods[].status" in drifted and "$.pods[].x_added_by_provider" in drifted
    assert {"unknown-enum", "field-added"} <= _kinds(report, "runpod", "list_pods")


def test_runpod_graphql_is_compared_by_introspection_or_by_its_queries_when_refused(runpod) -> None:
    clouds = runpod
    clouds.faults("runpod").add(
        Fault.answer(200, body=b'{"errors": [{"message": "introspection is disabled"}]}'), routes="__schema"
    )
    clouds.faults("runpod").add(Fault.drift(), routes="myself")
    report = _run(clouds)
    assert "introspection-refused" in _kinds(report, "runpod", "introspection")
    query = [c for c in report.calls if c.operation == "list_my_pods"]
    assert query and query[0].status == 200
    assert "unknown-enum" in _kinds(report, "runpod", "list_my_pods")
    assert report.exit_code == EXIT_DRIFT


def test_runpod_retired_graphql_and_an_unconfirmed_path_that_404s_are_drift(runpod) -> None:
    clouds = runpod
    clouds.runpod.graphql.retired = True
    clouds.faults("runpod").add(Fault.status(404), routes="get_account_limits")
    report = _run(clouds)
    gone = [f for f in report.findings if f.api == "runpod_graphql"]
    assert [(f.kind, f.severity) for f in gone] == [("retired", "drift")]
    assert "REST v2" in gone[0].detail
    assert "unconfirmed-path" in _kinds(report, "runpod", "get_account_limits")


# --- the CLI ------------------------------------------------------------------------------------


def test_gpupods_doctor_mock_runs_clean_and_prints_json(capsys) -> None:
    assert main(["doctor", "--mock"]) == EXIT_CLEAN
    out = capsys.readouterr().out
    assert "no drift" in out
    provider = PROVIDERS[-1]
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        expected = {name: _expected_calls(fleet.backends[name]) for name in REGISTRY}
    assert all(f"{api}.{operation}" in out for name in REGISTRY for _, api, operation in expected[name])
    assert main(["doctor", "--mock", "--json", "-p", provider]) == EXIT_CLEAN
    document = json.loads(capsys.readouterr().out)
    assert document["drift"] is False and document["exit_code"] == 0
    calls = {(c["provider"], c["api"], c["operation"]) for c in document["calls"]}
    assert calls == expected[provider] and document["totals"]["calls"] == len(calls)


def test_gpupods_doctor_with_keys_against_drifting_servers(clouds, monkeypatch, capsys) -> None:
    drifting, keyless = PROVIDERS[0], PROVIDERS[-1]
    (offers,) = routes(drifting, "offers")
    clouds.faults(drifting).add(Fault.drift(), routes=offers)
    with clouds.serve() as urls:
        for name, url in urls.items():
            monkeypatch.setenv(REGISTRY[name].url_env, url)
            monkeypatch.setenv(REGISTRY[name].key_env, "mock-key")
        monkeypatch.delenv(REGISTRY[keyless].key_env)
        code = main(["doctor", "--json", "--max-latency", "30"])
    document = json.loads(capsys.readouterr().out)
    assert code == EXIT_DRIFT and document["drift"] is True
    assert document["skipped"] == {keyless: f"no key: set {REGISTRY[keyless].key_env}"}
    assert keyless not in {c["provider"] for c in document["calls"]}
    kinds = {
        f["kind"]
        for c in document["calls"]
        if (c["provider"], c["operation"]) == (drifting, offers)
        for f in c["findings"]
    }
    assert "field-added" in kinds


def test_gpupods_doctor_without_any_key_says_which_to_set(monkeypatch, capsys) -> None:
    for entry in REGISTRY.values():
        monkeypatch.delenv(entry.key_env, raising=False)
    assert main(["doctor"]) == 3
    err = capsys.readouterr().err
    assert all(entry.key_env in err for entry in REGISTRY.values())


# --- the comparison ----------------------------------------------------------------------------


def _answers() -> list[tuple[str, str, dict[str, Any], Any, str]]:
    """(api, operation, its success schema, a valid answer built from it, the schema's key in the
    mock's validators) for every JSON success response of every OpenAPI spec of every provider."""
    cases = []
    for entry in REGISTRY.values():
        for api in entry.apis:
            if api.kind != "openapi":
                continue
            spec = Spec.load(api.name)
            synth = Synthesizer(spec.schemas, lambda: 1.79e9)
            for op in spec.operations.values():
                for status, response in op.responses.items():
                    if (
                        not status.startswith("2")
                        or not response.schema_key
                        or "json" not in (response.media_type or "")
                    ):
                        continue
                    value = synth.value(spec.schemas.schema(response.schema_key))
                    if spec.schemas.errors(response.schema_key, value):
                        continue  # the synthesizer cannot satisfy every rule; such answers are left out
                    schema = _response_schema(spec.document, op.path, op.method.lower(), status)
                    cases.append((api.name, op.name, schema, value, response.schema_key))
    return cases


def _response_schema(document: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    response = document["paths"][path][method]["responses"][status]
    while "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    media = next(m for m in response["content"] if "json" in m)
    return dict(response["content"][media]["schema"])


ANSWERS = _answers()
SPECS = {api.name: Spec.load(api.name) for e in REGISTRY.values() for api in e.apis if api.kind == "openapi"}
DOCUMENTS = {name: spec.document for name, spec in SPECS.items()}
SCHEMAS = {name: spec.schemas for name, spec in SPECS.items()}


def test_every_answer_a_spec_allows_shows_no_difference_and_its_drifted_twin_does() -> None:
    assert len(ANSWERS) > 100
    for api, operation, schema, value, _ in ANSWERS:
        differ = Differ(DOCUMENTS[api])
        assert differ.compare(schema, value) == [], f"{api} {operation}: a valid answer shows differences"
        drifted = differ.compare(schema, drift(value))
        if isinstance(value, dict) and _closed(differ, schema):
            assert any(d.kind == "field-added" and d.where == "$.x_added_by_provider" for d in drifted), operation


def _keys(value: Any, where: str = "$") -> list[tuple[str, Any, str]]:
    """(where, the object, its key) of every key of every object in ``value``."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((f"{where}.{key}", value, key))
            found += _keys(item, f"{where}.{key}")
    elif isinstance(value, list) and value:
        found += _keys(value[0], where + "[]")
    return found


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_removed_field_is_reported_exactly_when_a_validator_refuses_the_answer(data: st.DataObject) -> None:
    """jsonschema-rs (the mock's validator) is the oracle: without the field the answer is
    invalid exactly when the canary reports the field missing, at that place."""
    api, operation, schema, value, key = data.draw(st.sampled_from([a for a in ANSWERS if _keys(a[3])]))
    value = copy.deepcopy(value)
    where, holder, name = data.draw(st.sampled_from(_keys(value)))
    del holder[name]
    differences = Differ(DOCUMENTS[api]).compare(schema, value)
    invalid = bool(SCHEMAS[api].errors(key, value))
    assert bool(differences) == invalid, (operation, where, differences)
    assert all(d.kind == "field-missing" and d.where == where for d in differences), (operation, where, differences)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_retyped_field_is_reported_where_it_happened(data: st.DataObject) -> None:
    api, operation, schema, value, key = data.draw(st.sampled_from([a for a in ANSWERS if _keys(a[3])]))
    value = copy.deepcopy(value)
    where, holder, name = data.draw(st.sampled_from(_keys(value)))
    holder[name] = {"retyped": True} if not isinstance(holder[name], dict) else 12345
    differences = Differ(DOCUMENTS[api]).compare(schema, value)
    if SCHEMAS[api].errors(key, value):
        assert differences, (operation, where)
    assert all(d.where.startswith(where) for d in differences), (operation, where, differences)


def _closed(differ: Differ, schema: object) -> bool:
    view = differ._view(schema)
    return bool(view.properties) and view.additional in (None, False) and not view.alternatives
