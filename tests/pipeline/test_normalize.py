"""Each repair and overlay feature, on small fixture specs written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import SpecError
from pipeline.normalize import normalize


def _ops(result) -> dict[str, str]:
    return {f"{o.method.upper()} {o.path}": o.name for o in result.operations}


def test_duplicate_enum_value_is_removed_keeping_order(fixtures: Path) -> None:
    result = normalize(fixtures / "quirks-3.0.yaml")
    assert result.spec["components"]["schemas"]["BoxState"]["enum"] == ["RUNNING", "STOPPED", "GONE"]
    assert any("duplicate enum value(s) 'RUNNING'" in r for r in result.repairs)


def test_duplicate_operation_ids_get_names_from_method_and_path(fixtures: Path) -> None:
    result = normalize(fixtures / "quirks-3.0.yaml")
    names = _ops(result)
    assert names["GET /boxes"] == "list_boxes"
    assert names["POST /boxes"] == "create_box"
    assert result.spec["paths"]["/boxes"]["get"]["operationId"] == "list_boxes"
    assert result.spec["paths"]["/boxes"]["get"]["tags"] == ["box"]


def test_items_on_an_object_becomes_additional_properties(fixtures: Path) -> None:
    env = normalize(fixtures / "quirks-3.0.yaml").spec["components"]["schemas"]["Box"]["properties"]["env"]
    assert env == {"type": "object", "additionalProperties": {"type": "string"}}


def test_array_default_written_as_a_string_becomes_a_list(fixtures: Path) -> None:
    ports = normalize(fixtures / "quirks-3.0.yaml").spec["components"]["schemas"]["BoxInput"]["properties"]["ports"]
    assert ports["default"] == ["8888/http", "22/tcp"]


def test_operation_without_success_response_gets_one(fixtures: Path) -> None:
    result = normalize(fixtures / "quirks-3.0.yaml")
    responses = result.spec["paths"]["/boxes/{boxId}/restart"]["post"]["responses"]
    assert set(responses) == {"400", "200"}
    assert any("declared no success response" in r for r in result.repairs)


def test_undeclared_path_parameter_is_declared(fixtures: Path) -> None:
    op = normalize(fixtures / "quirks-3.0.yaml").spec["paths"]["/boxes/{boxId}/labels"]["get"]
    assert {"name": "boxId", "in": "path", "required": True, "schema": {"type": "string"}} in op["parameters"]


def test_placeholder_property_becomes_a_map(fixtures: Path) -> None:
    schema = normalize(fixtures / "quirks-3.0.yaml").spec["components"]["schemas"]["LabelsByKind"]
    assert "properties" not in schema
    assert schema["additionalProperties"] == {"type": "array", "items": {"type": "string"}}


def test_generator_view_opens_response_schemas_and_keeps_requests_closed(fixtures: Path) -> None:
    result30 = normalize(fixtures / "quirks-3.0.yaml")
    assert result30.generator_view()["components"]["schemas"]["BoxInput"]["additionalProperties"] is False
    result31 = normalize(fixtures / "quirks-3.1.yaml")
    assert result31.spec["components"]["schemas"]["Widget"]["additionalProperties"] is False
    assert "additionalProperties" not in result31.generator_view()["components"]["schemas"]["Widget"]


def test_generator_view_reads_date_time_headers_as_strings(fixtures: Path) -> None:
    result = normalize(fixtures / "quirks-3.1.yaml")
    strict = result.spec["paths"]["/v1/widgets/{id}/logs"]["get"]["parameters"][2]
    lenient = result.generator_view()["paths"]["/v1/widgets/{id}/logs"]["get"]["parameters"][2]
    assert strict["schema"] == {"type": "string", "format": "date-time"}
    assert lenient["schema"] == {"type": "string"}


def test_source_file_is_never_rewritten(fixtures: Path) -> None:
    before = (fixtures / "quirks-3.0.yaml").read_bytes()
    normalize(fixtures / "quirks-3.0.yaml", fixtures / "overlay-ok.yaml")
    assert (fixtures / "quirks-3.0.yaml").read_bytes() == before


def test_overlay_updates_appends_removes_and_names(fixtures: Path) -> None:
    result = normalize(fixtures / "quirks-3.0.yaml", fixtures / "overlay-ok.yaml")
    schemas = result.spec["components"]["schemas"]
    assert schemas["Box"]["properties"]["color"] == {"type": "string"}
    assert schemas["BoxState"]["enum"] == ["RUNNING", "STOPPED", "GONE", "PAUSED"]
    assert "summary" not in result.spec["paths"]["/boxes"]["get"]
    assert _ops(result)["GET /boxes/{boxId}/labels"] == "list_box_labels"
    assert len(result.overlay_log) == 3


def test_overlay_action_matching_nothing_names_file_and_action(fixtures: Path) -> None:
    with pytest.raises(SpecError) as caught:
        normalize(fixtures / "quirks-3.0.yaml", fixtures / "overlay-nomatch.yaml")
    message = str(caught.value)
    assert "overlay-nomatch.yaml" in message
    assert "actions[1] (target $.components.schemas.Crate)" in message
    assert "matches nothing" in message


def test_invalid_yaml_names_file_and_line(fixtures: Path) -> None:
    with pytest.raises(SpecError, match=r"bad\.yaml: line 6, column 1: not valid YAML"):
        normalize(fixtures / "bad.yaml")


def test_invalid_json_names_file_and_line(fixtures: Path) -> None:
    with pytest.raises(SpecError, match=r"bad\.json: line 4, column 19: not valid JSON"):
        normalize(fixtures / "bad.json")


def test_unresolvable_ref_names_file_and_line(fixtures: Path) -> None:
    with pytest.raises(SpecError) as caught:
        normalize(fixtures / "unresolvable-ref.yaml")
    message = str(caught.value)
    assert "unresolvable-ref.yaml: line 11" in message
    assert "'#/components/schemas/Missing' does not resolve" in message


def test_yaml_1_1_booleans_stay_strings(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {type: string, enum: [OFF, ON, NO, 2026-01-01]}\n"
    )
    schema = normalize(spec).spec["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["enum"] == ["OFF", "ON", "NO", "2026-01-01"]
