"""`nox -s update-specs` for GraphQL, against a local server that serves the vendored SDL."""

from __future__ import annotations

import json
import shutil
from importlib import resources

import pytest
from gpupods._clock import RealClock
from gpupods.mock._core import MockRequest, MockResponse
from gpupods.mock._graphql import SdlServer
from gpupods.mock._server import LoopbackServer

from pipeline import update_specs

VENDORED = resources.files("gpupods_clients.runpod_graphql").joinpath("schema.graphql").read_text("utf-8")


class SdlCloud:
    """The smallest cloud: POST /graphql answered by an SdlServer."""

    def __init__(self, sdl: str) -> None:
        self.clock = RealClock()
        self.server = SdlServer(sdl)

    def handle(self, request: MockRequest) -> MockResponse:
        status, body = self.server.run(json.loads(request.body))
        return MockResponse(status, [("Content-Type", "application/json")], json.dumps(body).encode())


def _serve(sdl: str) -> LoopbackServer:
    return LoopbackServer(SdlCloud(sdl))


def test_introspection_of_the_vendored_schema_finds_no_change() -> None:
    with _serve(VENDORED) as server:
        sdl = update_specs.introspect(server.base_url + "/graphql")
    assert update_specs.diff_graphql(VENDORED, sdl) == []


def test_a_removed_field_and_a_new_type_are_reported_and_flagged() -> None:
    changed = VENDORED.replace("  uptimeSeconds: Int\n", "", 1) + "\ntype SavingsPlan {\n  id: ID!\n}\n"
    assert changed != VENDORED
    with _serve(changed) as server:
        sdl = update_specs.introspect(server.base_url + "/graphql")
    changes = update_specs.diff_graphql(VENDORED, sdl)
    added = [c for c in changes if c.kind == "type-added"]
    removed = [c for c in changes if c.kind == "field-removed"]
    assert ("SavingsPlan", False) in [(c.where, c.breaking) for c in added]
    assert len(removed) == 1 and "uptimeSeconds" in removed[0].detail and removed[0].breaking


def test_an_operation_document_that_no_longer_validates_is_breaking() -> None:
    changed = VENDORED.replace("  uptimeSeconds: Int\n", "", 1)
    with _serve(changed) as server:
        sdl = update_specs.introspect(server.base_url + "/graphql")
    operations = update_specs.apis.GRAPHQL_API.folder / "operations"
    assert update_specs.check_operations(VENDORED, operations) == []
    (invalid,) = update_specs.check_operations(sdl, operations)
    assert invalid.kind == "operation-invalid" and invalid.breaking
    assert invalid.where.startswith("specs/runpod_graphql/operations/") and "uptimeSeconds" in invalid.detail


def test_cli_keeps_the_sdl_under_build_and_exits_1_on_breaking(tmp_path, monkeypatch, capsys) -> None:
    folder = tmp_path / "runpod_graphql"
    folder.mkdir()
    (folder / "schema.graphql").write_text(VENDORED)
    shutil.copyfile(update_specs.apis.GRAPHQL_API.source_file, folder / "SOURCE.md")  # its Update URL
    monkeypatch.setattr(update_specs.apis, "SPECS", tmp_path)
    monkeypatch.setattr(update_specs.apis, "ROOT", tmp_path)
    monkeypatch.setattr(update_specs.apis, "BUILD", tmp_path / "build")
    changed = VENDORED.replace("  uptimeSeconds: Int\n", "", 1)
    with _serve(changed) as server:
        code = update_specs.main(["runpod_graphql", "--base-url", server.base_url])  # the published path /graphql
    assert code == 1
    written = (tmp_path / "build" / "upstream" / "runpod_graphql" / "schema.graphql").read_text()
    assert update_specs.diff_graphql(changed, written) == []
    assert (folder / "schema.graphql").read_text() == VENDORED
    out = capsys.readouterr().out
    assert "BREAKING  field-removed" in out and "uptimeSeconds" in out


def test_an_html_answer_to_introspection_is_one_line(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(update_specs.apis, "SPECS", tmp_path)
    monkeypatch.setattr(update_specs.apis, "BUILD", tmp_path / "build")

    class LoginPage(SdlCloud):
        def handle(self, request: MockRequest) -> MockResponse:
            return MockResponse(200, [("Content-Type", "text/html")], b"<html><title>Log in</title></html>")

    with LoopbackServer(LoginPage(VENDORED)) as server:
        code = update_specs.main(["runpod_graphql", "--graphql-url", server.base_url + "/graphql"])
    assert code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("runpod_graphql: ") and "HTML page" in line and "'Log in'" in line


@pytest.mark.parametrize("bad", ["type Query {", "type Query { a: Nope }"])
def test_unusable_schema_is_refused_with_the_place(bad: str, tmp_path) -> None:
    from pipeline.errors import SpecError
    from pipeline.graphql_gen import load_schema

    path = tmp_path / "schema.graphql"
    path.write_text(bad)
    with pytest.raises(SpecError) as caught:
        load_schema(path)
    assert "schema.graphql" in str(caught.value)


# --- a refused introspection is explained ---------------------------------------------------


class Refusing:
    """A GraphQL endpoint that answers every query with one fixed status and body."""

    clock = RealClock()

    def __init__(self, status: int, body: bytes) -> None:
        self.status, self.body = status, body

    def handle(self, request: MockRequest) -> MockResponse:
        return MockResponse(self.status, [("Content-Type", "application/json")], self.body)


KEY = "rpa_TESTKEY0123456789"
REFUSALS = [
    (
        401,
        {"errors": [{"message": "Unauthorized"}]},
        None,
        "refused the introspection query: 401 (Unauthorized); no API key was sent: set RUNPOD_API_KEY",
    ),
    (
        403,
        {"error": f"key {KEY} may not do this"},
        KEY,
        "refused the introspection query: 403 (key *** may not do "
        "this); the key in RUNPOD_API_KEY was refused or lacks access",
    ),
    (410, {"message": "GraphQL is retired"}, KEY, "answered 410 Gone (GraphQL is retired): RunPod has retired GraphQL"),
    (429, {"errors": [{"message": "slow down"}]}, KEY, "rate-limited the introspection query (429) (slow down)"),
    (
        200,
        {"errors": [{"message": "GraphQL introspection is not allowed"}]},
        KEY,
        "does not allow introspection (it "
        "said: GraphQL introspection is not allowed); the schema cannot be read from the server",
    ),
    (200, {"errors": [{"message": "Cannot query field __schema"}]}, KEY, "does not allow introspection"),
    (
        200,
        {"data": {"__schema": {"types": "not a list"}}},
        KEY,
        "answered introspection with something that is not a schema",
    ),
    (
        200,
        {"data": None, "errors": [{"message": "internal"}]},
        KEY,
        "answered the introspection query with errors: internal",
    ),
]


@pytest.mark.parametrize(
    ("status", "body", "key", "explained"), REFUSALS, ids=[f"{r[0]}-{i}" for i, r in enumerate(REFUSALS)]
)
def test_a_refused_introspection_is_explained_in_one_line_without_the_key(status, body, key, explained) -> None:
    headers = {"Authorization": f"Bearer {key}"} if key else None
    server = LoopbackServer(Refusing(status, json.dumps(body).encode()))
    with server, pytest.raises(update_specs.DownloadError) as caught:
        update_specs.introspect(server.base_url + "/graphql", headers)
    message = str(caught.value)
    assert explained in message and "\n" not in message
    assert KEY not in message


def test_an_introspection_answer_nested_100k_deep_is_one_error() -> None:
    server = LoopbackServer(Refusing(200, b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"))
    with server, pytest.raises(update_specs.DownloadError, match="is not JSON"):
        update_specs.introspect(server.base_url + "/graphql")


def test_without_a_key_the_default_run_skips_graphql_with_a_note(monkeypatch) -> None:
    monkeypatch.delenv("RUNPOD_API_KEY", raising=False)
    args = update_specs.parse_args([])
    report = update_specs._graphql_report(update_specs.apis.GRAPHQL_API, args, {})
    assert report.error == "" and "not checked: introspection needs an API key" in report.note
