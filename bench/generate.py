"""The pipeline: a cold ``generate`` of every API (``--force``) against a regeneration whose
inputs did not change (skipped by the hash of spec, overlay, pipeline and pinned versions).
Both run on the repository's own generated/ tree, which regenerates byte for byte."""

from __future__ import annotations

from ._common import PYTHON, Row, clean_env, wall_of_command


def run() -> list[Row]:
    env = clean_env()
    colds, warms = [], []
    command = [PYTHON, "-m", "pipeline", "generate"]
    for _ in range(3):
        colds.append(wall_of_command([*command, "--force"], env))
        warms.append(wall_of_command(command, env))
    cold, warm = sorted(colds)[1], sorted(warms)[1]
    return [
        Row("pipeline", "generate, every API, cold (--force)", cold, "s"),
        Row(
            "pipeline",
            "generate, inputs unchanged",
            warm,
            "s",
            "cold generate",
            cold,
            "<= 0.05x cold",
            warm <= 0.05 * cold,
        ),
    ]
