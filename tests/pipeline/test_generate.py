"""Generation of the fixture specs, and how the generated code behaves at run time."""

from __future__ import annotations

import datetime
import importlib
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from pipeline.apis import ROOT
from pipeline.openapi_gen import build_package


@pytest.fixture(scope="module")
def quirks30(tmp_path_factory: pytest.TempPathFactory):
    return build_package("quirks30", FIXTURES / "quirks-3.0.yaml", None, tmp_path_factory.mktemp("q30"))


@pytest.fixture(scope="module")
def quirks31(tmp_path_factory: pytest.TempPathFactory):
    return build_package("quirks31", FIXTURES / "quirks-3.1.yaml", None, tmp_path_factory.mktemp("q31"))


FIXTURES = Path(__file__).parent / "fixtures"


def _client(pkg, handler):
    return pkg.AuthenticatedClient(
        base_url="https://quirks.example", token="t0ken", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def test_every_quirk_operation_is_generated(quirks30, quirks31) -> None:
    for built in (quirks30, quirks31):
        assert built.report.ok, built.report.dropped
        assert built.report.generated == built.report.operations
    assert quirks30.report.operations == 4
    assert {row[2] for row in quirks30.report.rows} == {"list_boxes", "create_box", "restart_box", "list_box_labels"}


def test_unknown_enum_value_and_unknown_field_survive_parsing(quirks30, import_package) -> None:
    pkg = import_package(quirks30.package)
    box_cls = importlib.import_module(f"{pkg.__name__}.models.box").Box
    box = box_cls.from_dict({"id": "b1", "state": "HIBERNATING", "env": {"A": "1"}, "zone": "eu"})
    assert box.state == "HIBERNATING"
    assert box.additional_properties == {"zone": "eu"}
    assert box.to_dict()["zone"] == "eu"
    states = importlib.import_module(f"{pkg.__name__}.models.box_state")
    assert "HIBERNATING" not in states.BOX_STATE_VALUES
    assert frozenset({"RUNNING", "STOPPED", "GONE"}) == states.BOX_STATE_VALUES


def test_closed_response_schema_keeps_unknown_fields(quirks31, import_package) -> None:
    pkg = import_package(quirks31.package)
    widget = importlib.import_module(f"{pkg.__name__}.models.widget").Widget
    parsed = widget.from_dict({"id": "w", "size": None, "owner": None, "phase": "RETIRED", "color": "red"})
    assert parsed.size is None and parsed.owner is None
    assert parsed.phase == "RETIRED"
    assert parsed["color"] == "red"


def test_type_arrays_and_any_of_null_parse_both_ways(quirks31, import_package) -> None:
    pkg = import_package(quirks31.package)
    widget = importlib.import_module(f"{pkg.__name__}.models.widget").Widget
    parsed = widget.from_dict({"id": "w", "size": 3, "owner": {"name": "ada"}, "phase": "NEW"})
    assert parsed.size == 3
    assert parsed.owner.name == "ada"


def test_sse_endpoint_sends_last_event_id_and_returns_text(quirks31, import_package) -> None:
    pkg = import_package(quirks31.package)
    logs = importlib.import_module(f"{pkg.__name__}.api.widget.get_widget_logs")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = 'id: 2026-11-23T10:00:01Z\ndata: {"line": "hello"}\n\n'
        return httpx.Response(200, text=body, headers={"content-type": "text/event-stream"})

    since = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=datetime.UTC).isoformat()
    response = logs.sync_detailed("w1", client=_client(pkg, handler), tail=10, last_event_id=since)
    assert response.parsed.startswith("id: 2026-11-23T10:00:01Z")
    assert seen[0].headers["Last-Event-ID"] == since
    assert seen[0].headers["Authorization"] == "Bearer t0ken"
    assert seen[0].url.params["tail"] == "10"


def test_operation_without_declared_success_is_callable(quirks30, import_package) -> None:
    pkg = import_package(quirks30.package)
    restart = importlib.import_module(f"{pkg.__name__}.api.box.restart_box")
    response = restart.sync_detailed("b 1", client=_client(pkg, lambda r: httpx.Response(200)))
    assert response.status_code == 200


def test_cli_reports_bad_input_in_one_line_without_traceback(tmp_path: Path) -> None:
    spec_dir = tmp_path / "specs"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "generate",
            "--api",
            "runpod_v2",
            "--spec",
            str(FIXTURES / "bad.yaml"),
            "--out",
            str(spec_dir),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().count("\n") == 0
    assert "bad.yaml: line 6, column 1: not valid YAML" in run.stderr
