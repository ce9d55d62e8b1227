"""Step bookkeeping for the SDK flows (run by the SDKs' own interpreter, not by gpupods).

A flow calls ``step(name, fn)`` for each SDK call; the outcome goes to stdout as one JSON
line, ``{"step", "ok", "error"}``. ``check`` raises when an answer is not what the real API
would give, so a step fails on a wrong value as well as on an exception.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any


class Mismatch(AssertionError):
    pass


def check(condition: object, message: str) -> None:
    if not condition:
        raise Mismatch(message)


def step(name: str, action: Callable[[], Any]) -> Any:
    try:
        result = action()
    except BaseException as exc:
        detail = f"{type(exc).__name__}: {exc}"
        tb = traceback.extract_tb(exc.__traceback__)
        if tb:
            detail += f" (at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})"
        print(json.dumps({"step": name, "ok": False, "error": detail[:2000]}), flush=True)
        return None
    print(json.dumps({"step": name, "ok": True, "error": None}), flush=True)
    return result


def expect_error(kind: type[BaseException] | tuple[type[BaseException], ...], action: Callable[[], Any]) -> str:
    """Run ``action``, which must raise ``kind``; returns its message."""
    try:
        action()
    except kind as exc:
        return str(exc)
    raise Mismatch(f"expected {kind} to be raised")


def wait_for(what: str, probe: Callable[[], Any], timeout: float = 60.0) -> Any:
    """Poll ``probe`` until it returns something truthy (bounded; the mocks run fast lifecycles)."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Mismatch(f"timed out waiting for {what}")
        time.sleep(0.05)


def done() -> None:
    sys.stdout.flush()
