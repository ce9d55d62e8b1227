"""A request quota per API key, on the mock's clock, with IETF RateLimit headers."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Quota:
    """``limit`` requests per ``window`` seconds for each key (a fixed window that starts
    with the key's first request, as RunPod's per-user windows behave)."""

    limit: int
    window: float = 60.0
    name: str = "minute"

    def __post_init__(self) -> None:
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()
        self.rejected = 0

    def take(self, key: str, now: float) -> tuple[bool, int, float]:
        """Count one request; return (allowed, remaining, seconds until the window resets)."""
        with self._lock:
            start, used = self._windows.get(key, (now, 0))
            if now - start >= self.window:
                start, used = now, 0
            reset = start + self.window - now
            if used >= self.limit:
                self.rejected += 1
                return False, 0, reset
            used += 1
            self._windows[key] = (start, used)
            return True, self.limit - used, reset

    def headers(self, remaining: int, reset: float) -> dict[str, str]:
        """``RateLimit`` and ``RateLimit-Policy`` in the structured-field form RunPod sends."""
        return {
            "RateLimit": f'"{self.name}";r={remaining};t={math.ceil(reset)}',
            "RateLimit-Policy": f'"{self.name}";q={self.limit};w={math.ceil(self.window)}',
        }


Now = Callable[[], float]
