"""Apply an OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0.html).

Each action selects nodes with an RFC 9535 JSONPath ``target`` and either removes them
(``remove: true``) or merges ``update`` into them: objects merge recursively (a key in the
update replaces a scalar or list of the same key), and an update aimed at an array is
appended to it. An action whose target selects nothing is an error: an overlay that
silently stops applying after an upstream change is worse than one that fails.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath

from .errors import SpecError


def deep_merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge ``update`` into ``target`` in place (objects recursively, other values replace)."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            deep_merge(current, value)
        else:
            target[key] = copy.deepcopy(value)


def _check_overlay(overlay: dict[str, Any], file: Path) -> list[dict[str, Any]]:
    version = str(overlay.get("overlay", ""))
    if not version.startswith("1.0"):
        raise SpecError(file, "overlay", f"expected an Overlay 1.0.x document, found {version!r}")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(file, "actions", "an overlay needs a non-empty list of actions")
    for index, action in enumerate(actions):
        where = f"actions[{index}]"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise SpecError(file, where, "each action needs a JSONPath string 'target'")
        has_update, removes = "update" in action, action.get("remove") is True
        if has_update == removes:
            raise SpecError(file, where, "each action needs exactly one of 'update' or 'remove: true'")
    return actions


def apply_overlay(
    spec: dict[str, Any],
    overlay: dict[str, Any],
    file: Path,
    spec_file: Path,
    stale: list[tuple[int, dict[str, Any]]] | None = None,
) -> list[str]:
    """Apply ``overlay`` (read from ``file``) to ``spec`` in place; return a log line per action.

    An action whose target matches nothing is an error, unless ``stale`` is given: then it is
    skipped and recorded there as ``(index, action)`` (update-specs reports such actions).
    """
    log = []
    for index, action in enumerate(_check_overlay(overlay, file)):
        target = action["target"]
        where = f"actions[{index}] (target {target})"
        try:
            nodes = list(jsonpath.finditer(target, spec))
        except jsonpath.JSONPathError as exc:
            raise SpecError(file, where, f"invalid JSONPath: {exc}") from None
        if not nodes and stale is not None:
            stale.append((index, action))
            continue
        if not nodes:
            raise SpecError(file, where, f"the target matches nothing in {spec_file}")
        if action.get("remove") is True:
            # Remove from the deepest/last node first so list indexes stay valid.
            for node in sorted(nodes, key=lambda n: n.location, reverse=True):
                parent, key = _parent_of(spec, node.location)
                del parent[key]
        else:
            update = action["update"]
            for node in nodes:
                if isinstance(node.value, dict):
                    if not isinstance(update, dict):
                        raise SpecError(file, where, "the target is an object, so 'update' must be one")
                    deep_merge(node.value, update)
                elif isinstance(node.value, list):
                    node.value.append(copy.deepcopy(update))
                else:
                    raise SpecError(file, where, "'update' can only target objects or arrays")
        verb = "removed" if action.get("remove") is True else "updated"
        note = action.get("description", "")
        log.append(f"{verb} {len(nodes)} node(s) at {target}" + (f": {note}" if note else ""))
    return log


def _parent_of(doc: Any, location: tuple[str | int, ...]) -> tuple[Any, str | int]:
    node = doc
    for part in location[:-1]:
        node = node[part]
    return node, location[-1]
