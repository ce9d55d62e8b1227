"""`nox -s update-specs` for OpenAPI: the diff, its classification, the Python API report,
--accept, and bad downloads, against fixture documents served by a loopback HTTP server.

tests/pipeline/fixtures/update/old.yaml and new.yaml are two versions of a small API in which
every kind of change the diff classifies happens at least once.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from gpupods._clock import RealClock
from gpupods.mock._core import MockRequest, MockResponse
from gpupods.mock._server import LoopbackServer

from pipeline import apis, update_specs
from pipeline.apidiff import Change, diff_documents
from pipeline.normalize import normalize
from pipeline.specload import load_document

FIXTURES = Path(__file__).parent / "fixtures" / "update"
REPO = Path(__file__).resolve().parents[2]
API = "tinycloud"
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


def make_checkout(root: Path, overlay: bool = True) -> Path:
    """A checkout with one API folder holding the old version of the fixture API."""
    folder = root / "specs" / API
    folder.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "old.yaml", folder / "openapi.yaml")
    shutil.copyfile(FIXTURES / "SOURCE.md", folder / "SOURCE.md")
    if overlay:
        shutil.copyfile(FIXTURES / "overlay.yaml", folder / "overlay.yaml")
    return root


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_checkout(tmp_path / "repo")
    _point_pipeline_at(monkeypatch, root)
    return root


def _point_pipeline_at(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    monkeypatch.setattr(apis, "ROOT", root)
    monkeypatch.setattr(apis, "SPECS", root / "specs")
    monkeypatch.setattr(apis, "BUILD", root / "build")
    monkeypatch.setattr(apis, "GENERATED", root / "generated" / "gpupods_clients")
    monkeypatch.setattr(apis, "COVERAGE", root / "generated" / "coverage")


@pytest.fixture(scope="module")
def full_run(host: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict, str]:
    """One `update-specs tinycloud --base-url HOST --json` run (generator included) for many tests."""
    root = make_checkout(tmp_path_factory.mktemp("full") / "repo")
    with pytest.MonkeyPatch.context() as monkeypatch:
        _point_pipeline_at(monkeypatch, root)
        out = _Capture()
        with out:
            code = update_specs.main([API, "--base-url", host, "--json"])
    return code, json.loads(out.stdout), out.stderr


class _Capture:
    """Capture stdout/stderr without pytest's function-scoped capsys."""

    def __enter__(self) -> None:
        import io

        self._saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = self._out, self._err = io.StringIO(), io.StringIO()

    def __exit__(self, *exc: object) -> None:
        sys.stdout, sys.stderr = self._saved
        self.stdout, self.stderr = self._out.getvalue(), self._err.getvalue()


def _find(changes: list[dict], kind: str, where: str, detail: str) -> dict:
    found = [c for c in changes if c["kind"] == kind and c["where"] == where and detail in c["detail"]]
    assert len(found) == 1, f"expected one {kind} at {where} with {detail!r}; have:\n" + "\n".join(
        f"  {c['kind']} | {c['where']} | {c['detail']}" for c in changes
    )
    return found[0]


# Every kind of change, where the fixture makes it, and whether a client breaks.
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
    ("enum-removed", "GET /v1/pods", "query parameter sort lost age", True),
    ("request-body-changed", "POST /v1/pods/{id}/start request", "body became required", True),
    ("field-added", "POST /v1/pods request", "field image added (required)", True),
    ("field-added", "POST /v1/pods request", "field env added", False),
    ("field-added", "GET /v1/pods/{id} response 200", "field uptimeSeconds added", False),
    ("field-removed", "GET /v1/pods/{id} response 200", "field machineId removed", True),
    ("field-removed", "POST /v1/pods request", "field legacyFlag removed", True),
    ("required-changed", "POST /v1/pods request", "request field name became required", True),
    ("required-changed", "POST /v1/pods request", "request field volumeGb became optional", False),
    ("required-changed", "GET /v1/pods/{id} response 200", "response field costPerHour became optional", True),
    ("type-changed", "POST /v1/pods request", "volumeGb type number -> integer", True),
    ("type-changed", "POST /v1/pods request", "gpuType type string -> null|string", False),
    ("type-changed", "GET /v1/pods/{id} response 200", "memoryGb type integer -> number", True),
    ("type-changed", "GET /v1/pods/{id} response 200", "vcpu type number -> integer", False),
    ("type-changed", "GET /v1/pods/{id} response 200", "createdAt format - -> date-time", True),
    ("enum-added", "GET /v1/pods/{id} response 200", "status gained PAUSED", False),
    ("enum-added", "POST /v1/pods request", "cloudType gained SPOT", False),
    ("enum-removed", "POST /v1/pods request", "cloudType lost COMMUNITY", True),
    ("enum-removed", "GET /v1/pods/{id} response 200", "status lost EXITED", False),
    ("status-added", "POST /v1/pods", "status 429 documented", False),
    ("status-removed", "DELETE /v1/pods/{id}", "status 200 no longer documented", True),
    ("status-removed", "GET /v1/pods", "status 403 no longer documented", False),
    ("error-shape-changed", "GET /v1/pods/{id} response 404", "field code removed", True),
    ("error-shape-changed", "GET /v1/pods/{id} response 404", "field requestId added", False),
]


@pytest.mark.parametrize(
    ("kind", "where", "detail", "breaking"), CLASSIFIED, ids=[f"{c[0]}:{c[2]}" for c in CLASSIFIED]
)
def test_each_kind_of_change_is_found_and_classified(full_run, kind: str, where: str, detail: str, breaking: bool):
    _, report, _ = full_run
    change = _find(report["apis"][0]["changes"], kind, where, detail)
    assert change["breaking"] is breaking
    assert bool(change["why"]) or not breaking, "a breaking change says why"


def test_every_documented_kind_is_covered_by_the_fixture() -> None:
    from pipeline import apidiff

    documented = {
        line.split()[0] for line in apidiff.__doc__.splitlines() if line[:1].isalpha() and "-" in line.split()[0]
    }
    assert documented == {c[0] for c in CLASSIFIED}


def test_the_json_report_and_the_exit_code(full_run) -> None:
    code, report, stderr = full_run
    assert code == update_specs.EXIT_BREAKING
    assert stderr == ""
    (tiny,) = report["apis"]
    assert tiny["api"] == API and tiny["error"] is None
    assert tiny["source"].endswith(SPEC_PATH)
    assert tiny["downloaded"] == f"specs/{API}/upstream.openapi.yaml"
    assert (
        report["breaking"]
        == tiny["breaking"]
        == sum(c["breaking"] for c in [*tiny["changes"], *tiny["python_api"]["changes"]])
    )
    assert report["errors"] == 0


def test_the_generated_python_api_effect_is_reported(full_run) -> None:
    _, report, _ = full_run
    python = report["apis"][0]["python_api"]
    assert python["package"] == f"gpupods_clients.{API}"
    changes = python["changes"]
    pkg = f"gpupods_clients.{API}"
    assert _find(changes, "module-added", f"{pkg}.api.volume.create_volume", "new module")["breaking"] is False
    assert _find(changes, "module-removed", f"{pkg}.api.snapshot.delete_snapshot", "removed")["breaking"] is True
    assert _find(changes, "argument-added", f"{pkg}.api.offer.list_offers", "required argument region")["breaking"]
    assert _find(changes, "argument-removed", f"{pkg}.api.pod.list_pods", "argument legacy removed")["breaking"]
    assert _find(changes, "attribute-removed", f"{pkg}.models.pod.Pod", "machine_id")["breaking"] is True
    assert _find(changes, "attribute-added", f"{pkg}.models.pod.Pod", "uptime_seconds")["breaking"] is False
    assert _find(changes, "attribute-changed", f"{pkg}.models.pod.Pod", "created_at")["breaking"] is True
    assert _find(changes, "literal-added", f"{pkg}.models.pod_status.PodStatus", "PAUSED")["breaking"] is False
    assert _find(changes, "literal-removed", f"{pkg}.models.create_pod_cloud_type.CreatePodCloudType", "COMMUNITY")


def test_a_stale_overlay_action_is_reported_with_its_operation(full_run) -> None:
    _, report, _ = full_run
    (stale,) = report["apis"][0]["stale_overlay"]
    assert stale["index"] == 1
    assert stale["target"] == "$.paths['/v1/snapshots/{id}'].delete"
    assert stale["meant_for"] == ["DELETE /v1/snapshots/{id}"]


def test_the_table_for_people(checkout: Path, host: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = update_specs.main([API, "--base-url", host, "--no-python-api"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"== {API}  (from {host}{SPEC_PATH})" in out
    lines = out.splitlines()
    first_plain = next(i for i, line in enumerate(lines) if line.startswith("             "))
    assert all("BREAKING" in line for line in lines[3:first_plain]), "breaking changes come first"
    assert any(line.split()[:2] == ["BREAKING", "operation-removed"] for line in lines)
    assert "overlay action #1 (Snapshots are deleted asynchronously.)" in out
    assert "it was for DELETE /v1/snapshots/{id}" in out


def test_an_unchanged_document_reports_no_changes_and_exits_0(checkout: Path, host: str, capsys) -> None:
    code = update_specs.main([API, "--base-url", f"{API}={host}/old.yaml"])
    out = capsys.readouterr().out
    assert code == 0
    assert "no changes" in out and "BREAKING" not in out


def test_a_json_document_is_kept_as_json_beside_the_vendored_spec(checkout: Path, host: str) -> None:
    vendored = (checkout / "specs" / API / "openapi.yaml").read_bytes()
    code = update_specs.main([API, "--base-url", f"{API}={host}/new.json", "--no-python-api", "--json"])
    assert code == 1
    kept = checkout / "specs" / API / "upstream.openapi.json"
    assert json.loads(kept.read_text())["info"]["version"] == "2.0"
    assert (checkout / "specs" / API / "openapi.yaml").read_bytes() == vendored


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


def _run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GPUPODS_PIPELINE_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "pipeline.update_specs", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)  # fmt: skip


def test_accept_replaces_the_spec_keeps_the_overlay_and_generates(tmp_path: Path, host: str) -> None:
    root = make_checkout(tmp_path / "repo")
    overlay = root / "specs" / API / "overlay.yaml"
    # An overlay whose actions all still apply to the new version.
    overlay.write_text(overlay.read_text().split("  - target: $.paths['/v1/snapshots/{id}']")[0])
    run = _run_cli(root, API, "--base-url", host, "--accept")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "accepted: the vendored spec is replaced and the client regenerated" in run.stdout
    folder = root / "specs" / API
    assert (folder / "openapi.yaml").read_bytes() == (FIXTURES / "new.yaml").read_bytes()
    assert not list(folder.glob("upstream.*")) and overlay.exists()
    package = root / "generated" / "gpupods_clients" / API
    assert (package / "api" / "volume" / "create_volume.py").is_file()
    assert not (package / "api" / "snapshot").exists()
    assert "List the pods of the account." in (package / "api" / "pod" / "list_pods.py").read_text()
    assert (root / "generated" / "coverage" / f"{API}.md").is_file()


def test_accept_with_a_stale_overlay_action_names_it_and_does_not_generate(tmp_path: Path, host: str) -> None:
    root = make_checkout(tmp_path / "repo")
    run = _run_cli(root, API, "--base-url", host, "--accept", "--no-python-api")
    assert run.returncode == 2
    assert "it was for DELETE /v1/snapshots/{id}" in run.stdout
    (line,) = run.stderr.splitlines()
    assert f"accepted specs/{API}/openapi.yaml, but not generated: 1 overlay action(s) match nothing now" in line
    assert (root / "specs" / API / "openapi.yaml").read_bytes() == (FIXTURES / "new.yaml").read_bytes()
    assert not (root / "generated").exists()


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
        has(where, "field scaling.queueDelay added (required)", False)
        has(where, "field workers.idleTimeout added", False)
    for where in ("POST /v2/serverless request", "PATCH /v2/serverless/{id} request"):
        has(where, "field scaling.value removed", True)
        has(where, "field scaling.queueDelay added (required)", True)
        has(where, "field scaling.requestCount added (required)", True)
        has(where, "field workers.idleTimeout added", False)
