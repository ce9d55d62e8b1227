"""The public Python surface of a generated OpenAPI client, and what a spec change does to it.

``surface`` reads a generated package with ``ast`` (nothing is imported): the operation
modules under ``api/`` with their functions, arguments and return types, and the models with
their attributes and the ``Literal`` types of enums. ``diff_surfaces`` lists what a user of
the package sees change; the kinds and when each breaks are in the table of
``pipeline.apidiff``.

Verdicts follow direction, like the document diff: a model reachable from a function's
arguments is *sent* (a change breaks callers when it narrows: a required attribute, a
narrower type), one reachable from a return type is *read* (a change breaks when it widens:
an attribute that may now be UNSET, a wider type). A model used both ways breaks on any
change of an attribute.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from .apidiff import Change

SENT, READ = "request", "response"


@dataclass
class Surface:
    package: str
    functions: dict[str, dict[str, tuple[bool, str]]] = field(
        default_factory=dict
    )  # module.fn -> arg -> (required, type)
    returns: dict[str, str] = field(default_factory=dict)  # module.fn -> return annotation (api functions)
    models: dict[str, dict[str, str]] = field(default_factory=dict)  # module.Class -> attribute -> annotation
    literals: dict[str, set[str]] = field(default_factory=dict)  # module.Alias -> values
    #: per model or Literal: the directions it is used in (``request``, ``response``)
    directions: dict[str, set[str]] = field(default_factory=dict)

    @property
    def modules(self) -> set[str]:
        """The operation modules (one per operation, under ``api/``)."""
        return {name.rsplit(".", 1)[0] for name in self.functions}


def surface(package: Path, name: str) -> Surface:
    """Read the public API of the generated package in folder ``package`` (import name ``name``)."""
    found = Surface(name)
    sent: set[str] = set()
    read: set[str] = set()
    uses: dict[str, set[str]] = {}  # model -> names its attributes mention
    for file in sorted(package.rglob("*.py")):
        rel = file.relative_to(package)
        if rel.parts[0] not in ("api", "models") or file.name == "__init__.py":
            continue
        module = ".".join([name, *rel.with_suffix("").parts])
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                found.functions[f"{module}.{node.name}"] = _arguments(node)
                if rel.parts[0] == "api":
                    sent |= {n for a in _all_args(node) for n in _names(a.annotation)}
                    read |= _names(node.returns)
                    if node.returns is not None and node.name in ("sync", "asyncio"):
                        found.returns[f"{module}.{node.name}"] = ast.unparse(node.returns)
            elif isinstance(node, ast.ClassDef) and rel.parts[0] == "models":
                key = f"{module}.{node.name}"
                attributes = [i for i in node.body if isinstance(i, ast.AnnAssign) and isinstance(i.target, ast.Name)]
                found.models[key] = {
                    i.target.id: ast.unparse(i.annotation) for i in attributes if isinstance(i.target, ast.Name)
                }
                uses[node.name] = {n for i in attributes for n in _names(i.annotation)}
            elif _is_literal_alias(node):
                assert isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript)
                assert isinstance(node.targets[0], ast.Name)
                values = node.value.slice
                elements = values.elts if isinstance(values, ast.Tuple) else [values]
                found.literals[f"{module}.{node.targets[0].id}"] = {
                    str(e.value) for e in elements if isinstance(e, ast.Constant)
                }
    by_simple = {key.rsplit(".", 1)[1]: key for key in [*found.models, *found.literals]}
    for direction, roots in ((SENT, sent), (READ, read)):
        for simple in _closure(roots, uses):
            if simple in by_simple:
                found.directions.setdefault(by_simple[simple], set()).add(direction)
    return found


def _all_args(node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    args = node.args
    return [*args.posonlyargs, *args.args, *args.kwonlyargs]


def _names(annotation: ast.expr | None) -> set[str]:
    if annotation is None:
        return set()
    return {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)}


def _closure(roots: set[str], uses: dict[str, set[str]]) -> set[str]:
    found, stack = set(), list(roots)
    while stack:
        name = stack.pop()
        if name not in found:
            found.add(name)
            stack.extend(uses.get(name, ()))
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


# --- comparing types ----------------------------------------------------------------------


def members(annotation: str) -> frozenset[str]:
    """The members of a union annotation: ``int | Unset | None`` -> {int, Unset, None}."""
    try:
        tree = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return frozenset({annotation})
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            stack += [node.left, node.right]
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) in ("Union", "Optional"):
            inner = node.slice
            stack += list(inner.elts) if isinstance(inner, ast.Tuple) else [inner]
            if ast.unparse(node.value) == "Optional":
                found.add("None")
        else:
            found.add(ast.unparse(node))
    return frozenset(found)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(m in wide or (m == "int" and "float" in wide) or "Any" in wide for m in narrow)


def breaks(old: str, new: str, directions: set[str]) -> bool:
    """Whether changing a type from ``old`` to ``new`` breaks code, given which way the value goes."""
    a, b = members(old), members(new)
    if a == b:
        return False
    if not directions or directions == {SENT, READ}:
        return True
    if directions == {SENT}:
        return not _covers(b, a)  # narrowed: values old callers pass are refused
    return not _covers(a, b)  # widened: answers carry values old code does not expect


def _direction_words(directions: set[str]) -> str:
    if directions == {SENT}:
        return "sent in requests"
    if directions == {READ}:
        return "read from responses"
    return "used in requests and responses" if directions else "not reached from any function"


# --- the diff -----------------------------------------------------------------------------


def diff_surfaces(old: Surface, new: Surface) -> list[Change]:
    """What changes for code importing the package, classified by the direction of each model."""
    changes: list[Change] = []
    for module in sorted(new.modules - old.modules):
        changes.append(Change("module-added", module, "new module", False))
    for module in sorted(old.modules - new.modules):
        changes.append(Change("module-removed", module, "module removed", True, "imports of it fail"))
    common = old.modules & new.modules

    def in_common(name: str) -> bool:
        return name.rsplit(".", 1)[0] in common

    def direction(name: str) -> set[str]:
        return old.directions.get(name, set()) | new.directions.get(name, set())

    for name in sorted(new.functions.keys() - old.functions.keys()):
        if in_common(name):
            changes.append(Change("function-added", name, "new function", False))
    for name in sorted(old.functions.keys() - new.functions.keys()):
        if in_common(name):
            changes.append(Change("function-removed", name, "function removed", True, "calls to it fail"))
    changes += _argument_changes(old, new)
    changes += _return_changes(old, new)
    for name in sorted(new.models.keys() - old.models.keys()):
        changes.append(Change("model-added", name, "new model class", False))
    for name in sorted(old.models.keys() - new.models.keys()):
        changes.append(Change("model-removed", name, "model class removed", True, "imports of it fail"))
    for name in sorted(old.models.keys() & new.models.keys()):
        changes += _attribute_changes(name, old.models[name], new.models[name], direction(name))
    for name in sorted(old.literals.keys() & new.literals.keys()):
        gone, added = sorted(old.literals[name] - new.literals[name]), sorted(new.literals[name] - old.literals[name])
        if added:
            changes.append(Change("literal-added", name, f"gained {', '.join(added)}", False))
        if gone:
            sent = SENT in direction(name) or not direction(name)
            why = "values old callers send are refused" if sent else "answers no longer carry them"
            changes.append(Change("literal-removed", name, f"lost {', '.join(gone)}", sent, why))
    for name in sorted(new.literals.keys() - old.literals.keys()):
        changes.append(Change("model-added", name, "new Literal type", False))
    for name in sorted(old.literals.keys() - new.literals.keys()):
        changes.append(Change("model-removed", name, "Literal type removed", True, "imports of it fail"))
    return changes


def _argument_changes(old: Surface, new: Surface) -> list[Change]:
    """sync/asyncio/sync_detailed/asyncio_detailed share their arguments: one change per module."""
    by_module: dict[str, dict[str, Change]] = {}
    for name in sorted(old.functions.keys() & new.functions.keys()):
        a, b = old.functions[name], new.functions[name]
        module = name.rsplit(".", 1)[0]
        found = by_module.setdefault(module, {})
        for arg in sorted(b.keys() - a.keys()):
            required = b[arg][0]
            found[f"+{arg}"] = (
                Change("argument-added", module, f"new required argument {arg}", True, "old calls do not pass it")
                if required
                else Change("argument-added", module, f"new optional argument {arg}", False)
            )
        for arg in sorted(a.keys() - b.keys()):
            found[f"-{arg}"] = Change(
                "argument-removed", module, f"argument {arg} removed", True, "calls that pass it fail"
            )
        for arg in sorted(a.keys() & b.keys()):
            if a[arg] == b[arg]:
                continue
            (was_required, before), (required, after) = a[arg], b[arg]
            became_required = required and not was_required
            breaking = became_required or breaks(before, after, {SENT})
            what = f"argument {arg}: {before} -> {after}" + (" (now required)" if became_required else "")
            why = "old calls do not pass it" if became_required else "values old calls pass are refused"
            found[f"~{arg}"] = Change("argument-changed", module, what, breaking, why if breaking else "")
    return [c for _, found in sorted(by_module.items()) for _, c in sorted(found.items())]


def _return_changes(old: Surface, new: Surface) -> list[Change]:
    changes = []
    for name in sorted(old.returns.keys() & new.returns.keys()):
        before, after = old.returns[name], new.returns[name]
        if members(before) != members(after):
            breaking = breaks(before, after, {READ})
            changes.append(
                Change(
                    "return-changed",
                    name,
                    f"returns {before} -> {after}",
                    breaking,
                    "it can return a type old code does not handle" if breaking else "",
                )
            )
    return changes


def _attribute_changes(model: str, old: dict[str, str], new: dict[str, str], direction: set[str]) -> list[Change]:
    changes = []
    used = _direction_words(direction)
    for attr in sorted(new.keys() - old.keys()):
        required = "Unset" not in members(new[attr])
        breaking = required and (SENT in direction or not direction)
        changes.append(
            Change(
                "attribute-added",
                model,
                f"attribute {attr}: {new[attr]}",
                breaking,
                f"a required attribute of a model {used}: old code does not set it" if breaking else "",
            )
        )
    for attr in sorted(old.keys() - new.keys()):
        changes.append(
            Change("attribute-removed", model, f"attribute {attr} removed", True, "code reading or setting it fails")
        )
    for attr in sorted(old.keys() & new.keys()):
        if members(old[attr]) != members(new[attr]):
            breaking = breaks(old[attr], new[attr], direction)
            changes.append(
                Change(
                    "attribute-changed",
                    model,
                    f"attribute {attr}: {old[attr]} -> {new[attr]}",
                    breaking,
                    f"its type changed in a model {used}" if breaking else "",
                )
            )
    return changes
