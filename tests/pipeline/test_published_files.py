"""update-specs on the providers' published files (``../shared/reference/upstream/``): the
snapshots in specs/ are those files, so each reports no change and exits 0, including Prime
Intellect's split document given whole or one part at a time, and a file given without its
API name is recognised."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import snapshot, update_specs
from pipeline.apis import SPECS

UPSTREAM = Path(__file__).parents[3] / "shared" / "reference" / "upstream"
PRIME = [
    "primeintellect-compute.openapi.yml",
    "primeintellect-billing.openapi.yml",
    "primeintellect-template.openapi.yml",
]

# api, its published file(s), and their git blobs as the upstream README lists them
CASES = [
    ("runpod_v1", ["runpod-rest-v1.openapi.json"], ["7da7beb32175a35060381abab93b11bb4b26cf04"]),
    ("runpod_v2", ["runpod-rest-v2.openapi.json"], ["c871056529f969f71a8fa765511fe3f3131d1503"]),
    ("primeintellect", PRIME, ["21cb276d55be554faa9c17739ca4be18e274fad9", "69c1b0bd", "20213ecb"]),
    ("novita", ["novita-gpu-community.openapi.yaml"], ["933e2fe98e29e4ac2b568ee6d508f6f000133c2b"]),
    ("lambda_cloud", ["lambda-cloud.openapi.json"], ["cc9c297d5c7bfdd8671742a353d0ad1623283dfa"]),
]

pytestmark = pytest.mark.skipif(
    not UPSTREAM.is_dir(), reason=f"the providers' published files are not beside the repository ({UPSTREAM})"
)


@pytest.mark.parametrize(("api", "files", "blobs"), CASES, ids=[c[0] for c in CASES])
def test_the_snapshot_is_the_published_file_facts_only(api: str, files: list[str], blobs: list[str]) -> None:
    recorded = snapshot.load(SPECS / api / snapshot.FILE_NAME)
    assert recorded is not None
    assert [p.source for p in recorded.parts] == files
    assert all(p.git_blob.startswith(b) for p, b in zip(recorded.parts, blobs, strict=True))


@pytest.mark.parametrize(("api", "files", "blobs"), CASES, ids=[c[0] for c in CASES])
def test_the_published_file_reports_no_change_and_exits_0(api, files, blobs, capsys) -> None:
    argv = [a for f in files for a in ("--from", f"{api}={UPSTREAM / f}")]
    (report,), status = update_specs.evaluate(update_specs.parse_args(argv))
    assert (status, report.error, report.compared_with) == (0, "", "snapshot")
    assert report.changes == [] and report.python_api == [] and report.unreflected == []
    assert "no changes since the upstream snapshot" in report.render()


def test_one_part_of_the_split_prime_intellect_document_is_recognised_and_unchanged() -> None:
    (report,), status = update_specs.evaluate(update_specs.parse_args(["--from", str(UPSTREAM / PRIME[1])]))
    assert report.api == "primeintellect"
    assert (status, report.changes, report.compared_with) == (0, [], "snapshot")
