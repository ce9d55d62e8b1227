"""Pace requests by the provider's rate-limit signals.

RunPod v2 sends IETF ``RateLimit`` and ``RateLimit-Policy`` headers on every answer, e.g.
``"minute";r=12;t=30`` and ``"minute";q=60;w=60``; every provider may answer 429 with
``Retry-After``. The pacer keeps a local count per window (so concurrent requests do not all
spend the same last unit), waits for the window to reset when it is used up, and holds every
request back while a 429's ``Retry-After`` runs.
"""

from __future__ import annotations

import email.utils
import math
import re
import threading
from dataclasses import dataclass

from ._clock import RealClock

_ITEM = re.compile(
    r'\s*(?:"((?:[^"\\]|\\.)*)"|([A-Za-z*][\w.*/:%-]*))((?:\s*;\s*[\w*.-]+(?:=(?:"(?:[^"\\]|\\.)*"|[^;,]*))?)*)\s*(?:,|$)'
)
_PARAM = re.compile(r';\s*([\w*.-]+)(?:=("(?:[^"\\]|\\.)*"|[^;,]*))?')


def parse_structured_list(value: str) -> dict[str, dict[str, str]]:
    """Parse an RFC 8941 list of items with parameters into {item: {param: value}}."""
    items: dict[str, dict[str, str]] = {}
    position = 0
    while position < len(value):
        match = _ITEM.match(value, position)
        if not match or match.end() == position:
            break
        name = match.group(1) if match.group(1) is not None else match.group(2)
        params = {k: v.strip().strip('"') for k, v in _PARAM.findall(match.group(3) or "")}
        items[name] = params
        position = match.end()
    return items


#: The longest reset a ``RateLimit`` header may ask the pacer to wait for; a longer (or
#: unreadable) one is a provider's bug, not a reason to hold every request for hours.
MAX_RESET = 300.0


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` (delta seconds or HTTP date); None if absent or
    not a finite number of seconds (NaN, infinity, garbage). Never negative."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            seconds = when.timestamp() - now
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


def _finite(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


@dataclass
class _Window:
    remaining: int
    reset_at: float
    quota: int | None
    length: float | None


class Pacer:
    """Decides how long to hold a request back. One per provider; thread-safe."""

    def __init__(self, clock: RealClock) -> None:
        self.clock = clock
        self._windows: dict[str, _Window] = {}
        self._blocked_until = 0.0
        self._lock = threading.Lock()
        self.waited = 0.0

    def reserve(self) -> float:
        """Take one unit of every known window; return seconds to wait first (0: go now).

        Call again after waiting: the unit is only taken when the answer is 0.
        """
        with self._lock:
            now = self.clock.time()
            wait = self._blocked_until - now
            for window in self._windows.values():
                if window.reset_at <= now:
                    if window.quota is None or window.length is None:
                        continue
                    periods = int((now - window.reset_at) // window.length) + 1
                    window.reset_at += periods * window.length
                    window.remaining = window.quota
                if window.remaining <= 0:
                    wait = max(wait, window.reset_at - now)
            if wait > 0:
                return wait
            for window in self._windows.values():
                if window.reset_at > now:
                    window.remaining -= 1
            return 0.0

    def observe(self, headers: dict[str, str] | object) -> None:
        """Update the windows from an answer's ``RateLimit``/``RateLimit-Policy`` headers."""
        get = getattr(headers, "get", None)
        if get is None:
            return
        limit, policy = get("ratelimit"), get("ratelimit-policy")
        if not limit:
            return
        now = self.clock.time()
        policies = parse_structured_list(policy) if policy else {}
        with self._lock:
            for name, params in parse_structured_list(limit).items():
                remaining, reset = _finite(params.get("r")), _finite(params.get("t"))
                if remaining is None or reset is None:
                    continue
                pol = policies.get(name, {})
                quota = int(pol["q"]) if pol.get("q", "").isdigit() and int(pol["q"]) > 0 else None
                length = _finite(pol.get("w"))
                if length is not None and not 0 < length <= 24 * 3600:
                    length = None
                remaining = max(0, int(min(remaining, 1e9)))
                reset_at = now + min(max(0.0, reset), MAX_RESET)
                known = self._windows.get(name)
                if known and abs(known.reset_at - reset_at) < 1.0:
                    known.remaining = min(known.remaining, remaining)
                else:
                    self._windows[name] = _Window(remaining, reset_at, quota, length)

    def block_for(self, seconds: float) -> None:
        """Hold every request back for ``seconds`` (a 429's Retry-After)."""
        if not math.isfinite(seconds) or seconds <= 0:
            return
        with self._lock:
            self._blocked_until = max(self._blocked_until, self.clock.time() + seconds)
