"""Load YAML/JSON documents strictly, and point at places in them for error messages.

Documents come from the providers and from downloads, so reading one is bounded in time and
memory whatever it holds: nesting deeper than ``MAX_DEPTH`` levels, YAML aliases that would
expand the document beyond ``MAX_NODES`` nodes (an "alias bomb"), and an alias to a node that
contains it are refused with a ``SpecError`` naming the file and the line, before anything
walks the document. Published specs nest under 20 levels and hold under 10,000 nodes.
"""

from __future__ import annotations

import json
import re
import sys
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


#: Deepest nesting of mappings and lists a document may have.
MAX_DEPTH = 128
#: Most nodes (mappings, lists, scalars) a YAML document may expand to once its aliases are followed.
MAX_NODES = 1_000_000


def parse_text(text: str, file: Path | str) -> Any:
    """Parse JSON or YAML text; raise SpecError naming the file, line and column."""
    name = str(file)
    if name.endswith(".json"):
        return _parse_json(text, file)
    try:
        check_yaml_limits(text, file)
        return yaml.load(text, Loader=_Yaml12Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else None
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        if "maximum nesting depth" in problem:  # libyaml's own limit, met while it reads ahead
            raise SpecError(file, where, _too_deep()) from None
        raise SpecError(file, where, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError(file, None, f"not valid YAML: {_one_line(exc)}") from None
    except ValueError as exc:  # a scalar the constructor refuses (an integer of 5,000 digits)
        raise SpecError(file, _long_number(text), f"not valid YAML: {_one_line(exc)}") from None


def _parse_json(text: str, file: Path | str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(file, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise SpecError(file, _json_too_deep(text), _too_deep()) from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise SpecError(file, _long_number(text), f"not valid JSON: {_one_line(exc)}") from None
    if _depth(data) > MAX_DEPTH:
        raise SpecError(file, _json_too_deep(text), _too_deep())
    return data


def _long_number(text: str) -> str | None:
    """Where the first number too long for Python to read starts."""
    limit = sys.get_int_max_str_digits()
    found = re.search(rf"\d{{{limit + 1},}}", text) if limit else None
    return _line_column(text, found.start()) if found else None


def _line_column(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def _too_deep() -> str:
    return f"nested more than {MAX_DEPTH} levels deep (the pipeline reads at most {MAX_DEPTH})"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _depth(data: Any) -> int:
    """How deep mappings and lists nest in ``data`` (iterative: no recursion limit applies)."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                stack.extend((child, depth + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


_JSON_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]')


def _json_too_deep(text: str) -> str | None:
    """The line and column where JSON text first nests deeper than MAX_DEPTH."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        char = text[match.start()]
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _line_column(text, match.start())
        elif char in "]}":
            depth -= 1
    return None


def check_yaml_limits(text: str, file: Path | str) -> int:
    """Refuse YAML that nests too deep, expands too far through aliases, or aliases itself.

    Reads the parser's event stream once (linear in the text, nothing is built) and keeps,
    per anchor, the size and height of the node it names. Returns the number of nodes the
    document expands to. Parse errors surface as ``yaml.YAMLError`` for the caller to report.
    """
    loader = _Yaml12Loader(text)
    anchors: dict[str, tuple[int, int]] = {}  # anchor -> (nodes, levels of nesting) of the node it names
    open_anchors: set[str] = set()
    frames: list[list[Any]] = []  # per open collection: [anchor, nodes inside, levels inside]
    total = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            nodes, levels = 0, 0
            if isinstance(event, yaml.AliasEvent):
                if event.anchor is None:
                    raise _limit(file, event, "an alias without an anchor name")
                if event.anchor in open_anchors:
                    raise _limit(file, event, f"recursive alias *{event.anchor} (a node that contains itself)")
                nodes, levels = anchors.get(event.anchor, (1, 0))  # an undefined alias fails in the loader
                if len(frames) + levels > MAX_DEPTH:
                    raise _limit(
                        file, event, f"alias *{event.anchor} nests the document more than {MAX_DEPTH} levels deep"
                    )
            elif isinstance(event, yaml.ScalarEvent):
                nodes = 1
                if event.anchor:
                    anchors[event.anchor] = (1, 0)
            elif isinstance(event, yaml.CollectionStartEvent):
                total += 1
                if len(frames) >= MAX_DEPTH:
                    raise _limit(file, event, _too_deep())
                if event.anchor:
                    open_anchors.add(event.anchor)
                frames.append([event.anchor, 1, 1])
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, nodes, levels = frames.pop()
                if anchor:
                    open_anchors.discard(anchor)
                    anchors[anchor] = (nodes, levels)
                if frames:
                    _add(frames[-1], nodes, levels)
                continue
            if frames and nodes:
                _add(frames[-1], nodes, levels)
            total += nodes
            if total > MAX_NODES:
                raise _limit(file, event, f"aliases expand the document beyond {MAX_NODES:,} nodes (an alias bomb?)")
    finally:
        loader.dispose()
    return total


def _add(frame: list[Any], nodes: int, levels: int) -> None:
    frame[1] += nodes
    frame[2] = max(frame[2], levels + 1)


def _limit(file: Path | str, event: yaml.Event, problem: str) -> SpecError:
    mark = event.start_mark
    return SpecError(file, f"line {mark.line + 1}, column {mark.column + 1}" if mark else None, problem)


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
    """Describe where ``parts`` lies in the file: 'line N (#/json/pointer)', N the line of its key.

    Only called on the error path, so it may re-read and compose the file.
    """
    ptr = pointer(parts)
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    except (OSError, yaml.YAMLError):
        return ptr
    key = None
    for part in parts:
        if isinstance(node, yaml.MappingNode):
            key, node = next(((k, v) for k, v in node.value if k.value == str(part)), (None, None))
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            key, node = None, node.value[part]
        else:
            node = None
        if node is None:
            return ptr
    marked = key or node
    return f"line {marked.start_mark.line + 1} ({ptr})" if marked is not None else ptr
