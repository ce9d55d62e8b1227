"""The committed clients are exactly what the pipeline generates from specs/ (what
`nox -s check-generated` enforces, run here on a scratch copy)."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from pipeline.apis import GENERATED, ROOT


def _differences(left: Path, right: Path) -> list[str]:
    diffs: list[str] = []
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    diffs += [f"only committed: {left / n}" for n in comparison.left_only]
    diffs += [f"only regenerated: {right / n}" for n in comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    diffs += [f"differs: {left / n}" for n in mismatch + errors]
    for sub in comparison.common_dirs:
        diffs += _differences(left / sub, right / sub)
    return diffs


def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "gpupods_clients"
    run = subprocess.run(
        [sys.executable, "-m", "pipeline", "generate", "--force", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    diffs = _differences(GENERATED, out)
    diffs = [d for d in diffs if "_coverage" not in d]
    assert diffs == []
