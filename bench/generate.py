"""The pipeline: a cold ``generate`` of every API (``--force``) against a regeneration whose
inputs did not change (skipped by the hash of spec, overlay, pipeline and pinned versions).
Both run on the repository's own generated/ tree, which regenerates byte for byte."""

from __future__ import annotations

import statistics

from ._common import PYTHON, Row, Section, clean_env, wall_of_command

RUNS = 3


def run() -> list[Section]:
    env = clean_env()
    command = [PYTHON, "-m", "pipeline", "generate"]
    colds, warms = [], []
    for _ in range(RUNS):
        colds.append(wall_of_command([*command, "--force"], env))
        warms.append(wall_of_command(command, env))
    cold, warm = statistics.median(colds), statistics.median(warms)
    section = Section("Pipeline: python -m pipeline generate")
    section.rows += [
        Row("every API, cold (--force)", cold, "s"),
        Row("every API, inputs unchanged", warm, "s", "cold generate", cold, "<= 0.05x cold", warm <= 0.05 * cold),
    ]
    section.notes.append(f"Medians of {RUNS} runs of each, alternating.")
    return [section]
