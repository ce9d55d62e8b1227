"""Cold start: the CLI's ``--help`` and ``ls --mock --json`` against the official CLIs'
``--help``, and ``import gpupods`` (and each generated package) against ``import httpx``.
Every measurement is a fresh interpreter; medians of repeated runs."""

from __future__ import annotations

from ._common import PYTHON, Row, clean_env, median_of, script, wall_of_command

RUNS = 15
GENERATED = ("runpod_v2", "runpod_v1", "runpod_graphql", "runpod_graphql_async", "primeintellect", "novita")


def _import_seconds(module: str) -> float:
    """Seconds ``import module`` takes in a fresh interpreter, measured inside it."""
    import subprocess

    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    done = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True, env=clean_env())
    return float(done.stdout.strip().splitlines()[-1])


def run() -> list[Row]:
    env = clean_env()
    rows: list[Row] = []
    gpupods = script("gpupods")
    assert gpupods, "install the project first (pip install -e .)"
    official = {}
    for name in ("runpod", "prime"):
        path = script(name)
        if path is not None:
            official[name] = median_of(5, lambda path=path: wall_of_command([path, "--help"], env))
    help_time = median_of(RUNS, lambda: wall_of_command([gpupods, "--help"], env))
    fastest = min(official.values()) if official else None
    fastest_name = min(official, key=official.__getitem__) if official else "(official CLIs not installed)"
    rows.append(
        Row(
            "cli cold start",
            "gpupods --help",
            help_time,
            "s",
            f"{fastest_name} --help",
            fastest,
            "<= 0.5x the faster official CLI",
            None if fastest is None else help_time <= 0.5 * fastest,
        )
    )
    for name, seconds in sorted(official.items()):
        rows.append(Row("cli cold start", f"{name} --help (official)", seconds, "s"))
    ls_time = median_of(RUNS // 3, lambda: wall_of_command([gpupods, "ls", "--mock", "--json"], env))
    rows.append(
        Row(
            "cli cold start",
            "gpupods ls --mock --json",
            ls_time,
            "s",
            f"{fastest_name} --help",
            fastest,
            note="builds three in-process mock clouds and seeds a pod on each",
        )
    )
    httpx_time = median_of(RUNS, lambda: _import_seconds("httpx"))
    gp_time = median_of(RUNS, lambda: _import_seconds("gpupods"))
    rows.append(
        Row(
            "import", "import gpupods", gp_time, "s", "import httpx", httpx_time, "<= 1.5x", gp_time <= 1.5 * httpx_time
        )
    )
    for package in GENERATED:
        seconds = median_of(5, lambda package=package: _import_seconds(f"gpupods_clients.{package}"))
        rows.append(Row("import", f"import gpupods_clients.{package}", seconds, "s", "import httpx", httpx_time))
    return rows
