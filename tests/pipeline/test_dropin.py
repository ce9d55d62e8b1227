"""Drop-in proof: the providers' published files generate complete clients with the same
Python operation names as the project's own specs."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.apis import by_name
from pipeline.normalize import normalize
from pipeline.openapi_gen import build_package

UPSTREAM = Path(__file__).parents[3] / "shared" / "reference" / "upstream"

CASES = [
    ("runpod_v2", "runpod-rest-v2.openapi.json", 53),
    ("runpod_v1", "runpod-rest-v1.openapi.json", 37),
    ("primeintellect", "primeintellect-compute.openapi.yml", 23),
    ("novita", "novita-gpu-community.openapi.yaml", 46),
    ("lambda_cloud", "lambda-cloud.openapi.json", 37),
]

pytestmark = pytest.mark.skipif(
    not UPSTREAM.is_dir(), reason=f"the providers' published files are not beside the repository ({UPSTREAM})"
)


@pytest.mark.parametrize(("api", "filename", "operations"), CASES)
def test_published_file_generates_every_operation_with_our_names(
    api: str, filename: str, operations: int, tmp_path: Path
) -> None:
    meta = by_name(api)
    overlay = meta.overlay_file
    built = build_package(api, UPSTREAM / filename, overlay, tmp_path / api)
    assert built.report.ok, built.report.dropped
    assert built.report.generated == built.report.operations == operations
    ours = {(o.method, o.path): o.name for o in normalize(meta.spec_file(), overlay).operations}
    theirs = {(o.method, o.path): o.name for o in built.normalized.operations}
    assert set(theirs) <= set(ours)
    assert {k: ours[k] for k in theirs} == theirs
