"""``python -m bench [section ...]``: run the benchmarks side by side, print the table and
write bench/RESULTS.md. Sections: startup, generate, percall, listing, pacing (default: all)."""

from __future__ import annotations

import importlib
import math
import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

from ._common import Row

SECTIONS = ("startup", "generate", "percall", "listing", "pacing")
RESULTS = Path(__file__).with_name("RESULTS.md")
PACKAGES = ("gpupods", "httpx", "openapi-python-client", "ariadne-codegen", "typer", "runpod", "prime")


def _number(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def table(rows: list[Row]) -> str:
    lines = ["| section | measurement | value | baseline | ratio | target | met | note |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in rows:
        baseline = f"{r.baseline_name}: {_number(r.baseline)} {r.unit}" if r.baseline_name else ""
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        lines.append(f"| {r.section} | {r.name} | {_number(r.value)} {r.unit} | {baseline} | {ratio} | {r.target} "
                     f"| {met} | {r.note} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    chosen = argv or list(SECTIONS)
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        print(f"unknown section(s): {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
        return 2
    rows: list[Row] = []
    started = time.perf_counter()
    for name in chosen:
        print(f"-- {name}", file=sys.stderr, flush=True)
        rows += importlib.import_module(f"bench.{name}").run()
    took = time.perf_counter() - started
    machine = (f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs, "
               f"Python {platform.python_version()} ({platform.python_implementation()})")  # fmt: skip
    versions = ", ".join(f"{p} {_version(p)}" for p in PACKAGES)
    report = table(rows)
    text = (f"# Benchmark results\n\nMeasured by `nox -s bench` in one run of {took:.0f} s on {machine}.\n\n"
            f"Versions: {versions}.\n\nMedians of repeated runs; ratios are value / baseline, measured side by side "
            f"in the same run. Sections run: {', '.join(chosen)}.\n\n{report}\n")  # fmt: skip
    if argv:
        print("(a partial run: bench/RESULTS.md is written only by a run of every section)", file=sys.stderr)
    else:
        RESULTS.write_text(text)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
