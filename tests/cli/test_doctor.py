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
from gpupods import Fleet, PodSpec
from gpupods._drift import Differ
from gpupods.cli import main
from gpupods.doctor import EXIT_CLEAN, EXIT_DRIFT, EXIT_ERRORS, Report, check, read_only_operations
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.mock._faults import drift
from gpupods.mock._schema import Synthesizer
from gpupods.mock._spec import Spec
from gpupods.registry import REGISTRY
from hypothesis import given, settings
from hypothesis import strategies as st


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
        demo = REGISTRY[provider].demo
        fleet.create(PodSpec(name=demo.name, image=demo.image, gpu=demo.gpu), provider=provider)
    clouds.clock.advance(900)
    return check(fleet, **kwargs)


def _kinds(report: Report, provider: str, operation: str) -> set[str]:
    return {f.kind for f in report.findings if f.provider == provider and f.operation == operation}


def test_a_clean_run_covers_every_api_of_every_registered_provider(clouds) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        report = _check(clouds, fleet)
        expected = set()
        for name, entry in REGISTRY.items():
            backend = fleet.backends[name]
            retired = {r.generated_api for r in backend.retirements if (r.retired_on or "")[:1].isdigit()}
            for api in entry.apis:
                if api.kind == "graphql":
                    expected.add((name, api.name, "introspection"))
                elif api.name in retired:
                    expected.add((name, api.name, read_only_operations(DOCUMENTS[api.name])[0].name))
                else:
                    expected |= {
                        (name, api.name, op.name)
                        for op in read_only_operations(DOCUMENTS[api.name])
                        if backend.canary_kwargs(api.name, op.name) is not None
                    }
    assert report.exit_code == EXIT_CLEAN, report.text()
    assert {(c.provider, c.api, c.operation) for c in report.calls} == expected
    assert {c.provider for c in report.calls} == set(REGISTRY)
    assert [f.kind for f in report.findings] == ["retired"]  # REST v1, retired as announced: info
    assert report.findings[0].severity == "info" and "2026-11-15" in report.findings[0].detail


def test_injected_drift_is_reported_by_kind_and_the_exit_code_says_so(clouds) -> None:
    clouds.faults("runpod").add(Fault.drift(), routes="list_pods")
    sunset = {
        "Deprecation": "@1767225600",
        "Sunset": "Thu, 01 Jul 2027 00:00:00 GMT",
        "Link": '<https://api.novita.ai/v2>; rel="successor-version"',
    }
    clouds.faults("novita").add(Fault.answer(headers=sunset, after_accept=True), routes="list_products")
    clouds.faults("primeintellect").add(Fault.status(410), routes="list_disks")
    clouds.faults("primeintellect").add(Fault.answer(200, body=b"{}"), routes="get_billing_wallet")
    clouds.faults("runpod").add(Fault.latency(12), routes="list_templates")
    report = _run(clouds)
    assert report.exit_code == EXIT_DRIFT
    drifted = {f.where for f in report.findings if f.operation == "list_pods" and f.provider == "runpod"}
    assert "$.pods[].status" in drifted and "$.pods[].x_added_by_provider" in drifted
    assert {"unknown-enum", "field-added"} <= _kinds(report, "runpod", "list_pods")
    assert {"deprecation", "sunset"} <= _kinds(report, "novita", "list_products")
    assert "retired" in _kinds(report, "primeintellect", "list_disks")
    assert "field-missing" in _kinds(report, "primeintellect", "get_billing_wallet")
    slow = [f for f in report.findings if f.kind == "slow"]
    assert [(f.operation, f.severity) for f in slow] == [("list_templates", "warning")]
    untouched = [c for c in report.calls if c.provider == "runpod" and c.operation == "list_endpoints"]
    assert untouched and not untouched[0].findings
    text = report.text()
    assert "DRIFT" in text and "Sunset" in text and "list_pods" in text


def test_graphql_is_compared_by_introspection_or_by_its_queries_when_refused(runpod) -> None:
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


def test_a_retired_graphql_and_an_unconfirmed_path_that_404s_are_drift(runpod) -> None:
    clouds = runpod
    clouds.runpod.graphql.retired = True
    clouds.faults("runpod").add(Fault.status(404), routes="get_account_limits")
    report = _run(clouds)
    gone = [f for f in report.findings if f.api == "runpod_graphql"]
    assert [(f.kind, f.severity) for f in gone] == [("retired", "drift")]
    assert "REST v2" in gone[0].detail
    assert "unconfirmed-path" in _kinds(report, "runpod", "get_account_limits")


def test_failed_calls_are_errors_not_drift() -> None:
    with MockClouds(clock=VirtualClock(), sshd=False, providers=["novita"]) as clouds:
        clouds.faults("novita").add(Fault.status(503), routes="list_jobs")
        report = _run(clouds)
    assert report.exit_code == EXIT_ERRORS
    assert [(f.kind, f.severity) for f in report.findings if f.provider == "novita"] == [("failed", "error")]


# --- the CLI ------------------------------------------------------------------------------------


def test_gpupods_doctor_mock_runs_clean_and_prints_json(capsys) -> None:
    assert main(["doctor", "--mock"]) == EXIT_CLEAN
    out = capsys.readouterr().out
    assert "no drift" in out and "runpod_v2.list_pods" in out
    assert main(["doctor", "--mock", "--json", "-p", "runpod"]) == EXIT_CLEAN
    document = json.loads(capsys.readouterr().out)
    assert document["drift"] is False and document["exit_code"] == 0
    assert {c["provider"] for c in document["calls"]} == {"runpod"} and document["totals"]["calls"] > 20


def test_gpupods_doctor_with_keys_against_drifting_servers(clouds, monkeypatch, capsys) -> None:
    clouds.faults("runpod").add(Fault.drift(), routes="list_catalog_gpus")
    with clouds.serve() as urls:
        for name, url in urls.items():
            monkeypatch.setenv(REGISTRY[name].url_env, url)
            monkeypatch.setenv(REGISTRY[name].key_env, "mock-key")
        monkeypatch.delenv(REGISTRY["novita"].key_env)
        code = main(["doctor", "--json", "--max-latency", "30"])
    document = json.loads(capsys.readouterr().out)
    assert code == EXIT_DRIFT and document["drift"] is True
    assert document["skipped"] == {"novita": f"no key: set {REGISTRY['novita'].key_env}"}
    kinds = {f["kind"] for c in document["calls"] if c["operation"] == "list_catalog_gpus" for f in c["findings"]}
    assert {"unknown-enum", "field-added"} <= kinds


def test_gpupods_doctor_without_any_key_says_which_to_set(monkeypatch, capsys) -> None:
    for entry in REGISTRY.values():
        monkeypatch.delenv(entry.key_env, raising=False)
    assert main(["doctor"]) == 3
    assert "RUNPOD_API_KEY" in capsys.readouterr().err


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
