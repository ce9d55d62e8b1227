"""Clocks: the real one, and a virtual one that tests advance instead of sleeping."""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from datetime import UTC, datetime


class RealClock:
    """Wall-clock time; ``sleep`` really sleeps."""

    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)


class VirtualClock(RealClock):
    """A clock that only moves when told to.

    ``sleep``/``asleep`` advance it instantly, so code that waits (polling, backoff, rate-limit
    pacing) runs in no real time when it is given this clock, while the mock clouds move pods
    through their lifecycles by the same clock. Thread-safe.
    """

    def __init__(self, start: datetime | float = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)) -> None:
        self._now = start.timestamp() if isinstance(start, datetime) else float(start)
        self._lock = threading.Lock()

    def time(self) -> float:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        return self.time()

    def advance(self, seconds: float) -> None:
        """Move time forward (never backward)."""
        if seconds < 0:
            raise ValueError("a clock cannot go backward")
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            self.advance(seconds)
        await asyncio.sleep(0)


class ServerClock:
    """A provider's clock, as the ``Date`` headers of its answers show it: the local clock plus
    the offset last seen. Leases are stamped and enforced on this clock, so that a machine whose
    clock is wrong neither reaps early nor late. An offset under two seconds is noise (``Date``
    has whole seconds) and is not applied."""

    NOISE = 2.0

    def __init__(self, clock: RealClock) -> None:
        self.clock = clock
        self.offset = 0.0

    def observe(self, date: str | None) -> None:
        if not date:
            return
        when = _date_header(date)
        if when is None:
            return
        offset = when - self.clock.time()
        self.offset = offset if abs(offset) >= self.NOISE else 0.0

    def time(self) -> float:
        return self.clock.time() + self.offset


@functools.lru_cache(maxsize=16)  # a Date header changes once a second: most answers repeat one
def _date_header(date: str) -> float | None:
    """An HTTP ``Date`` header as seconds since the epoch; None when it is not a full date."""
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError):
        return None
    return when.timestamp() if when.tzinfo is not None else None


Clock = RealClock
"""The clock type the facade accepts: anything with time, monotonic, sleep and asleep."""
