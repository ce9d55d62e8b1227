"""The public Python surface of a generated OpenAPI client, and what a spec change does to it.

``surface`` reads a generated package with ``ast`` (nothing is imported): the operation
modules under ``api/`` with their functions and arguments, and the models with their
attributes. ``diff_surfaces`` lists what a user of the package sees change in their imports.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from .apidiff import Change


@dataclass
class Surface:
    package: str
    functions: dict[str, dict[str, tuple[bool, str]]] = field(
        default_factory=dict
    )  # module.fn -> arg -> (required, type)
    models: dict[str, dict[str, str]] = field(default_factory=dict)  # module.Class -> attribute -> annotation
    literals: dict[str, set[str]] = field(default_factory=dict)  # module.Alias -> values

    @property
    def modules(self) -> set[str]:
        """The operation modules (one per operation, under ``api/``)."""
        return {name.rsplit(".", 1)[0] for name in self.functions}


def surface(package: Path, name: str) -> Surface:
    """Read the public API of the generated package in folder ``package`` (import name ``name``)."""
    found = Surface(name)
    for file in sorted(package.rglob("*.py")):
        rel = file.relative_to(package)
        if rel.parts[0] not in ("api", "models") or file.name == "__init__.py":
            continue
        module = ".".join([name, *rel.with_suffix("").parts])
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                found.functions[f"{module}.{node.name}"] = _arguments(node)
            elif isinstance(node, ast.ClassDef) and rel.parts[0] == "models":
                found.models[f"{module}.{node.name}"] = {
                    item.target.id: ast.unparse(item.annotation)
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                }
            elif _is_literal_alias(node):
                assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript)
                assert isinstance(node.targets[0], ast.Name)
                values = node.value.slice
                elements = values.elts if isinstance(values, ast.Tuple) else [values]
                found.literals[f"{module}.{node.targets[0].id}"] = {
                    str(e.value) for e in elements if isinstance(e, ast.Constant)
                }
    return found


def _is_literal_alias(node: ast.stmt) -> bool:
    """``Name = Literal[...]``: how the project's enum template writes an enum."""
    return (
        isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Subscript)
        and ast.unparse(node.value.value) == "Literal"
        and isinstance(node.targets[0], ast.Name)
    )


def _arguments(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, tuple[bool, str]]:
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    found = {a.arg: (i < first_default, _annotation(a)) for i, a in enumerate(positional)}
    for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        found[a.arg] = (default is None, _annotation(a))
    return found


def _annotation(arg: ast.arg) -> str:
    return ast.unparse(arg.annotation) if arg.annotation else ""


def diff_surfaces(old: Surface, new: Surface) -> list[Change]:
    """What changes for code importing the package: modules, functions, arguments, models, attributes."""
    changes: list[Change] = []
    for module in sorted(new.modules - old.modules):
        changes.append(Change("module-added", module, "new module", False))
    for module in sorted(old.modules - new.modules):
        changes.append(Change("module-removed", module, "module removed", True, "imports of it fail"))
    common = old.modules & new.modules

    def in_common(name: str) -> bool:
        return name.rsplit(".", 1)[0] in common

    for name in sorted(new.functions.keys() - old.functions.keys()):
        if in_common(name):
            changes.append(Change("function-added", name, "new function", False))
    for name in sorted(old.functions.keys() - new.functions.keys()):
        if in_common(name):
            changes.append(Change("function-removed", name, "function removed", True, "calls to it fail"))
    by_module: dict[str, set[str]] = {}
    for name in sorted(old.functions.keys() & new.functions.keys()):
        a, b = old.functions[name], new.functions[name]
        module = name.rsplit(".", 1)[0]
        # sync/asyncio/sync_detailed/asyncio_detailed share their arguments: report them once per module.
        for arg in sorted(b.keys() - a.keys()):
            by_module.setdefault(module, set()).add(f"+{arg}:{int(b[arg][0])}")
        for arg in sorted(a.keys() - b.keys()):
            by_module.setdefault(module, set()).add(f"-{arg}")
        for arg in sorted(a.keys() & b.keys()):
            if a[arg] != b[arg]:
                by_module.setdefault(module, set()).add(f"~{arg}:{a[arg][1]} -> {b[arg][1]}:{int(b[arg][0])}")
    for module, entries in sorted(by_module.items()):
        for entry in sorted(entries):
            changes.append(_argument_change(module, entry))
    for name in sorted(new.models.keys() - old.models.keys()):
        changes.append(Change("model-added", name, "new model class", False))
    for name in sorted(old.models.keys() - new.models.keys()):
        changes.append(Change("model-removed", name, "model class removed", True, "imports of it fail"))
    for name in sorted(old.models.keys() & new.models.keys()):
        fields, new_fields = old.models[name], new.models[name]
        for attr in sorted(new_fields.keys() - fields.keys()):
            changes.append(Change("attribute-added", name, f"attribute {attr}: {new_fields[attr]}", False))
        for attr in sorted(fields.keys() - new_fields.keys()):
            changes.append(Change("attribute-removed", name, f"attribute {attr} removed", True,
                                  "code reading or setting it fails"))  # fmt: skip
        for attr in sorted(fields.keys() & new_fields.keys()):
            if fields[attr] != new_fields[attr]:
                changes.append(Change("attribute-changed", name, f"attribute {attr}: {fields[attr]} -> {new_fields[attr]}", True,
                                      "its Python type changed"))  # fmt: skip
    for name in sorted(old.literals.keys() & new.literals.keys()):
        gone, added = sorted(old.literals[name] - new.literals[name]), sorted(new.literals[name] - old.literals[name])
        if added:
            changes.append(Change("literal-added", name, f"gained {', '.join(added)}", False))
        if gone:
            changes.append(Change("literal-removed", name, f"lost {', '.join(gone)}", True,
                                  "type checkers reject code that uses them"))  # fmt: skip
    for name in sorted(new.literals.keys() - old.literals.keys()):
        changes.append(Change("model-added", name, "new Literal type", False))
    for name in sorted(old.literals.keys() - new.literals.keys()):
        changes.append(Change("model-removed", name, "Literal type removed", True, "imports of it fail"))
    return changes


def _argument_change(module: str, entry: str) -> Change:
    sign, rest = entry[0], entry[1:]
    if sign == "+":
        arg, required = rest.rsplit(":", 1)
        if required == "1":
            return Change("argument-added", module, f"new required argument {arg}", True, "old calls do not pass it")
        return Change("argument-added", module, f"new optional argument {arg}", False)
    if sign == "-":
        return Change("argument-removed", module, f"argument {rest} removed", True, "calls that pass it fail")
    body, required = rest.rsplit(":", 1)
    arg, types = body.split(":", 1)
    return Change("argument-changed", module, f"argument {arg}: {types}" + (" (required)" if required == "1" else ""),
                  True, "its type or required-ness changed")  # fmt: skip
