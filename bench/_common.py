"""Shared measuring tools: medians of repeated runs, subprocess timings, result rows."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

PYTHON = sys.executable


@dataclass
class Row:
    """One line of the results table: ``value`` against ``baseline``, and the target."""

    section: str
    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def median_of(runs: int, measure: Callable[[], float]) -> float:
    """The median of ``runs`` measurements (one warm-up run first, thrown away)."""
    measure()
    return statistics.median(measure() for _ in range(runs))


def wall_of_command(argv: Sequence[str], env: dict[str, str] | None = None) -> float:
    """Seconds a fresh process takes to run ``argv`` to completion (output discarded)."""
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.decode()[-300:]}")
    return elapsed


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without provider keys (benchmarks never reach a real cloud)."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and not k.startswith("GPUPODS_")}
    env.update(extra)
    return env


def script(name: str) -> str | None:
    """The console script ``name`` installed beside this interpreter, if any."""
    path = os.path.join(os.path.dirname(PYTHON), name)
    return path if os.path.exists(path) else None
