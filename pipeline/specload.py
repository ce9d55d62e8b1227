"""Load YAML/JSON documents strictly, and point at places in them for error messages."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Yaml12Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """PyYAML's safe loader with YAML 1.2 scalars.

    YAML 1.1 reads ``OFF``, ``NO`` or ``on`` as booleans and unquoted dates as datetimes;
    API descriptions are full of enum values like ``OFF`` and country codes like ``NO``,
    so only ``true``/``false`` are booleans and timestamps stay strings.
    """


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def parse_text(text: str, file: Path | str) -> Any:
    """Parse JSON or YAML text; raise SpecError naming the file, line and column."""
    name = str(file)
    if name.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(file, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}") from None
    try:
        return yaml.load(text, Loader=_Yaml12Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        raise SpecError(file, where, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError(file, None, f"not valid YAML: {exc}") from None


def load_document(path: Path) -> dict[str, Any]:
    """Read a spec or overlay file into a dict (the top level must be a mapping)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise SpecError(path, f"byte {exc.start}", "not UTF-8 text") from None
    data = parse_text(text, path)
    if not isinstance(data, dict):
        raise SpecError(path, "line 1", f"expected a mapping at the top, found {type(data).__name__}")
    return data


def pointer(parts: Sequence[str | int]) -> str:
    """A JSON pointer (RFC 6901) for a sequence of keys."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def locate(path: Path, parts: Sequence[str | int]) -> str:
    """Describe where ``parts`` lies in the file: 'line N (#/json/pointer)'.

    Only called on the error path, so it may re-read and compose the file.
    """
    ptr = pointer(parts)
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    except (OSError, yaml.YAMLError):
        return ptr
    for part in parts:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            return ptr
    return f"line {node.start_mark.line + 1} ({ptr})"
