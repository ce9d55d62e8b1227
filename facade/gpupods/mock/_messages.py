"""The request and response every mock cloud handles, independent of any HTTP stack."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass
class MockRequest:
    method: str
    path: str
    query_string: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    declared_length: int | None = None  # set when the body was too large to read: its size so far

    @property
    def size(self) -> int:
        """The body's size in bytes, read or not."""
        return max(len(self.body), self.declared_length or 0)


@dataclass
class MockResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0
    fault: str | None = None  # "drop" or "truncate": the transport realises it
    operation: str | None = None

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def json(self) -> Any:
        return json.loads(self.body)


def json_response(
    status: int,
    body: Any,
    *,
    media_type: str = "application/json",
    headers: Mapping[str, str] | None = None,
    operation: str | None = None,
) -> MockResponse:
    """A response carrying ``body`` as compact JSON."""
    out = [("Content-Type", media_type), *(headers or {}).items()]
    return MockResponse(status, out, json.dumps(body, separators=(",", ":")).encode(), operation=operation)
