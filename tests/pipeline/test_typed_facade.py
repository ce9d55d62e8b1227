"""A parameter renamed in a spec fails ``mypy --strict`` at the facade's call sites.

The RunPod v2 client is regenerated from a copy of its spec with one parameter renamed, and mypy
checks the facade modules that call RunPod v2 once against the committed client and once against
the regenerated one. Every other module is left out (``--follow-imports=skip``: seconds instead
of a whole-package run), so both runs report the same unrelated errors; what the rename adds must
be exactly one ``Unexpected keyword argument`` per facade call that passes the old name to an
operation that lost it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.apis import ROOT
from pipeline.openapi_gen import build_package

SPEC = ROOT / "specs" / "runpod_v2" / "openapi.yaml"
OVERLAY = ROOT / "specs" / "runpod_v2" / "overlay.yaml"
GENERATED = ROOT / "generated"
FACADE = ROOT / "facade"
#: The facade modules that call RunPod v2 operations (and what they need to be checked).
CHECKED = ("gpupods.providers.runpod", "gpupods.serverless", "gpupods.account", "gpupods.providers._runpod_api")
SUPPORT = ("gpupods._flow",)
CALL_SITE = re.compile(r"\bcall(?:_idempotent|_json)?\((\w+),([^\n]*)")
ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")


def _rename_query_parameter(spec: dict[str, Any]) -> tuple[str, str]:
    """``tail`` of the log operations becomes ``lines``."""
    spec["components"]["parameters"]["LogTail"]["name"] = "lines"
    return "tail", "lines"


def _rename_path_parameter(spec: dict[str, Any]) -> tuple[str, str]:
    """The pod id in ``/v2/pods/{id}...`` becomes ``{podId}``."""
    spec["components"]["parameters"]["PodId"]["name"] = "podId"
    ref = {"$ref": "#/components/parameters/PodId"}
    renamed = {}
    for path, item in spec["paths"].items():
        lists = [item.get("parameters") or []] + [
            op.get("parameters") or [] for op in item.values() if isinstance(op, dict)
        ]
        uses = any(ref in parameters for parameters in lists)
        renamed[path.replace("{id}", "{podId}") if uses else path] = item
    spec["paths"] = renamed
    return "id", "pod_id"


def _parameters(module: Path) -> set[str]:
    """The parameter names of an operation module's request builder."""
    tree = ast.parse(module.read_text())
    builder = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")
    return {a.arg for a in builder.args.args + builder.args.kwonlyargs}


def _lost(before: Path, after: Path, name: str) -> set[str]:
    """The operations whose request builder had ``name`` in ``before`` and no longer in ``after``."""
    lost = set()
    for module in (before / "api").glob("*/*.py"):
        if module.name == "__init__.py":
            continue
        if name in _parameters(module) and name not in _parameters(after / "api" / module.parent.name / module.name):
            lost.add(module.stem)
    return lost


def _expected(operations: set[str], old: str) -> set[tuple[str, int]]:
    """Each facade call site that passes ``old`` to one of ``operations``."""
    sites = set()
    for module in CHECKED:
        path = FACADE / (module.replace(".", "/") + ".py")
        for number, line in enumerate(path.read_text().splitlines(), 1):
            match = CALL_SITE.search(line)
            if match and match.group(1) in operations and re.search(rf"\b{old}=", match.group(2)):
                sites.add((str(path), number))
    return sites


def _mypy(clients: Path, work: Path) -> dict[tuple[str, int], str]:
    """mypy --strict's errors in the checked facade modules, with the RunPod v2 operations taken
    from the generated clients under ``clients``."""
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=skip", "--cache-dir", str(work / "cache")]
    command += ["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary", "--show-absolute-path"]
    for module in CHECKED + SUPPORT:
        command += ["-m", module]
    command += ["-p", "gpupods_clients.runpod_v2.api"]  # the operations (their models stay unchecked: Any)
    env = {"MYPYPATH": f"{clients}:{FACADE}", "PATH": "/usr/bin:/bin"}
    run = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, check=False)
    assert run.returncode in (0, 1), run.stdout + run.stderr  # 1: type errors; anything else: mypy failed
    errors = {}
    for line in run.stdout.splitlines():
        if (match := ERROR.match(line)) and Path(match["file"]).is_relative_to(FACADE):
            errors[(match["file"], int(match["line"]))] = match["message"]
    return errors


@pytest.fixture(scope="module")
def control(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], str]:
    """The errors of the run against the committed clients (unrelated to the renames)."""
    return _mypy(GENERATED, tmp_path_factory.mktemp("control"))


@pytest.mark.parametrize("rename", [_rename_query_parameter, _rename_path_parameter], ids=["query", "path"])
def test_a_renamed_spec_parameter_fails_mypy_at_the_facade_call_sites(
    rename: Callable[[dict[str, Any]], tuple[str, str]], control: dict[tuple[str, int], str], tmp_path: Path
) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    old, new = rename(spec)
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    overlay = tmp_path / "overlay.yaml"  # its pinned Python names are keyed by path: renamed alike
    overlay.write_text(
        OVERLAY.read_text().replace("/v2/pods/{id}", "/v2/pods/{podId}" if old == "id" else "/v2/pods/{id}")
    )
    built = build_package("runpod_v2", changed, overlay, tmp_path / "build")
    clients = tmp_path / "clients" / "gpupods_clients"
    clients.mkdir(parents=True)
    (clients / "__init__.py").write_text("")
    shutil.copytree(built.package, clients / "runpod_v2")
    operations = _lost(GENERATED / "gpupods_clients" / "runpod_v2", clients / "runpod_v2", old)
    assert operations, f"the rename of {old!r} reached no operation"
    expected = _expected(operations, old)
    assert expected, f"the facade calls none of {sorted(operations)} with {old}="

    renamed = _mypy(tmp_path / "clients", tmp_path)

    added = {site: message for site, message in renamed.items() if control.get(site) != message}
    assert set(added) == expected
    assert all(message.startswith(f'Unexpected keyword argument "{old}" for "call') for message in added.values())
    assert new in _parameters(clients / "runpod_v2" / "api" / "pod" / "get_pod_logs.py")
