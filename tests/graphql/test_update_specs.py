"""`nox -s update-specs` for GraphQL, against a local server that serves the vendored SDL."""

from __future__ import annotations

import json
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
    diff = update_specs.diff_graphql(VENDORED, sdl)
    assert (diff.added, diff.removed, diff.breaking) == ([], [], [])


def test_a_removed_field_and_a_new_type_are_reported_and_flagged() -> None:
    changed = VENDORED.replace("  uptimeSeconds: Int\n", "", 1) + "\ntype SavingsPlan {\n  id: ID!\n}\n"
    assert changed != VENDORED
    with _serve(changed) as server:
        sdl = update_specs.introspect(server.base_url + "/graphql")
    diff = update_specs.diff_graphql(VENDORED, sdl)
    assert "type SavingsPlan" in diff.added
    assert any(r.endswith(".uptimeSeconds") for r in diff.removed)
    assert any("uptimeSeconds" in b for b in diff.breaking)
    assert "BREAKING" in diff.render()


def test_cli_writes_the_sdl_and_exits_nonzero_on_breaking(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(update_specs.apis, "BUILD", tmp_path)
    changed = VENDORED.replace("  uptimeSeconds: Int\n", "", 1)
    with _serve(changed) as server:
        code = update_specs.main(["--api", "runpod_graphql", "--graphql-url", server.base_url + "/graphql",
                                  "--fail-on-breaking"])  # fmt: skip
    assert code == 1
    written = (tmp_path / "upstream" / "runpod_graphql" / "schema.graphql").read_text()
    same = update_specs.diff_graphql(changed, written)
    assert (same.added, same.removed, same.changed, same.breaking) == ([], [], [], [])
    assert "BREAKING" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["type Query {", "type Query { a: Nope }"])
def test_unusable_schema_is_refused_with_the_place(bad: str, tmp_path) -> None:
    from pipeline.errors import SpecError
    from pipeline.graphql_gen import load_schema

    path = tmp_path / "schema.graphql"
    path.write_text(bad)
    with pytest.raises(SpecError) as caught:
        load_schema(path)
    assert "schema.graphql" in str(caught.value)
