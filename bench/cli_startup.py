"""CLI cold start: a fresh process running ``gpupods --help`` and ``gpupods ls --mock --json``,
side by side with the official CLIs' ``runpod --help`` and ``prime --help``. Every run is a new
interpreter; the commands take turns round after round (so a busy moment of the machine hits
them alike) and the medians are compared.

``prime`` is the one in ``GPUPODS_BENCH_PRIME`` when set (``nox -s bench`` installs the pinned
release in a virtual environment of its own, so that its imports are its own), else the one
installed beside this interpreter. When a command is missing the section says so.
"""

from __future__ import annotations

import os
import statistics
import tempfile

from ._common import Row, Section, clean_env, script, wall_of_command

ROUNDS = 9


def _compile_gpupods() -> None:
    """Byte-compile gpupods and its generated clients, as installing a wheel does (pip compiles
    what it installs, which is how the official CLIs are measured here). An editable install
    relies on the interpreter writing ``__pycache__`` on first import, which
    ``PYTHONDONTWRITEBYTECODE`` (set on some machines) prevents: every run would then compile
    gpupods' sources again (about 0.5 s) while the official CLIs load bytecode."""
    import compileall
    import importlib

    for package in ("gpupods", "gpupods_clients"):
        folder = os.path.dirname(importlib.import_module(package).__file__ or "")
        compileall.compile_dir(folder, quiet=1, workers=1)


def _commands() -> tuple[dict[str, list[str]], list[str]]:
    notes = []
    commands: dict[str, list[str]] = {}
    gpupods = script("gpupods")
    if gpupods is None:
        notes.append(
            "The `gpupods` entry point (`gpupods.cli:main`) is not installed in this environment, so "
            "gpupods' own cold start is not measured."
        )
    else:
        commands["gpupods --help"] = [gpupods, "--help"]
        commands["gpupods ls --mock --json"] = [gpupods, "ls", "--mock", "--json"]
    prime = os.environ.get("GPUPODS_BENCH_PRIME") or script("prime")
    for name, path in (("runpod", script("runpod")), ("prime", prime)):
        if path is None or not os.path.exists(path):
            notes.append(f"`{name}` (the official CLI) is not installed: `pip install {name}`.")
        else:
            commands[f"{name} --help"] = [path, "--help"]
    return commands, notes


def run() -> list[Section]:
    section = Section("CLI cold start (fresh process each run)")
    commands, section.notes = _commands()
    if "gpupods --help" in commands:
        _compile_gpupods()
    walls: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as home:
        env = clean_env(HOME=home)  # the official CLIs write config files under HOME
        for argv in commands.values():
            wall_of_command(argv, env)  # warm the file cache; not counted
        for _ in range(ROUNDS):
            for name, argv in commands.items():
                walls[name].append(wall_of_command(argv, env))
    median = {name: statistics.median(values) for name, values in walls.items()}
    official = {n: median[f"{n} --help"] for n in ("runpod", "prime") if f"{n} --help" in median}
    faster = min(official, key=official.__getitem__) if official else None
    if "gpupods --help" in median:
        baseline = official.get(faster) if faster else None
        section.rows.append(
            Row(
                "gpupods --help",
                median["gpupods --help"],
                "s",
                f"{faster} --help" if faster else "",
                baseline,
                "<= 0.5x the faster official CLI" if baseline else "",
                median["gpupods --help"] <= 0.5 * baseline if baseline else None,
            )
        )
        prime = official.get("prime")
        ls_s = median["gpupods ls --mock --json"]
        section.rows.append(
            Row(
                "gpupods ls --mock --json",
                ls_s,
                "s",
                "prime --help" if prime else "",
                prime,
                "<= 1.0x prime --help" if prime else "",
                ls_s <= prime if prime else None,
                note="builds the mock clouds in-process, seeds a pod on each and lists them",
            )
        )
    for name, seconds in sorted(official.items()):
        section.rows.append(Row(f"{name} --help (official CLI)", seconds, "s"))
    section.notes.append(
        f"Medians of {ROUNDS} rounds after one unmeasured run of each command; in each round the "
        "commands run one after another; no provider keys in the environment. gpupods is byte-compiled "
        "first, as a wheel install leaves it (pip compiled the official CLIs when it installed them)."
    )
    return [section]
