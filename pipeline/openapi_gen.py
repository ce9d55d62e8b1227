"""Generate one OpenAPI client package with openapi-python-client."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from . import coverage, versions
from .apis import ALL_APIS, BUILD, COVERAGE, GENERATED, GENERATED_PACKAGES, Api, display_path
from .errors import SpecError
from .normalize import Normalized, normalize
from .stamp import Stamp, input_key

TEMPLATES = Path(__file__).parent / "templates" / "openapi"
TOOLS = ("openapi-python-client", "ruff")

# Ruff runs isolated (no host config, no cache) so output depends only on the pinned versions.
GENERATOR_CONFIG = """\
project_name_override: gpupods-{name}
package_name_override: {name}
literal_enums: true
docstrings_on_attributes: true
field_prefix: field_
post_hooks:
  - ruff check . --fix-only --extend-select=I --isolated --no-cache --quiet
  - ruff format . --isolated --no-cache --quiet
"""


class GenerationError(Exception):
    """The generator failed or dropped something; the message says what."""


@dataclass
class Outcome:
    api: str
    skipped: bool
    report: coverage.Coverage | None = None

    def summary(self) -> str:
        r = self.report
        if r is None:
            return "up to date"
        return f"{r.generated}/{r.operations} operations, {r.parameters_generated}/{r.parameters} parameters"


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def tool_env() -> dict[str, str]:
    """The environment for the generator: this interpreter's scripts (ruff) first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONHASHSEED"] = "0"
    return env


def _root_package_doc() -> str:
    """The docstring of ``gpupods_clients``, naming the package(s) of every registered API."""
    titles = {api.name: api.title for api in ALL_APIS}
    names = []
    for package in GENERATED_PACKAGES:
        if package in titles:
            async_twin = f"{package}_async"
            name = f"``{package}``" + (f" and ``{async_twin}``" if async_twin in GENERATED_PACKAGES else "")
            names.append(name + (" (deprecated)" if "deprecated" in titles[package] else ""))
    text = (
        "Never edit anything under this package by hand: change the spec, its overlay or the pipeline "
        f"and regenerate. One subpackage per API: {', '.join(names)}."
    )
    head = "Typed low-level clients generated from the specs in specs/ by ``nox -s generate``."
    return '"""' + head + "\n\n" + "\n".join(textwrap.wrap(text, width=92)) + '\n"""\n'


def write_root_package(out_root: Path) -> None:
    """The ``gpupods_clients`` package itself: its docstring and the PEP 561 marker."""
    out_root.mkdir(parents=True, exist_ok=True)
    (out_root / "__init__.py").write_text(_root_package_doc(), encoding="utf-8")
    (out_root / "py.typed").write_text("", encoding="utf-8")


def normalize_api(api: Api, spec_file: Path | None = None) -> Normalized:
    spec_file = spec_file or api.spec_file()
    overlay = api.overlay_file if api.overlay_file.exists() else None
    return normalize(spec_file, overlay)


@dataclass
class Built:
    """A package built in a work folder, with its coverage report (not yet installed)."""

    normalized: Normalized
    package: Path
    report: coverage.Coverage
    report_text: str

    def raise_if_incomplete(self, report_file: Path | None = None) -> None:
        if self.report.ok:
            return
        where = f" (report: {display_path(report_file)})" if report_file else ""
        raise GenerationError(
            f"{self.report.api}: the generated client is missing {len(self.report.dropped)} item(s){where}:\n"
            + "\n".join(f"  - {d}" for d in self.report.dropped)
        )


def build_package(
    name: str,
    spec_file: Path,
    overlay_file: Path | None,
    work: Path,
    templates: Path = TEMPLATES,
    *,
    lenient_overlay: bool = False,
) -> Built:
    """Normalize ``spec_file``, run the generator into ``work/package`` and check coverage.

    ``templates`` holds the generator template overrides (the project's own by default).

    Raises SpecError for bad input and GenerationError when the generator fails; a coverage
    gap is reported by ``Built.raise_if_incomplete``. ``lenient_overlay`` skips overlay actions
    that match nothing instead of failing (update-specs previews a new upstream document with them).
    """
    versions.check_installed(TOOLS)
    normalized = normalize(spec_file, overlay_file, stale_overlay=[] if lenient_overlay else None)
    shutil.rmtree(work, ignore_errors=True)
    strict_file, generator_file = work / "openapi.json", work / "openapi.generator.json"
    write_json(strict_file, normalized.spec)
    write_json(generator_file, normalized.generator_view())
    config = work / "config.yaml"
    config.write_text(GENERATOR_CONFIG.format(name=name))
    package = work / "package"
    options = {
        "--path": str(generator_file),
        "--meta": "none",
        "--config": str(config),
        "--output-path": str(package),
        "--custom-template-path": str(templates),
    }
    command = [sys.executable, "-m", "openapi_python_client", "generate"]
    command += [part for option in options.items() for part in option] + ["--fail-on-warning"]
    run = subprocess.run(command, cwd=work, env=tool_env(), capture_output=True, text=True, check=False)
    if run.returncode != 0 or not package.is_dir():
        raise GenerationError(
            f"{name}: openapi-python-client failed for {display_path(spec_file)}:\n"
            + _summarize(run.stdout + run.stderr)
        )
    shutil.copyfile(strict_file, package / "openapi.json")
    report = coverage.check(normalized, package, name)
    text = coverage.render(report, display_path(spec_file), normalized.repairs, normalized.overlay_log)
    return Built(normalized, package, report, text)


def generate(
    api: Api,
    *,
    spec_file: Path | None = None,
    out_root: Path = GENERATED,
    coverage_dir: Path = COVERAGE,
    force: bool = False,
) -> Outcome:
    """Build the API's package and install it (and its coverage report) under ``out_root``."""
    spec_file = spec_file or api.spec_file()
    overlay_file = api.overlay_file if api.overlay_file.exists() else None
    target = out_root / api.name
    report_file = coverage_dir / f"{api.name}.md"
    key = input_key([spec_file, *([overlay_file] if overlay_file else [])], versions.fingerprint(TOOLS))
    stamp = Stamp(api.name)
    if not force and out_root == GENERATED and stamp.is_fresh(key, [target, report_file]):
        return Outcome(api.name, skipped=True)
    built = build_package(api.name, spec_file, overlay_file, BUILD / api.name)
    coverage_dir.mkdir(parents=True, exist_ok=True)
    report_file.write_text(built.report_text, encoding="utf-8")
    built.raise_if_incomplete(report_file)
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(built.package, target)
    if out_root == GENERATED:
        stamp.save(key, [target, report_file])
    return Outcome(api.name, skipped=False, report=built.report)


def _summarize(output: str, limit: int = 40) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    if len(lines) > limit:
        lines = [*lines[:limit], f"... ({len(lines) - limit} more lines)"]
    return "\n".join(f"  {line}" for line in lines)


__all__ = ["GenerationError", "Outcome", "SpecError", "generate", "normalize_api"]
