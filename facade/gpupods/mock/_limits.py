"""What a mock cloud accepts from a client at most, as real API gateways bound it.

A body over :data:`MAX_BODY_BYTES` is refused with 413, a JSON body nested deeper than
:data:`MAX_JSON_DEPTH` with 400 (both in the provider's error shape) before any parser or
validator recurses into it. The loopback server cuts a request that is not complete within
:data:`REQUEST_READ_TIMEOUT` seconds of its first byte (stalled or drip-fed).
"""

from __future__ import annotations

import json
from typing import Any

MAX_BODY_BYTES = 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_HEADER_BYTES = 16 * 1024
REQUEST_READ_TIMEOUT = 15.0  # seconds from a request's first byte to its last
IDLE_TIMEOUT = 30.0  # seconds a kept-alive connection may wait for its next request


class BodyError(ValueError):
    """A body the API refuses before reading it as data: ``status`` is 400 or 413."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def check_size(body: bytes, limit: int = MAX_BODY_BYTES) -> None:
    if len(body) > limit:
        raise BodyError(413, f"the request body is larger than {limit} bytes")


def nesting_depth(text: bytes | str, stop_after: int = MAX_JSON_DEPTH) -> int:
    """How deeply arrays and objects nest in a JSON text (brackets inside strings do not
    count); stops counting once ``stop_after`` is exceeded. Linear, no recursion."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_after:
                    return deepest
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return deepest


def _number(text: str) -> int | float:
    """A JSON number written with a fraction or an exponent. A whole one (``20.0``, ``2e3``) is
    kept as an int, as the providers' servers store it: JSON Schema counts it as an integer, and
    an answer that later shows it in an integer field must not show ``20.0``."""
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def parse_json(body: bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse a JSON request body; :class:`BodyError` (400) when it is not JSON or nests too deeply."""
    if nesting_depth(body, max_depth) > max_depth:
        raise BodyError(400, f"the JSON body nests deeper than {max_depth} levels")
    try:
        value = json.loads(body, parse_float=_number)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise BodyError(400, f"the body is not valid JSON: {exc}") from None
    try:  # a lone surrogate escape (\ud800) decodes to a string no UTF-8 text can hold
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BodyError(400, "the body is not valid JSON: it escapes an unpaired UTF-16 surrogate") from None
    return value
