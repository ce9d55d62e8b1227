"""`nox -s update-specs` for OpenAPI: the diff against the upstream snapshot, its classification,
the Python API report, what the project's spec does not reflect yet, and bad downloads, against
fixture documents served by a loopback HTTP server.

tests/pipeline/fixtures/update/old.yaml and new.yaml are two versions of a small API in which
every kind of change in the table of ``pipeline.apidiff`` happens at least once. The checkout
the tests build holds old.yaml as the upstream snapshot, and as the project's spec old.yaml
with one upstream change already carried over by hand (``POST /v1/volumes``) and one
deliberate difference (a 404 body on ``GET /v1/regions``).
"""

from __future__ import annotations

import copy
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from gpupods._clock import RealClock
from gpupods.mock._core import MockRequest, MockResponse
from gpupods.mock._server import LoopbackServer

from pipeline import apidiff, apis, snapshot, update_specs
from pipeline.apidiff import Change, diff_documents
from pipeline.normalize import normalize
from pipeline.specload import load_document

from .tinycloud import API, FIXTURES, make_checkout, point_pipeline_at

PKG = f"gpupods_clients.{API}"
SPEC_PATH = "/v1/openapi.yaml"  # the path of the Update URL in the fixture's SOURCE.md

HTML_LOGIN = b"<!DOCTYPE html><html><head><title>Sign in - Tinycloud</title></head><body>form</body></html>"
ROUTES: dict[str, tuple[int, str, bytes]] = {
    SPEC_PATH: (200, "application/yaml", (FIXTURES / "new.yaml").read_bytes()),
    "/old.yaml": (200, "application/yaml", (FIXTURES / "old.yaml").read_bytes()),
    "/new.json": (200, "application/json", json.dumps(yaml.safe_load((FIXTURES / "new.yaml").read_text())).encode()),
    "/login": (200, "text/html; charset=utf-8", HTML_LOGIN),
    "/gateway": (502, "text/html", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    "/broken.json": (200, "application/json", b'{"openapi": "3.1.0", "paths": {'),
    "/broken.yaml": (200, "application/yaml", b"openapi: 3.1.0\npaths: [unclosed\n"),
    "/other.json": (200, "application/json", b'{"status": "ok", "items": []}'),
    "/swagger.json": (200, "application/json", b'{"swagger": "2.0", "paths": {"/a": {}}}'),
    "/list.yaml": (200, "application/yaml", b"- just\n- a list\n"),
    "/missing": (404, "application/json", b'{"message": "not found"}'),
}


class SpecHost:
    """A web server that publishes documents at fixed paths."""

    clock = RealClock()

    def handle(self, request: MockRequest) -> MockResponse:
        status, content_type, body = ROUTES.get(request.path, (404, "text/plain", b"no such document"))
        return MockResponse(status, [("Content-Type", content_type)], body)


@pytest.fixture(scope="module")
def host() -> Iterator[str]:
    with LoopbackServer(SpecHost()) as server:
        yield server.base_url


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_checkout(tmp_path / "repo")
    point_pipeline_at(monkeypatch, root)
    return root


def evaluate(*argv: str) -> tuple[list[update_specs.Report], int]:
    return update_specs.evaluate(update_specs.parse_args(list(argv)))


@pytest.fixture(scope="module")
def full_run(host: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict, update_specs.Report]:
    """One `update-specs tinycloud --base-url HOST` run (generator included) for many tests."""
    root = make_checkout(tmp_path_factory.mktemp("full") / "repo")
    with pytest.MonkeyPatch.context() as monkeypatch:
        point_pipeline_at(monkeypatch, root)
        (report,), status = evaluate(API, "--base-url", host)
    return status, report.as_json(), report


def _find(changes: list[dict], kind: str, where: str, detail: str) -> dict:
    found = [c for c in changes if c["kind"] == kind and c["where"] == where and detail in c["detail"]]
    assert len(found) == 1, f"expected one {kind} at {where} with {detail!r}; have:\n" + "\n".join(
        f"  {c['kind']} | {c['where']} | {c['detail']}" for c in changes
    )
    return found[0]


# Every kind of change in the document, where the fixture makes it, and whether a client breaks.
CLASSIFIED = [
    ("operation-added", "POST /v1/volumes", "new operation", False),
    ("operation-removed", "DELETE /v1/snapshots/{id}", "operation removed", True),
    ("operation-renamed", "GET /v1/pods/{id}/logs", "now GET /v1/pods/{podId}/logs", True),
    ("operation-renamed", "GET /v1/regions", "now GET /v1/locations", True),
    ("operation-id-changed", "GET /v1/pods", "listPods -> getPods", False),
    ("parameter-added", "GET /v1/pods", "query parameter status added (optional)", False),
    ("parameter-added", "GET /v1/offers", "query parameter region added (required)", True),
    ("parameter-removed", "GET /v1/pods", "query parameter legacy removed", True),
    ("parameter-changed", "GET /v1/offers", "query parameter gpu became required", True),
    ("parameter-changed", "GET /v1/pods", "query parameter limit type number -> integer", True),
    ("parameter-changed", "GET /v1/offers", "query parameter minVram type integer -> number", False),
    ("constraint-changed", "GET /v1/offers", 'query parameter gpu pattern - -> "^[A-Z0-9_]+$"', True),
    ("constraint-changed", "GET /v1/offers", "query parameter pageSize maximum 100 -> 50", True),
    ("constraint-changed", "GET /v1/offers", "query parameter page minimum 1 -> 0", False),
    ("constraint-changed", "POST /v1/pods request", "name maxLength 64 -> 32", True),
    ("constraint-changed", "GET /v1/pods/{id} response 200", 'id pattern - -> "^pod-"', False),
    ("enum-removed", "GET /v1/pods", "query parameter sort lost age", True),
    ("request-body-changed", "POST /v1/pods/{id}/start request", "body became required", True),
    ("request-body-changed", "POST /v1/pods/{id}/reset request", "body added", False),
    ("field-added", "POST /v1/pods request", "field image added (required)", True),
    ("field-added", "POST /v1/pods request", "field env added", False),
    ("field-added", "GET /v1/pods/{id} response 200", "field uptimeSeconds added", False),
    ("field-added", "POST /v1/jobs request", "field schedule added (required in variant CronJob)", False),
    ("field-added", "POST /v1/jobs response 201", "field reason added (required in variant JobFailed)", False),
    ("field-removed", "GET /v1/pods/{id} response 200", "field machineId removed", True),
    ("field-removed", "POST /v1/pods request", "field legacyFlag removed", True),
    ("required-changed", "POST /v1/pods request", "request field name became required", True),
    ("required-changed", "POST /v1/pods request", "request field diskGb became optional", False),
    ("required-changed", "GET /v1/pods/{id} response 200", "response field costPerHour became optional", True),
    ("required-changed", "GET /v1/pods/{id} response 200", "response field region became required", False),
    ("required-changed", "POST /v1/jobs request", "request field priority became required in variant BatchJob", True),
    (
        "required-changed",
        "POST /v1/jobs response 201",
        "field startedAt no longer required in variant JobRunning",
        True,
    ),
    ("type-changed", "POST /v1/pods request", "volumeGb type number -> integer", True),
    ("type-changed", "POST /v1/pods request", "gpuType type string -> null|string", False),
    ("type-changed", "GET /v1/pods/{id} response 200", "memoryGb type integer -> number", True),
    ("type-changed", "GET /v1/pods/{id} response 200", "vcpu type number -> integer", False),
    ("type-changed", "GET /v1/pods/{id} response 200", "createdAt format - -> date-time", True),
    ("type-changed", "POST /v1/pods/{id}/start response 200", "body (application/json) now documented", False),
    ("rule-added", "POST /v1/pods request", '"required":["bidPerGpu"]', True),
    ("rule-added", "GET /v1/pods/{id} response 200", "if uptimeSeconds is sent, createdAt must be", False),
    ("rule-removed", "GET /v1/pods/{id} response 200", '"required":["memoryGb"]', True),
    ("rule-removed", "POST /v1/pods request", "if volumeGb is sent, cloudType must be", False),
    ("variant-added", "POST /v1/jobs request", "body can also be CronJob", False),
    ("variant-added", "POST /v1/jobs response 201", "body can also be JobFailed", True),
    ("variant-removed", "POST /v1/jobs request", "body can no longer be LegacyJob", True),
    ("variant-removed", "POST /v1/jobs response 201", "body can no longer be JobPaused", False),
    ("enum-added", "GET /v1/pods/{id} response 200", "status gained PAUSED", False),
    ("enum-added", "POST /v1/pods request", "cloudType gained SPOT", False),
    ("enum-removed", "POST /v1/pods request", "cloudType lost COMMUNITY", True),
    ("enum-removed", "GET /v1/pods/{id} response 200", "status lost EXITED", False),
    ("status-added", "POST /v1/pods", "status 429 documented", False),
    ("status-removed", "DELETE /v1/pods/{id}", "status 200 no longer documented", True),
    ("status-removed", "GET /v1/pods", "status 403 no longer documented", False),
    ("status-removed", "POST /v1/pods/{id}/reset", "status 409 no longer documented", True),
    ("error-shape-changed", "GET /v1/pods/{id} response 404", "field code removed", True),
    ("error-shape-changed", "GET /v1/pods/{id} response 404", "field requestId added", False),
    (
        "error-shape-changed",
        "POST /v1/pods/{id}/stop response 409",
        "body (application/json) no longer documented",
        True,
    ),
    ("header-added", "GET /v1/pods response 200", "header ratelimit-reset documented", False),
    ("header-removed", "GET /v1/pods response 200", "header x-request-id no longer documented", True),
    ("header-changed", "GET /v1/pods response 200", "header ratelimit-remaining became optional", True),
    ("header-changed", "GET /v1/pods response 200", "header ratelimit-limit type integer -> integer|string", True),
    ("header-changed", "GET /v1/pods response 200", "header ratelimit-policy became required", False),
]

# Every kind of change to the generated package, with the verdict that follows its direction.
PY_CLASSIFIED = [
    ("module-added", f"{PKG}.api.volume.create_volume", "new module", False),
    ("module-removed", f"{PKG}.api.snapshot.delete_snapshot", "module removed", True),
    ("function-added", f"{PKG}.api.pod.start_pod.sync", "new function", False),
    ("function-removed", f"{PKG}.api.pod.stop_pod.sync", "function removed", True),  # its error body went
    ("function-removed", f"{PKG}.api.pod.reset_pod.asyncio", "function removed", True),  # its error status went
    ("argument-added", f"{PKG}.api.offer.list_offers", "new required argument region", True),
    ("argument-added", f"{PKG}.api.pod.list_pods", "new optional argument status", False),
    ("argument-removed", f"{PKG}.api.pod.list_pods", "argument legacy removed", True),
    ("argument-changed", f"{PKG}.api.pod.list_pods", "argument limit: float | Unset -> int | Unset", True),
    ("argument-changed", f"{PKG}.api.offer.list_offers", "argument min_vram: int | Unset -> float | Unset", False),
    ("argument-changed", f"{PKG}.api.offer.list_offers", "argument gpu: str | Unset -> str (now required)", True),
    ("return-changed", f"{PKG}.api.pod.get_pod.sync", "-> Denied | Error | Pod | None", True),
    ("return-changed", f"{PKG}.api.offer.list_offers.sync", "returns Invalid | ", False),
    ("model-added", f"{PKG}.models.denied.Denied", "new model class", False),
    ("model-removed", f"{PKG}.models.legacy_job.LegacyJob", "model class removed", True),
    ("attribute-added", f"{PKG}.models.create_pod.CreatePod", "attribute image: str", True),
    ("attribute-added", f"{PKG}.models.pod.Pod", "attribute uptime_seconds", False),
    ("attribute-removed", f"{PKG}.models.pod.Pod", "attribute machine_id removed", True),
    ("attribute-changed", f"{PKG}.models.pod.Pod", "attribute created_at", True),
    ("attribute-changed", f"{PKG}.models.pod.Pod", "attribute region: str | Unset -> str", False),
    ("attribute-changed", f"{PKG}.models.create_pod.CreatePod", "attribute disk_gb: int -> int | Unset", False),
    ("attribute-changed", f"{PKG}.models.label.Label", "attribute value: str -> None | str", True),
    ("literal-added", f"{PKG}.models.pod_status.PodStatus", "gained PAUSED", False),
    ("literal-removed", f"{PKG}.models.create_pod_cloud_type.CreatePodCloudType", "lost COMMUNITY", True),
    ("literal-removed", f"{PKG}.models.pod_status.PodStatus", "lost EXITED", False),
]


@pytest.mark.parametrize(
    ("kind", "where", "detail", "breaking"), CLASSIFIED, ids=[f"{c[0]}:{c[2]}" for c in CLASSIFIED]
)
def test_each_kind_of_change_is_found_and_classified(full_run, kind: str, where: str, detail: str, breaking: bool):
    _, report, _ = full_run
    change = _find(report["changes"], kind, where, detail)
    assert change["breaking"] is breaking
    assert bool(change["why"]) or not breaking, "a breaking change says why"


@pytest.mark.parametrize(
    ("kind", "where", "detail", "breaking"), PY_CLASSIFIED, ids=[f"{c[0]}:{c[2]}" for c in PY_CLASSIFIED]
)
def test_each_kind_of_python_api_change_is_found_and_follows_direction(full_run, kind, where, detail, breaking):
    _, report, _ = full_run
    assert report["python_api"]["package"] == PKG
    change = _find(report["python_api"]["changes"], kind, where, detail)
    assert change["breaking"] is breaking
    assert bool(change["why"]) or not breaking, "a breaking change says why"


def test_every_documented_kind_has_a_fixture_case_with_each_verdict_it_can_have() -> None:
    table = [line.split()[0] for line in apidiff.__doc__.splitlines() if line[:1].isalpha() and "-" in line.split()[0]]
    covered = {c[0] for c in [*CLASSIFIED, *PY_CLASSIFIED]}
    assert set(table) == covered
    never = {kind for kind in table if _breaks_when(kind) == "never"}
    always = {kind for kind in table if _breaks_when(kind) == "always"}
    for kind in covered - never - always:  # kinds whose verdict depends on the change: both verdicts tested
        assert {c[3] for c in [*CLASSIFIED, *PY_CLASSIFIED] if c[0] == kind} == {True, False}, kind
    for kind in never | always:
        assert {c[3] for c in [*CLASSIFIED, *PY_CLASSIFIED] if c[0] == kind} == {kind in always}, kind


def _breaks_when(kind: str) -> str:
    line = next(line for line in apidiff.__doc__.splitlines() if line.split()[:1] == [kind])
    return line.split()[1]


def test_one_breaking_count_in_the_text_headline_and_the_json(full_run) -> None:
    status, report, obj = full_run
    assert status == update_specs.EXIT_BREAKING
    assert report["error"] is None and report["compared_with"] == "snapshot"
    count = sum(c["breaking"] for c in [*report["changes"], *report["python_api"]["changes"]])
    assert report["breaking"] == count > 0
    headline = next(line for line in obj.render().splitlines() if "change(s) to the document" in line)
    assert f"; {count} breaking (" in headline


def test_the_cli_prints_the_same_count_in_json_and_exits_1(checkout: Path, host: str, capsys) -> None:
    code = update_specs.main([API, "--base-url", host, "--no-python-api", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == update_specs.EXIT_BREAKING
    (tiny,) = out["apis"]
    assert out["breaking"] == tiny["breaking"] == sum(c["breaking"] for c in tiny["changes"])
    assert out["errors"] == 0 and tiny["downloaded"] == f"build/upstream/{API}/openapi.yaml"


def test_upstream_changes_the_project_spec_does_not_reflect_are_listed_apart_and_not_counted(full_run) -> None:
    _, report, _ = full_run
    unreflected = report["not_in_project_spec"]
    # carried over by hand: an upstream change, but not one the project still lacks
    _find(report["changes"], "operation-added", "POST /v1/volumes", "new operation")
    assert not [c for c in unreflected if c["where"] == "POST /v1/volumes"]
    _find(unreflected, "operation-removed", "DELETE /v1/snapshots/{id}", "operation removed")
    assert len(unreflected) == len(report["changes"]) - 1
    # the deliberate difference is no upstream change: only among the project's differences
    regions = [c for c in report["project_spec_differences"] if c["where"].startswith("GET /v1/regions")]
    assert regions and not [c for c in report["changes"] if "404" in c["detail"] and "regions" in c["where"]]
    count = sum(c["breaking"] for c in [*report["changes"], *report["python_api"]["changes"]])
    assert report["breaking"] == count, "the informational sections are not counted"


def test_a_stale_overlay_action_is_reported_with_its_operation(full_run) -> None:
    _, report, _ = full_run
    (stale,) = report["stale_overlay"]
    assert stale["index"] == 1
    assert stale["target"] == "$.paths['/v1/snapshots/{id}'].delete"
    assert stale["meant_for"] == ["DELETE /v1/snapshots/{id}"]


def test_the_table_for_people(checkout: Path, host: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = update_specs.main([API, "--base-url", host, "--no-python-api"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"== {API}  (from {host}{SPEC_PATH})" in out
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if "change(s) to the document since the upstream snapshot" in line)
    first_plain = next(i for i, line in enumerate(lines) if line.startswith("             "))
    assert first_plain > head + 1
    assert all("BREAKING" in line for line in lines[head + 1 : first_plain]), "breaking changes come first"
    assert any(line.split()[:2] == ["BREAKING", "operation-removed"] for line in lines)
    assert "Not yet in the project's spec (informational, not counted)" in out
    assert "overlay action #1 (Snapshots are deleted asynchronously.)" in out
    assert "it was for DELETE /v1/snapshots/{id}" in out


def test_the_identical_upstream_document_reports_no_change_and_exits_0(checkout: Path, host: str, capsys) -> None:
    code = update_specs.main([API, "--base-url", f"{API}={host}/old.yaml"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "no changes since the upstream snapshot" in out and "BREAKING" not in out
    assert "Not yet in the project's spec" not in out
    # the project's own differences from upstream are one line, not changes
    assert "the project's spec differs from this document in 2 place(s)" in out


def test_without_a_snapshot_the_project_spec_is_the_baseline(tmp_path, monkeypatch, host, capsys) -> None:
    root = make_checkout(tmp_path / "repo", with_snapshot=False)
    point_pipeline_at(monkeypatch, root)
    code = update_specs.main([API, "--base-url", f"{API}={host}/old.yaml", "--no-python-api"])
    out = capsys.readouterr().out
    assert code == 1  # the project's deliberate 404 shows as a change: there is nothing better to compare with
    assert "no upstream snapshot yet (specs/tinycloud/upstream-snapshot.json)" in out
    assert "--record-snapshot" in out


def test_record_snapshot_makes_the_new_document_the_baseline(checkout: Path, host: str, capsys) -> None:
    spec = (checkout / "specs" / API / "openapi.yaml").read_bytes()
    assert update_specs.main([API, "--base-url", host, "--no-python-api", "--record-snapshot"]) == 0
    assert "recorded as the upstream snapshot" in capsys.readouterr().out
    recorded = snapshot.load(checkout / "specs" / API / snapshot.FILE_NAME)
    assert recorded is not None and recorded.parts[0].source.endswith(SPEC_PATH)
    assert recorded.document == snapshot.facts_only(load_document(FIXTURES / "new.yaml"))
    assert (checkout / "specs" / API / "openapi.yaml").read_bytes() == spec, "the spec is not touched"
    assert update_specs.main([API, "--base-url", host, "--no-python-api"]) == 0
    assert "no changes since the upstream snapshot" in capsys.readouterr().out


def test_a_json_document_is_kept_under_build_and_nothing_is_written_beside_the_spec(checkout: Path, host: str) -> None:
    before = {p.name: p.read_bytes() for p in (checkout / "specs" / API).iterdir()}
    code = update_specs.main([API, "--base-url", f"{API}={host}/new.json", "--no-python-api", "--json"])
    assert code == 1
    kept = checkout / "build" / "upstream" / API / "openapi.json"
    assert json.loads(kept.read_text())["info"]["version"] == "2.0"
    assert {p.name: p.read_bytes() for p in (checkout / "specs" / API).iterdir()} == before


BAD_DOWNLOADS = [
    ("/login", "with an HTML page (a login or error page?, page title 'Sign in - Tinycloud')"),
    ("/gateway", "answered 502 with an HTML page"),
    ("/broken.json", "is not valid JSON (line 1, column 32: Expecting property name"),
    ("/broken.yaml", "is not valid JSON or YAML (line 3, column 1:"),
    ("/other.json", "is not an OpenAPI document (it has no 'openapi' field)"),
    ("/swagger.json", "is a Swagger 2.0 document"),
    ("/list.yaml", "is not an OpenAPI document (its top level is a list)"),
    ("/missing", "answered 404 Not Found"),
]


@pytest.mark.parametrize(("path", "message"), BAD_DOWNLOADS, ids=[b[0] for b in BAD_DOWNLOADS])
def test_a_bad_download_is_one_line_and_leaves_the_vendored_spec(checkout: Path, host: str, capsys, path, message):
    folder = checkout / "specs" / API
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    code = update_specs.main([API, "--base-url", f"{API}={host}{path}", "--accept"])
    captured = capsys.readouterr()
    assert code == update_specs.EXIT_ERROR
    (line,) = captured.err.splitlines()
    assert line.startswith(f"{API}: ") and message in line
    assert "Traceback" not in captured.out + captured.err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before, "nothing written beside the spec"


def test_an_unreachable_url_is_one_line(checkout: Path, capsys) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = update_specs.main([API, "--base-url", f"http://127.0.0.1:{port}", "--timeout", "5"])
    err = capsys.readouterr().err
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith(f"{API}: cannot connect to http://127.0.0.1:{port}{SPEC_PATH}")


def test_a_base_url_keeps_the_published_path_and_a_full_url_is_used_as_is() -> None:
    api = apis.by_name("runpod_v2")
    assert update_specs.resolve_url(api, {}) == "https://api.runpod.io/v2/openapi.json"
    assert update_specs.resolve_url(api, {"*": "http://127.0.0.1:9"}) == "http://127.0.0.1:9/v2/openapi.json"
    assert update_specs.resolve_url(api, {"runpod_v2": "http://h/x.json", "*": "http://o"}) == "http://h/x.json"
    with pytest.raises(update_specs.DownloadError, match="has no published path"):
        update_specs.resolve_url(apis.by_name("novita"), {"*": "http://127.0.0.1:9"})


def test_novita_publishes_nothing_so_the_session_explains_the_manual_route(capsys) -> None:
    code = update_specs.main(["novita"])
    out = capsys.readouterr().out
    assert code == 0
    assert "novita has no published OpenAPI document" in out
    assert "nox -s update-specs -- novita --from novita=FILE" in out


# --- --from FILE: which API ----------------------------------------------------------------


def test_from_a_file_without_an_api_name_reads_the_api_from_the_file_and_touches_no_other(checkout, capsys) -> None:
    (report,), status = evaluate("--from", str(FIXTURES / "old.yaml"), "--no-python-api")
    assert report.api == API and status == 0 and report.compared_with == "snapshot"


def test_a_reshaped_api_is_recognised_by_its_title_and_server(checkout: Path, tmp_path: Path) -> None:
    reshaped = copy.deepcopy(load_document(FIXTURES / "new.yaml"))
    reshaped["paths"] = {path.replace("/v1/", "/v9/"): item for path, item in reshaped["paths"].items()}
    (tmp_path / "v9.yaml").write_text(yaml.safe_dump(reshaped))
    (report,), status = evaluate("--from", str(tmp_path / "v9.yaml"), "--no-python-api")
    assert report.api == API and status == update_specs.EXIT_BREAKING  # every v1 operation is gone


def test_a_file_no_api_knows_is_refused_with_one_line(checkout: Path, tmp_path: Path, capsys) -> None:
    stranger = copy.deepcopy(load_document(FIXTURES / "new.yaml"))
    stranger["info"]["title"] = "Elsewhere"
    stranger["paths"] = {"/elsewhere/things": stranger["paths"]["/v1/volumes"]}
    (tmp_path / "stranger.yaml").write_text(yaml.safe_dump(stranger))
    code = update_specs.main(["--from", str(tmp_path / "stranger.yaml")])
    err = capsys.readouterr().err
    assert code == update_specs.EXIT_ERROR
    (line,) = err.splitlines()
    assert "cannot tell which API stranger.yaml describes (title 'Elsewhere', 1 operations" in line
    assert "--from API=FILE" in line


# --- the August 2026 reshaping of RunPod's /v2/serverless -----------------------------------


def _pre_august_serverless(spec: dict) -> dict:
    """RunPod v2 as it was before August 2026: scaling {type, value, idleTimeout}, workers {min, max}."""
    schemas = spec["components"]["schemas"]
    schemas["EndpointWorkers"]["properties"].pop("idleTimeout")
    for name in ("QueueDelayScaling", "RequestCountScaling"):
        schemas.pop(name)
    schemas["EndpointScaling"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["type", "value"],
        "properties": {
            "type": {"type": "string", "enum": ["QUEUE_DELAY", "REQUEST_COUNT"]},
            "value": {"type": "integer", "minimum": 1},
            "idleTimeout": {"type": "integer", "minimum": 1},
        },
    }
    create = schemas["CreateEndpointRequest"]
    for part in create.get("allOf", []):
        workers = part.get("properties", {}).get("workers", {})
        workers.get("properties", {}).pop("idleTimeout", None)
    create.pop("if", None)
    create.pop("then", None)
    return spec


def test_the_project_spec_against_the_pre_august_serverless_shape_is_breaking(tmp_path: Path) -> None:
    api = apis.by_name("runpod_v2")
    old_file = tmp_path / "openapi.json"
    old_file.write_text(json.dumps(_pre_august_serverless(load_document(api.spec_file()))))
    old, new = normalize(old_file, api.overlay_file), normalize(api.spec_file(), api.overlay_file)
    changes = [c for c in diff_documents(old, new) if "/v2/serverless" in c.where]

    def has(where: str, detail: str, breaking: bool) -> Change:
        found = [c for c in changes if c.where == where and c.detail == detail]
        assert found, f"{where}: {detail} not in\n" + "\n".join(f"{c.where} | {c.detail}" for c in changes)
        assert found[0].breaking is breaking, found[0]
        return found[0]

    for where in ("GET /v2/serverless/{id} response 200", "POST /v2/serverless response 201"):
        has(where, "field scaling.value removed", True)
        has(where, "field scaling.idleTimeout removed", True)
        has(where, "field scaling.queueDelay added (required in variant QueueDelayScaling)", False)
        has(where, "field workers.idleTimeout added", False)
    for where in ("POST /v2/serverless request", "PATCH /v2/serverless/{id} request"):
        has(where, "field scaling.value removed", True)
        # old callers sent scaling without variants: a field one variant requires is theirs to send
        has(where, "field scaling.queueDelay added (required in variant QueueDelayScaling)", True)
        has(where, "field scaling.requestCount added (required in variant RequestCountScaling)", True)
        has(where, "field workers.idleTimeout added", False)
    has("POST /v2/serverless request", "body rule " + apidiff._short(_rule(new, "CreateEndpointRequest")), True)


def _rule(normalized, schema: str) -> str:
    node = normalized.spec["components"]["schemas"][schema]
    (rule,) = apidiff._rules(node)
    return rule
