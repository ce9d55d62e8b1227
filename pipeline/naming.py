"""Stable Python names for operations, derived from the HTTP method and the path.

Upstream operationIds change between releases (or are missing, duplicated or FastAPI-long
like ``create_pod_api_v1_pods__post``), so the generated function names never depend on
them. The rule, on the path's words after dropping ``api`` and version segments:

* a last word that is a verb (``/gpu/instance/create``, ``/pods/{id}/start``) names the
  operation: ``create_gpu_instance``, ``start_pod``;
* otherwise the method decides the verb: GET is ``get`` for one thing (a path ending in a
  parameter, or a singular last word) and ``list`` for a plural; POST ``create``; PUT and
  PATCH ``update``; DELETE ``delete``;
* a word followed by a path parameter, and every word but the last, is made singular:
  ``/v2/registries/delegations/{id}`` -> ``delete_registry_delegation``.

Two knobs per API live in its overlay under ``x-gpupods-naming``: ``aliases`` rewrite a path
word (``serverless: endpoints``) and ``names`` pin an operation by ``"METHOD /path"`` where
the rule reads badly. Two operations that still share a name (v1's ``POST /pods/{id}/update``
synonym of ``PATCH /pods/{id}``) are told apart by a ``_via_<method>`` suffix on the one whose
method is not the natural one for the verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

VERBS = frozenset(
    [
        "create",
        "update",
        "delete",
        "start",
        "stop",
        "restart",
        "reset",
        "edit",
        "upgrade",
        "migrate",
        "break",
        "save",
        "renew",
        "list",
        "check",
        "cancel",
        "resume",
        "terminate",
        "retry",
        "purge",
        "revoke",
        "upload",
        "download",
        "attach",
        "detach",
    ]
)

# Words ending in "s" that are not plurals.
NOT_PLURAL = frozenset({"status", "logs", "metrics", "docs", "serverless", "news", "settings", "analytics", "access"})

# The verb whose natural method keeps the plain name when two operations collide.
_NATURAL_METHOD = {"get": "get", "list": "get", "create": "post", "update": "patch", "delete": "delete"}

_VERSION = re.compile(r"v\d+(?:\.\d+)*")
_IDENT = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Naming:
    """Per-API naming knobs from the overlay's ``x-gpupods-naming``."""

    aliases: Mapping[str, str]
    names: Mapping[str, str]

    @classmethod
    def from_overlay(cls, overlay: Mapping[str, object] | None) -> Naming:
        raw = (overlay or {}).get("x-gpupods-naming") or {}
        if not isinstance(raw, Mapping):
            raise ValueError("x-gpupods-naming must be a mapping")
        aliases = raw.get("aliases") or {}
        names = raw.get("names") or {}
        if not isinstance(aliases, Mapping) or not isinstance(names, Mapping):
            raise ValueError("x-gpupods-naming.aliases and .names must be mappings")
        return cls(
            aliases={str(k): str(v) for k, v in aliases.items()},
            names={_key_of(str(k)): str(v) for k, v in names.items()},
        )


def _key_of(text: str) -> str:
    method, _, path = text.strip().partition(" ")
    return f"{method.upper()} {path.strip()}"


def snake(word: str) -> str:
    """``renewInstance`` -> ``renew_instance``; ``ssh-keys`` -> ``ssh_keys``; ``openapi.json`` -> ``openapi_json``."""
    word = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", word)
    word = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", word)
    return re.sub(r"[^a-zA-Z0-9]+", "_", word).strip("_").lower()


def is_plural(word: str) -> bool:
    last = word.rsplit("_", 1)[-1]
    return last.endswith("s") and not last.endswith("ss") and last not in NOT_PLURAL


def singular(word: str) -> str:
    head, _, last = word.rpartition("_")
    if not is_plural(word):
        return word
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    else:
        last = last[:-1]
    return f"{head}_{last}" if head else last


def path_words(path: str, aliases: Mapping[str, str]) -> tuple[list[str], bool]:
    """The path's words (singularised where they name one item) and whether it ends in a parameter."""
    segments = [s for s in path.split("/") if s and s != "api" and not _VERSION.fullmatch(s)]
    words: list[str] = []
    for index, segment in enumerate(segments):
        if segment.startswith("{"):
            continue
        word = snake(aliases.get(segment, segment))
        followed_by_param = index + 1 < len(segments) and segments[index + 1].startswith("{")
        if followed_by_param or index + 1 < len(segments):
            word = singular(word)
        words.append(word)
    ends_in_param = bool(segments) and segments[-1].startswith("{")
    return words, ends_in_param


def _join(words: Iterable[str]) -> str:
    parts: list[str] = []
    for word in words:
        for piece in word.split("_"):
            if piece and (not parts or parts[-1] != piece):
                parts.append(piece)
    return "_".join(parts)


def derive_name(method: str, path: str, naming: Naming) -> str:
    """The Python name of one operation (before collisions are resolved)."""
    method = method.lower()
    pinned = naming.names.get(f"{method.upper()} {path}")
    if pinned:
        return pinned
    words, ends_in_param = path_words(path, naming.aliases)
    if not words:
        return method
    last = words[-1]
    first_of_last = last.split("_", 1)[0]
    if not ends_in_param and len(words) > 1 and first_of_last in VERBS:
        rest = last.split("_", 1)[1:] if "_" in last else []
        return _join([first_of_last, *words[:-1], *rest])
    if method == "get":
        verb = "get" if ends_in_param or not is_plural(last) else "list"
    elif method == "post":
        verb = "create"
        if not ends_in_param:
            words[-1] = singular(last)
    elif method in ("put", "patch"):
        verb = "update"
    elif method == "delete":
        verb = "delete"
    else:
        verb = method
    return _join([verb, *words])


def assign_names(operations: list[tuple[str, str]], naming: Naming) -> dict[tuple[str, str], str]:
    """Name every (method, path); resolve collisions; return {(method, path): name}.

    Raises ValueError when a pinned name is not a Python identifier or a collision cannot be
    resolved, naming the operations involved.
    """
    names = {op: derive_name(op[0], op[1], naming) for op in operations}
    for (method, path), name in names.items():
        if not _IDENT.fullmatch(name):
            raise ValueError(f"{method.upper()} {path}: {name!r} is not a snake_case Python name")
    by_name: dict[str, list[tuple[str, str]]] = {}
    for op, name in names.items():
        by_name.setdefault(name, []).append(op)
    for name, ops in by_name.items():
        if len(ops) < 2:
            continue
        natural = _NATURAL_METHOD.get(name.split("_", 1)[0])
        keepers = [op for op in ops if op[0].lower() == natural]
        if len(keepers) != 1 or len({op[0].lower() for op in ops}) != len(ops):
            listed = " and ".join(f"{m.upper()} {p}" for m, p in ops)
            raise ValueError(f"{listed} all derive the name {name!r}; pin one in the overlay's x-gpupods-naming.names")
        keeper = keepers[0]
        for op in ops:
            if op != keeper:
                names[op] = f"{name}_via_{op[0].lower()}"
    final: dict[str, tuple[str, str]] = {}
    for op, name in names.items():
        if name in final:
            other = final[name]
            raise ValueError(
                f"{op[0].upper()} {op[1]} and {other[0].upper()} {other[1]} both name {name!r}; "
                "pin one in the overlay's x-gpupods-naming.names"
            )
        final[name] = op
    return names


def group_of(path: str, naming: Naming) -> str:
    """The module group (generated ``api/<group>/``) of a path: its first word, singular."""
    segments = [s for s in path.split("/") if s and s != "api" and not _VERSION.fullmatch(s)]
    first = next((s for s in segments if not s.startswith("{")), "default")
    return singular(snake(naming.aliases.get(first, first))) or "default"
