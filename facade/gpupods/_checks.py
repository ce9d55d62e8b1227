"""Checks the specs share: they refuse a value before any request, whatever its type.

Each check is a predicate (or returns the problem it found) so that ``PodSpec`` and
``EndpointSpec`` raise their own error naming the field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

_PRINTABLE = re.compile(r"[^\x00-\x1f\x7f]+")  # no control characters (newlines included)
_MAX_DEPTH = 32


class FrozenMapping(dict[str, Any]):
    """A dict that refuses changes: what a checked spec keeps, so that it stays checked."""

    def _refuse(self, *args: object, **kwargs: object) -> Any:
        raise TypeError("a checked spec is immutable: build a new one (dataclasses.replace)")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __repr__(self) -> str:
        return dict.__repr__(self)


def is_text(value: object, *, spaces: bool = True, max_length: int = 512) -> bool:
    """A non-empty string of printable characters, without surrounding blanks (and without
    any blank unless ``spaces``)."""
    return (
        isinstance(value, str)
        and 0 < len(value) <= max_length
        and value.strip() == value
        and _PRINTABLE.fullmatch(value) is not None
        and (spaces or " " not in value)
    )


def is_int_in(value: object, low: int, high: int | None = None) -> bool:
    """An int (not a bool) from ``low`` to ``high``."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= low and (high is None or value <= high)


def is_finite_number(value: object) -> bool:
    """An int or float (not a bool) that is neither NaN nor infinite."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def json_problem(value: object, where: str = "", depth: int = 0) -> tuple[str, str] | None:
    """(where, what) of the first part of ``value`` that cannot be sent as JSON: NaN and
    infinities, keys that are not strings, types JSON does not have, nesting past 32 levels."""
    if depth > _MAX_DEPTH:
        return where, "nested too deeply"
    if value is None or isinstance(value, bool | str | int):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else (where, "numbers must be finite")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return where, f"keys must be strings, not {type(key).__name__}"
            found = json_problem(item, f"{where}.{key}", depth + 1)
            if found is not None:
                return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = json_problem(item, f"{where}[{index}]", depth + 1)
            if found is not None:
                return found
        return None
    return where, f"{type(value).__name__} cannot be sent to a provider (use JSON types)"


#: What a provider's resource id looks like (RunPod, Prime Intellect, Novita and Lambda use
#: letters, digits and '-'; ':', '.' and '_' are allowed for others). Starting with a letter or
#: digit rules out '.' and '..', and no '/', '%', '?' or '#' means an id can never address
#: another path of the API.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,255}")


def check_id(value: object, what: str = "pod id") -> str:
    """``value`` if it is a plausible resource id; else ``InvalidArgument`` naming ``what``."""
    from .errors import InvalidArgument

    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        raise InvalidArgument(what, f"{value!r} is not an id (letters, digits and '-', '_', '.', ':')")
    return value
