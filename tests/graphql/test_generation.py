"""Generation-time validation of the operation documents against the SDL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.errors import SpecError
from pipeline.graphql_gen import load_schema, validate_operations

SPEC = Path(__file__).parents[2] / "specs" / "runpod_graphql"


@pytest.fixture
def operations(tmp_path: Path) -> Path:
    target = tmp_path / "operations"
    shutil.copytree(SPEC / "operations", target)
    return target


def test_vendored_documents_validate() -> None:
    names = validate_operations(load_schema(SPEC / "schema.graphql"), SPEC / "operations")
    assert len(names) == 11


def test_unknown_field_names_the_document_line_and_field(operations: Path) -> None:
    doc = operations / "stop_pod.graphql"
    doc.write_text(doc.read_text().replace("...PodFields", "...PodFields\n    gpuTemperature"))
    with pytest.raises(SpecError) as caught:
        validate_operations(load_schema(SPEC / "schema.graphql"), operations)
    message = str(caught.value)
    assert "stop_pod.graphql: line " in message
    assert "Cannot query field 'gpuTemperature' on type 'Pod'" in message


def test_syntax_error_names_the_document(operations: Path) -> None:
    (operations / "broken.graphql").write_text("query Broken { myself { pods { id }\n")
    with pytest.raises(SpecError, match=r"broken\.graphql: line 2, column 1"):
        validate_operations(load_schema(SPEC / "schema.graphql"), operations)


def test_anonymous_operation_is_refused(operations: Path) -> None:
    (operations / "anonymous.graphql").write_text("query { myself { id } }\n")
    with pytest.raises(SpecError, match="every operation needs a name"):
        validate_operations(load_schema(SPEC / "schema.graphql"), operations)
