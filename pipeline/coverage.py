"""The coverage gate: every operation and parameter of a spec exists in the generated client."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from .normalize import Normalized, _deref


@dataclass
class Coverage:
    api: str
    operations: int = 0
    generated: int = 0
    parameters: int = 0
    parameters_generated: int = 0
    dropped: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.dropped


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _signature(module: Path) -> dict[str, list[str]]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            found[node.name] = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
    return found


def check(normalized: Normalized, package: Path, api: str) -> Coverage:
    """Compare the normalized spec with the generated package at ``package``."""
    report = Coverage(api=api)
    spec = normalized.spec
    for op in normalized.operations:
        report.operations += 1
        label = f"{op.method.upper()} {op.path}"
        module = package / "api" / op.group / f"{op.name}.py"
        if not module.exists():
            report.dropped.append(f"{label}: no module api/{op.group}/{op.name}.py (see the generator's warnings)")
            continue
        functions = _signature(module)
        missing = [f for f in ("sync_detailed", "asyncio_detailed") if f not in functions]
        if missing:
            report.dropped.append(f"{label}: api/{op.group}/{op.name}.py lacks {', '.join(missing)}")
            continue
        report.generated += 1
        report.rows.append((label, f"api/{op.group}/{op.name}.py", op.name))
        args = {_squash(a) for a in functions["sync_detailed"]}
        item = spec["paths"][op.path]
        operation = item[op.method]
        params = [_deref(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
        seen: set[tuple[str, str]] = set()
        for param in reversed(params):  # operation-level parameters override path-level ones
            key = (str(param.get("in")), str(param.get("name")))
            if key in seen or key[0] not in ("path", "query", "header", "cookie"):
                continue
            seen.add(key)
            report.parameters += 1
            if any(a.startswith(_squash(key[1])) for a in args):
                report.parameters_generated += 1
            else:
                report.dropped.append(f"{label}: {key[0]} parameter {key[1]!r} is missing from the generated signature")
        if "requestBody" in operation and "body" not in functions["sync_detailed"]:
            report.dropped.append(f"{label}: the request body is missing from the generated signature")
    return report


def render(report: Coverage, source: str, repairs: list[str], overlay_log: list[str]) -> str:
    """The Markdown report committed as ``generated/coverage/<api>.md``."""
    lines = [
        f"# Generated client coverage: {report.api}",
        "",
        f"Source: `{source}` (normalized by `pipeline/normalize.py`).",
        "",
        "| | in the spec | generated | dropped |",
        "|---|---|---|---|",
        f"| operations | {report.operations} | {report.generated} | {report.operations - report.generated} |",
        f"| parameters | {report.parameters} | {report.parameters_generated} | "
        f"{report.parameters - report.parameters_generated} |",
        "",
    ]
    if report.dropped:
        lines += ["## Dropped", "", *[f"- {d}" for d in report.dropped], ""]
    lines += ["## Overlay actions", "", *([f"- {o}" for o in overlay_log] or ["- none"]), ""]
    lines += ["## Repairs of the source document", "", *([f"- {r}" for r in repairs] or ["- none needed"]), ""]
    lines += ["## Operations", "", "| operation | module | function |", "|---|---|---|"]
    lines += [f"| `{label}` | `{module}` | `{name}` |" for label, module, name in report.rows]
    return "\n".join(lines) + "\n"
