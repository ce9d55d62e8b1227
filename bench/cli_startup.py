"""CLI cold start: a fresh process running ``gpupods --help`` and ``gpupods ls --mock --json``,
side by side with the official CLIs' ``runpod --help`` and ``prime --help``. Medians of several
runs; every run is a new interpreter. When the ``gpupods`` entry point is not installed the
section says so and still measures the official CLIs.
"""

from __future__ import annotations

import statistics
import tempfile

from ._common import Row, Section, clean_env, script, wall_of_command

RUNS = {"help": 11, "ls": 5, "official": 5}


def _median(runs: int, argv: list[str], env: dict[str, str]) -> float:
    wall_of_command(argv, env)  # warm the file cache; not counted
    return statistics.median(wall_of_command(argv, env) for _ in range(runs))


def run() -> list[Section]:
    section = Section("CLI cold start (fresh process each run)")
    with tempfile.TemporaryDirectory() as home:
        env = clean_env(HOME=home)  # the official CLIs write config files under HOME
        official: dict[str, float] = {}
        for name in ("runpod", "prime"):
            path = script(name)
            if path is None:
                section.notes.append(f"`{name}` (the official CLI) is not installed: `pip install {name}`.")
                continue
            official[name] = _median(RUNS["official"], [path, "--help"], env)
        faster = min(official, key=official.__getitem__) if official else None
        gpupods = script("gpupods")
        if gpupods is None:
            section.notes.append("The `gpupods` entry point (`gpupods.cli:main`) is not installed in this environment "
                                 "yet, so gpupods' own cold start is not measured.")  # fmt: skip
        else:
            help_s = _median(RUNS["help"], [gpupods, "--help"], env)
            ls_s = _median(RUNS["ls"], [gpupods, "ls", "--mock", "--json"], env)
            baseline = official.get(faster) if faster else None
            section.rows.append(Row(
                "gpupods --help", help_s, "s", f"{faster} --help" if faster else "", baseline,
                "<= 0.5x the faster official CLI" if baseline else "", help_s <= 0.5 * baseline if baseline else None,
            ))  # fmt: skip
            section.rows.append(Row("gpupods ls --mock --json", ls_s, "s", f"{faster} --help" if faster else "",
                                    baseline, note="builds the three mock clouds in-process and lists a seeded pod "
                                    "on each"))  # fmt: skip
        for name, seconds in sorted(official.items()):
            section.rows.append(Row(f"{name} --help (official CLI)", seconds, "s"))
    section.notes.append(f"Medians of {RUNS['help']} (`--help`), {RUNS['ls']} (`ls`) and {RUNS['official']} "
                         "(official CLIs) runs after one unmeasured run; no provider keys in the environment.")  # fmt: skip
    return [section]
