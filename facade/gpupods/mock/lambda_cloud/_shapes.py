"""What every part of the Lambda mock answers with: Lambda's error envelope and codes, its two
ways of sending the API key, and its rate limits.

Errors are ``{"error": {"code", "message", "suggestion"}}``. Rate limits per API key
(``RateLimits``): one launch every 12 seconds, and, when turned on, about one request per second.
Excess is answered 429 with ``Retry-After`` and the code ``global/too-many-requests`` (Lambda
declares no 429, so its real body is not known).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._core import ApiError, Call, MockResponse, SpecMock
from .._limits import BodyError, parse_json

# --- errors ----------------------------------------------------------------------------------


class LambdaError(ApiError):
    """An error answer with Lambda's code (and, where Lambda gives one, a suggestion)."""

    def __init__(self, status: int, code: str, message: str, suggestion: str | None = None, **kwargs: Any) -> None:
        super().__init__(status, message, **kwargs)
        self.code = code
        self.suggestion = suggestion


#: The code of an error the shared pipeline raises (routing, auth, validation, faults).
CODE_OF_STATUS = {
    400: "global/invalid-parameters",
    401: "global/invalid-api-key",
    403: "global/forbidden",
    404: "global/not-found",
    405: "global/not-found",
    409: "global/conflict",
    429: "global/too-many-requests",
}


def not_found(what: str, ident: str) -> LambdaError:
    return LambdaError(
        404,
        "global/object-does-not-exist",
        f"{what} {ident} does not exist.",
        f"Check the {what.lower()} ID and try again.",
    )


def invalid(message: str) -> LambdaError:
    return LambdaError(400, "global/invalid-parameters", message)


# --- rate limits -----------------------------------------------------------------------------


@dataclass
class RateLimits:
    """Lambda's documented limits, per API key; ``None`` turns one off.

    On by default: one launch every ``launch_interval`` seconds (counted once a launch request is
    valid). Off by default, because tests that drive the mock with raw clients on a virtual clock
    that stands still would meet it: about ``per_second`` requests a second, with a bucket of
    ``burst`` (Lambda documents no burst; that number is the mock's).
    """

    per_second: float | None = None
    burst: int = 60
    launch_interval: float | None = 12.0

    def __post_init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._launches: dict[str, float] = {}  # key -> time of the last accepted launch
        self._lock = threading.Lock()
        self.rejected = 0
        self.rejected_launches = 0

    def take(self, key: str, now: float) -> float:
        """Count one request; 0 when allowed, else the seconds to wait (nothing counted)."""
        with self._lock:
            if self.per_second is None:
                return 0.0
            tokens, at = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - at) * self.per_second)
            if tokens < 1.0:
                self.rejected += 1
                return (1.0 - tokens) / self.per_second
            self._buckets[key] = (tokens - 1.0, now)
            return 0.0

    def take_launch(self, key: str, now: float) -> float:
        """Count one launch (a valid launch request); 0 when allowed, else the seconds to wait."""
        with self._lock:
            if self.launch_interval is None:
                return 0.0
            wait = self._launches[key] + self.launch_interval - now if key in self._launches else 0.0
            if wait > 0:
                self.rejected += 1
                self.rejected_launches += 1
                return wait
            self._launches[key] = now
            return 0.0


class LambdaShapes(SpecMock):
    """Lambda's answers to what the shared request pipeline refuses, and its limits."""

    def __init__(self, **spec_options: Any) -> None:
        super().__init__(**spec_options)
        #: Lambda's limits as this mock enforces them (``None``: none at all).
        self.rate_limits: RateLimits | None = RateLimits()

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        text = message + (": " + "; ".join(f"{where}: {what}" for where, what in details) if details else "")
        code = CODE_OF_STATUS.get(status, "global/internal-error" if status >= 500 else "global/invalid-parameters")
        return {"error": {"code": code, "message": text}}, "application/json"

    def _error(self, op: Any, error: ApiError) -> MockResponse:
        response = super()._error(op, error)
        if isinstance(error, LambdaError):
            payload: dict[str, str] = {"code": error.code, "message": error.message}
            if error.suggestion:
                payload["suggestion"] = error.suggestion
            response.body = json.dumps({"error": payload}, separators=(",", ":")).encode()
        return response

    def validation_status(self, op: Any) -> int:
        return 400

    def _authenticate(self, op: Any, headers: Mapping[str, str]) -> str | None:
        """Bearer, or Basic with the key as the user name (``curl -u KEY:``) or as it is."""
        scheme, _, value = headers.get("authorization", "").partition(" ")
        value = value.strip()
        key: str | None = None
        if scheme.lower() == "bearer" and value:
            key = value
        elif scheme.lower() == "basic" and value:
            try:
                key = base64.b64decode(value, validate=True).decode().split(":", 1)[0]
            except (binascii.Error, UnicodeDecodeError):
                key = value
        if not key or (self.api_keys is not None and key not in self.api_keys):
            raise LambdaError(
                401,
                "global/invalid-api-key",
                "API key was invalid, expired, or deleted.",
                "Check your API key or create a new one, then try again.",
            )
        return key

    def _take_quota(self, op: Any, token: str | None) -> dict[str, str]:
        headers = super()._take_quota(op, token)
        if self.rate_limits is not None:
            self._too_many(self.rate_limits.take(token or "anonymous", self.clock.time()), "about one request a second")
        return headers

    def take_launch(self, token: str | None) -> None:
        """Count a launch against the launch limit (checked once the request is known to be a
        valid launch, so a malformed one is answered 400, not 429)."""
        if self.rate_limits is not None:
            wait = self.rate_limits.take_launch(token or "anonymous", self.clock.time())
            self._too_many(wait, "one launch every 12 seconds")

    @staticmethod
    def _too_many(wait: float, what: str) -> None:
        if wait > 0:
            raise LambdaError(
                429,
                "global/too-many-requests",
                f"Too many requests: the limit is {what}.",
                "Wait before sending this request again.",
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )

    def _parse(self, op: Any, match: Any, request: Any, token: str | None) -> Call:
        """A body sent to an operation that takes none is still read: one that is not JSON (or
        nests too deeply) is refused as Lambda's JSON API would, with 400."""
        if op.body is None and request.body.strip():
            try:
                parse_json(request.body)
            except BodyError as exc:
                raise ApiError(exc.status, exc.message) from None
        return super()._parse(op, match, request, token)
