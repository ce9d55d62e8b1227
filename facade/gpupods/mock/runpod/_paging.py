"""RunPod REST v2's cursor pagination, as its lists answer it (since September 2026).

A list answers ``{<items>: [...], "pagination": {"nextCursor", "hasNextPage"}}``, newest first.
The cursor is opaque to clients; here it names the operation and the parameters that issued
it and the sort key of the last item sent, so that a page starts strictly after that item:
items created since do not shift the pages and deleted ones do not repeat an item. A cursor
from another operation, from other parameters, or that does not decode is a 422.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .._core import ApiError, Call

T = TypeVar("T")
#: The sort key of one item: (creation time, id); lists run from the largest key down.
SortKey = tuple[float, str]


def _binding(call: Call) -> str:
    """What a cursor is bound to: the operation, its path and its query (but the page size)."""
    query = {k: v for k, v in call.query.items() if k not in ("cursor", "limit")}
    text = json.dumps([call.op.name, call.path, query], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def encode_cursor(call: Call, key: SortKey) -> str:
    raw = json.dumps({"b": _binding(call), "t": key[0], "i": key[1]}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(call: Call, cursor: str) -> SortKey:
    """The sort key a cursor resumes after; ApiError(422) for a cursor this list did not issue."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        key = (float(data["t"]), str(data["i"]))
        binding = data["b"]
    except (ValueError, TypeError, KeyError):
        raise ApiError(422, "the cursor is not one this API issued", details=[("query.cursor", "malformed")]) from None
    if binding != _binding(call):
        raise ApiError(
            422,
            "the cursor belongs to another list or other parameters",
            details=[("query.cursor", "issued for another request")],
        )
    return key


def page(
    items: Sequence[T],
    call: Call,
    key: Callable[[T], SortKey],
    *,
    default_limit: int = 1000,
    keep: Callable[[T], bool] | None = None,
) -> tuple[list[T], dict[str, Any]]:
    """One page of ``items`` (newest first) for this call, and its ``pagination`` object.

    ``keep`` filters *after* the page is cut, as RunPod applies ``includeClusterPods=false``:
    a page can then hold fewer than ``limit`` items while more pages follow."""
    ordered = sorted(items, key=key, reverse=True)
    cursor = call.query.get("cursor")
    if cursor is not None:
        after = decode_cursor(call, cursor)
        ordered = [item for item in ordered if key(item) < after]
    limit = int(call.query.get("limit") or default_limit)
    cut, rest = ordered[:limit], ordered[limit:]
    more = bool(rest)
    pagination = {"nextCursor": encode_cursor(call, key(cut[-1])) if more else None, "hasNextPage": more}
    return [item for item in cut if keep is None or keep(item)], pagination


__all__ = ["SortKey", "decode_cursor", "encode_cursor", "page"]
