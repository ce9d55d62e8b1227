"""Import cost in a fresh interpreter: ``import gpupods`` (the facade loads its providers and
the generated clients lazily) and each generated package, against ``import httpx``."""

from __future__ import annotations

import statistics
import subprocess

from ._common import PYTHON, Row, Section, clean_env

RUNS = 11
GENERATED = ("runpod_v2", "runpod_v1", "runpod_graphql", "runpod_graphql_async", "primeintellect", "novita")


def _import_seconds(module: str) -> float:
    """Seconds ``import module`` takes in a fresh interpreter, measured inside it."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    done = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True, env=clean_env())
    return float(done.stdout.strip().splitlines()[-1])


def _median(module: str, runs: int = RUNS) -> float:
    _import_seconds(module)
    return statistics.median(_import_seconds(module) for _ in range(runs))


def run() -> list[Section]:
    section = Section("Import in a fresh interpreter")
    httpx_s = _median("httpx")
    gp = _median("gpupods")
    section.rows.append(
        Row("import gpupods", gp * 1e3, "ms", "import httpx", httpx_s * 1e3, "<= 1.5x", gp <= 1.5 * httpx_s)
    )
    for package in GENERATED:
        seconds = _median(f"gpupods_clients.{package}", 5)
        section.rows.append(
            Row(f"import gpupods_clients.{package}", seconds * 1e3, "ms", "import httpx", httpx_s * 1e3)
        )
    section.notes.append(f"Medians of {RUNS} fresh interpreters (5 for each generated package), timed inside them.")
    return [section]
