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


def test_cli_keeps_the_sdl_beside_the_vendored_one_and_exits_1_on_breaking(tmp_path, monkeypatch, capsys) -> None:
    folder = tmp_path / "runpod_graphql"
    folder.mkdir()
    (folder / "schema.graphql").write_text(VENDORED)
    shutil.copyfile(update_specs.apis.GRAPHQL_API.source_file, folder / "SOURCE.md")  # its Update URL
    monkeypatch.setattr(update_specs.apis, "SPECS", tmp_path)
    monkeypatch.setattr(update_specs.apis, "ROOT", tmp_path)
    changed = VENDORED.replace("  uptimeSeconds: Int\n", "", 1)
    with _serve(changed) as server:
        code = update_specs.main(["runpod_graphql", "--base-url", server.base_url])  # the published path /graphql
    assert code == 1
    written = (folder / "upstream.schema.graphql").read_text()
    assert update_specs.diff_graphql(changed, written) == []
    assert (folder / "schema.graphql").read_text() == VENDORED
    out = capsys.readouterr().out
    assert "BREAKING  field-removed" in out and "uptimeSeconds" in out


def test_an_html_answer_to_introspection_is_one_line(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(update_specs.apis, "SPECS", tmp_path)

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
