"""``python -m bench [section ...]``: run the benchmarks side by side in one run, print the
tables and (for a run of every section) write bench/RESULTS.md.

Sections: percall, parsing, memory, fleet_list, pacing, mock_throughput, generate, imports, cli_startup.
"""

from __future__ import annotations

import importlib
import math
import os
import platform
import sys
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from ._common import Section

#: Benchmarks of the library and the pipeline, then (kept apart) the CLI's cold start.
SECTIONS = ("percall", "parsing", "memory", "fleet_list", "pacing", "mock_throughput", "generate", "imports")
CLI_SECTIONS = ("cli_startup",)
RESULTS = Path(__file__).with_name("RESULTS.md")
PACKAGES = (
    "gpupods",
    "httpx",
    "attrs",
    "pydantic",
    "openapi-python-client",
    "ariadne-codegen",
    "typer",
    "runpod",
    "requests",
    "prime",
)


def _number(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if value == 0 or abs(value) >= 1000:
        return f"{value:.0f}"
    return f"{value:.3g}"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _load() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def machine() -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"OS: {platform.system()} {platform.release()} ({platform.machine()})",
        f"CPU: {os.cpu_count()} logical CPUs ({usable} usable by this process), {_cpu_model()}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
    ]


def table(section: Section) -> str:
    lines = ["| measurement | value | baseline | ratio | target | met | note |", "|---|---|---|---|---|---|---|"]
    for r in section.rows:
        baseline = f"{r.baseline_name}: {_number(r.baseline)} {r.unit}".strip() if r.baseline_name else ""
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        lines.append(
            f"| {r.name} | {_number(r.value)} {r.unit} | {baseline} | {ratio} | {r.target} | {met} | {r.note} |"
        )
    return "\n".join(lines)


def render(sections: list[Section]) -> str:
    out = []
    for s in sections:
        out.append(f"### {s.title}\n\n{table(s)}\n")
        out += [f"- {note}" for note in s.notes]
        if s.notes:
            out.append("")
    return "\n".join(out)


def summary(sections: list[Section]) -> list[str]:
    targets = [(s, r) for s in sections for r in s.rows if r.met is not None]
    missed = [f"{s.title} / {r.name}" for s, r in targets if not r.met]
    lines = [f"Targets met: {len(targets) - len(missed)} of {len(targets)}."]
    lines += [f"- missed: {m}" for m in missed]
    return lines


def main(argv: list[str]) -> int:
    known = SECTIONS + CLI_SECTIONS
    chosen = argv or list(known)
    unknown = [name for name in chosen if name not in known]
    if unknown:
        print(f"unknown section(s): {', '.join(unknown)}; choose from {', '.join(known)}", file=sys.stderr)
        return 2
    started, load_before = time.perf_counter(), _load()
    results: dict[str, list[Section]] = {}
    for name in chosen:
        print(f"-- {name}", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        results[name] = importlib.import_module(f"bench.{name}").run()
        print(f"   {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    took = time.perf_counter() - started
    library = [s for name in chosen if name in SECTIONS for s in results[name]]
    cli = [s for name in chosen if name in CLI_SECTIONS for s in results[name]]
    versions = "\n".join(f"| {p} | {_version(p)} |" for p in PACKAGES)
    text = "\n".join(
        [
            "# Benchmark results",
            "",
            f"Written by `python -m bench` (`nox -s bench`) on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, in one run of "
            f"{took:.0f} s. Every ratio compares measurements taken side by side in this run. Numbers depend on the "
            "machine and on what else it runs; compare ratios, and re-run on a quiet machine for absolute figures.",
            "",
            "## Machine",
            "",
            *[f"- {line}" for line in machine()],
            f"- Load average (1/5/15 min): {load_before} at the start, {_load()} at the end",
            "",
            "## Versions",
            "",
            "| package | version |",
            "|---|---|",
            versions,
            "",
            "## Summary",
            "",
            *summary(library + cli),
            "",
            "## Library and pipeline",
            "",
            render(library),
            "---",
            "",
            "## CLI cold start",
            "",
            "Kept apart from the library figures: it measures the `gpupods` command (`gpupods.cli:main`) and is "
            "maintained with the CLI.",
            "",
            render(cli),
        ]
    )
    print(render(library + cli))
    print("\n".join(summary(library + cli)))
    if argv:
        print("(a partial run: bench/RESULTS.md is written only by a run of every section)", file=sys.stderr)
    else:
        RESULTS.write_text(text.rstrip() + "\n")
        print(f"wrote {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
