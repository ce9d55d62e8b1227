"""The last-seen upstream document of an API, kept as facts only.

``specs/<api>/upstream-snapshot.json`` is the provider's published document that the
project's spec was last reconciled with, reduced to what a client depends on: paths,
methods, parameters, bodies, responses with their status codes and headers, schemas with
their names, types, formats, enums, defaults, constraints and rules, security. Prose goes:
descriptions, summaries, schema titles, examples, external docs and vendor extensions
(``x-*``); a response keeps an empty ``description`` because OpenAPI requires one.

``update-specs`` diffs a newly published document against the snapshot, so the project's
own deliberate differences from upstream never show up as upstream changes.

The snapshot records where it came from under ``x-gpupods-snapshot``: the date it was
recorded, and per source file its name or URL, size, SHA-256 and git blob hash (the hash
``git hash-object`` prints, which identifies the file in the provider's repository) with
its title and operations. A provider that publishes its spec split into several files
(Prime Intellect: compute, billing, template) has one snapshot with one *part* per file:
the merged document, and per part the operations it holds. A newly published file
replaces the part whose title (or, failing that, whose operations) it matches; the other
parts stay as the snapshot has them. A file that matches no single part (the provider's
whole document) replaces them all.
"""

from __future__ import annotations

import builtins
import copy
import datetime
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError
from .naming import HTTP_METHODS
from .structure import SCHEMA_LIST, SCHEMA_MAP, SCHEMA_ONE

FILE_NAME = "upstream-snapshot.json"
META = "x-gpupods-snapshot"

# --- facts only -------------------------------------------------------------------------

_PROSE = frozenset({"description", "summary", "example", "examples", "externalDocs", "$comment"})

# Per object kind, the keys whose value holds other objects (``name[]``: a list of them,
# ``name{}``: a mapping of names to them). Other keys are kept as they are, prose dropped.
_CHILDREN: dict[str, dict[str, str]] = {
    "path": {"parameters": "parameter[]", "servers": "server[]", **{m: "operation" for m in HTTP_METHODS}},
    "operation": {
        "parameters": "parameter[]",
        "requestBody": "body",
        "responses": "response{}",
        "callbacks": "callback{}",
        "servers": "server[]",
    },
    "parameter": {"schema": "schema", "content": "media{}"},
    "body": {"content": "media{}"},
    "response": {"content": "media{}", "headers": "header{}", "links": "link{}"},
    "header": {"schema": "schema", "content": "media{}"},
    "media": {"schema": "schema", "encoding": "encoding{}"},
    "encoding": {"headers": "header{}"},
    "callback": {},  # a mapping of expressions to path items, handled below
    "link": {},
    "server": {"variables": "variable{}"},
    "variable": {},
    "security": {"flows": "flows"},
    "flows": {"implicit": "flow", "password": "flow", "clientCredentials": "flow", "authorizationCode": "flow"},
    "flow": {"scopes": "scopes"},
    "schema": {
        **{k: "schema" for k in SCHEMA_ONE},
        **{k: "schema{}" for k in SCHEMA_MAP},
        **{k: "schema[]" for k in SCHEMA_LIST},
    },
    "components": {
        "schemas": "schema{}",
        "responses": "response{}",
        "parameters": "parameter{}",
        "requestBodies": "body{}",
        "headers": "header{}",
        "securitySchemes": "security{}",
        "links": "link{}",
        "callbacks": "callback{}",
        "pathItems": "path{}",
    },
}


#: Maps that are OpenAPI objects allowing vendor extensions (Paths, Responses, Callback).
_EXTENSIBLE_MAPS = frozenset({"path{}", "response{}", "callback{}"})


def facts_only(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of an OpenAPI document without its prose (see the module docstring)."""
    out: dict[str, Any] = {}
    for key, value in document.items():
        if key in _PROSE or (isinstance(key, str) and key.startswith("x-")):
            continue
        if key == "info" and isinstance(value, dict):
            out[key] = {k: value[k] for k in ("title", "version") if k in value}
        elif key == "tags" and isinstance(value, list):
            out[key] = [{"name": t["name"]} for t in value if isinstance(t, dict) and "name" in t]
        elif key in ("paths", "webhooks"):
            out[key] = _strip(value, "path{}")
        elif key == "servers":
            out[key] = _strip(value, "server[]")
        elif key == "components":
            out[key] = _strip(value, "components")
        else:
            out[key] = copy.deepcopy(value)
    return out


def _strip(node: Any, kind: str) -> Any:
    if kind.endswith("[]"):
        return [_strip(v, kind[:-2]) for v in node] if isinstance(node, list) else copy.deepcopy(node)
    if kind.endswith("{}"):
        if not isinstance(node, dict):
            return copy.deepcopy(node)
        extensible = kind in _EXTENSIBLE_MAPS  # elsewhere an x- key is a name (a property called x-note)
        return {
            k: _strip(v, kind[:-2])
            for k, v in node.items()
            if not (extensible and isinstance(k, str) and k.startswith("x-"))
        }
    if kind == "scopes":  # scope name -> its description
        return dict.fromkeys(node, "") if isinstance(node, dict) else copy.deepcopy(node)
    if kind == "callback":
        return _strip(node, "path{}")
    if not isinstance(node, dict):
        return copy.deepcopy(node)
    children = _CHILDREN[kind]
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _PROSE or (isinstance(key, str) and key.startswith("x-")) or (kind == "schema" and key == "title"):
            continue
        out[key] = _strip(value, children[key]) if key in children else copy.deepcopy(value)
    if kind == "response" and "$ref" not in node:
        out = {"description": "", **out}  # required by OpenAPI
    return out


# --- the snapshot file ------------------------------------------------------------------


@dataclass
class Part:
    """One published file the snapshot holds."""

    source: str
    title: str
    operations: list[str]
    bytes: int = 0  # the size of the part's file, as SOURCE.md records it
    sha256: str = ""
    git_blob: str = ""

    @classmethod
    def of(cls, data: builtins.bytes, document: dict[str, Any], source: str) -> Part:
        return cls(
            source=source,
            title=str((document.get("info") or {}).get("title", "")),
            operations=operations_of(document),
            bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            git_blob=hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest(),
        )


@dataclass
class Snapshot:
    """A facts-only upstream document with where and when it was seen."""

    document: dict[str, Any]
    recorded: str
    parts: list[Part] = field(default_factory=list)

    @property
    def sources(self) -> str:
        return ", ".join(p.source for p in self.parts)

    def to_json(self) -> str:
        meta = {"recorded": self.recorded, "parts": [asdict(p) for p in self.parts]}
        return json.dumps({META: meta, **self.document}, indent=1, ensure_ascii=False) + "\n"


def operations_of(document: dict[str, Any]) -> list[str]:
    """``METHOD /path`` of every operation, in document order."""
    found = document.get("paths")
    paths: dict[str, Any] = found if isinstance(found, dict) else {}
    return [
        f"{method.upper()} {path}"
        for path, item in paths.items()
        if isinstance(item, dict)
        for method in item
        if method in HTTP_METHODS
    ]


def load(path: Path) -> Snapshot | None:
    """The snapshot in ``path``, or None when there is none."""
    from .specload import load_document

    if not path.exists():
        return None
    document = load_document(path)
    meta = document.pop(META, None)
    try:
        if not isinstance(meta, dict):
            raise TypeError("no x-gpupods-snapshot record")
        parts = [Part(**p) for p in meta["parts"]]
        return Snapshot(document, str(meta["recorded"]), parts)
    except (KeyError, TypeError) as exc:
        raise SpecError(path, META, f"not an upstream snapshot ({exc})") from None


def today() -> str:
    return datetime.datetime.now(datetime.UTC).date().isoformat()


# --- split documents --------------------------------------------------------------------


@dataclass
class Published:
    """One published file as read: its bytes, its document and where it came from."""

    data: bytes
    document: dict[str, Any]
    source: str


def match_parts(snapshot: Snapshot | None, files: list[Published]) -> list[int | None]:
    """For each file, the index of the snapshot part it replaces (None: it is the whole document)."""
    if snapshot is None or len(snapshot.parts) < 2:
        return [None] * len(files)
    found: list[int | None] = []
    for file in files:
        title = str((file.document.get("info") or {}).get("title", ""))
        by_title = [i for i, p in enumerate(snapshot.parts) if p.title and p.title == title]
        ops = set(operations_of(file.document))
        by_ops = [i for i, p in enumerate(snapshot.parts) if ops & set(p.operations)]
        if len(by_title) == 1:
            found.append(by_title[0])
        elif len(by_ops) == 1:
            found.append(by_ops[0])
        else:
            found.append(None)
    return found


def assemble(snapshot: Snapshot | None, files: list[Published], where: Path | str) -> tuple[dict[str, Any], list[Part]]:
    """The whole new upstream document the given files make, and the parts a snapshot of it records.

    Files that are parts of a split document replace those parts of ``snapshot``; the other
    parts come from the snapshot. ``where`` names the snapshot file in errors.
    """
    documents = [f.document for f in files]
    new_parts = [Part.of(f.data, f.document, f.source) for f in files]
    if snapshot is None or len(snapshot.parts) < 2:  # the files are the whole document, or all its parts
        merged = documents[0] if len(documents) == 1 else merge(documents, [f.source for f in files])
        return merged, new_parts
    matched = match_parts(snapshot, files)
    whole = [f.source for f, m in zip(files, matched, strict=True) if m is None]
    if whole and len(files) > 1:
        raise SpecError(
            where,
            None,
            f"{', '.join(whole)} matches no single part of the snapshot ({_part_titles(snapshot)}); "
            "give the whole document alone, or its parts",
        )
    if whole:
        return documents[0], new_parts
    if len(set(matched)) != len(matched):
        raise SpecError(where, None, "two of the given files are the same part of the snapshot")
    replaced = {m for m in matched if m is not None}
    base = copy.deepcopy(snapshot.document)
    for index in replaced:
        for operation in snapshot.parts[index].operations:
            method, path = operation.split(" ", 1)
            item = base.get("paths", {}).get(path, {})
            item.pop(method.lower(), None)
            if not any(m in item for m in HTTP_METHODS):
                base.get("paths", {}).pop(path, None)
    merged = merge([base, *documents], ["the snapshot", *(f.source for f in files)], newer_wins=True)
    parts = list(snapshot.parts)
    for position, part in zip(matched, new_parts, strict=True):
        assert position is not None
        parts[position] = part
    return merged, parts


def merge(documents: list[dict[str, Any]], names: list[str], *, newer_wins: bool = False) -> dict[str, Any]:
    """One document holding the paths and components of all; the first gives the rest (info, servers...).

    Two documents defining the same operation, or the same component differently, are an
    error unless ``newer_wins`` (the first document is the snapshot the others update).
    """
    merged = copy.deepcopy(documents[0])
    paths = merged.setdefault("paths", {})
    components = merged.setdefault("components", {})
    for document, name in zip(documents[1:], names[1:], strict=True):
        for path, item in (document.get("paths") or {}).items():
            target = paths.setdefault(path, {})
            for key, value in item.items():
                if key in target and target[key] != value and not newer_wins:
                    raise SpecError(name, f"paths/{path}/{key}", f"also defined differently in {names[0]}")
                target[key] = copy.deepcopy(value)
        for section, entries in (document.get("components") or {}).items():
            into = components.setdefault(section, {})
            for key, value in entries.items():
                if key in into and not _same_facts(section, into[key], value) and not newer_wins:
                    raise SpecError(name, f"components/{section}/{key}", f"differs from the one in {names[0]}")
                into[key] = copy.deepcopy(value)
        for server in document.get("servers") or []:
            if server not in merged.setdefault("servers", []):
                merged["servers"].append(copy.deepcopy(server))
    return merged


def _same_facts(section: str, a: Any, b: Any) -> bool:
    """Whether two components of a section say the same once their prose is gone."""
    kind = _CHILDREN["components"].get(section)
    return a == b if kind is None else bool(_strip(a, kind[:-2]) == _strip(b, kind[:-2]))


def strip_schema(schema: Any) -> Any:
    """A schema without its prose (how rules are compared)."""
    return _strip(schema, "schema")


def _part_titles(snapshot: Snapshot | None) -> str:
    return "; ".join(p.title or p.source for p in snapshot.parts) if snapshot else "no parts"
