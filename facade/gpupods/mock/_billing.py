"""What resources cost over time: metered segments and calendar buckets, on a mock's clock.

A resource bills by :class:`Meter`: one segment per span at one hourly rate (a pod that is
stopped and started again has two). Billing answers sum the overlap of segments with
calendar buckets (hour, day, week starting Monday, month, year; UTC), so totals always equal
the sum of the records a client reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

BUCKETS = ("hour", "day", "week", "month", "year")
_LONGEST = {"hour": 3600, "day": 86400, "week": 7 * 86400, "month": 31 * 86400, "year": 366 * 86400}


@dataclass
class Meter:
    """Billed spans of one resource: ``[start, end or None while running, USD per hour]``."""

    segments: list[tuple[float, float | None, float]] = field(default_factory=list)

    def start(self, when: float, rate: float) -> None:
        self.stop(when)
        self.segments.append((when, None, rate))

    def stop(self, when: float) -> None:
        if self.segments and self.segments[-1][1] is None:
            start, _, rate = self.segments[-1]
            self.segments[-1] = (start, max(start, when), rate)

    @property
    def running(self) -> bool:
        return bool(self.segments) and self.segments[-1][1] is None

    def amount(self, start: float, end: float, now: float) -> float:
        """USD billed between ``start`` and ``end`` (not beyond ``now``)."""
        total = 0.0
        for seg_start, seg_end, rate in self.segments:
            overlap = min(end, now, seg_end if seg_end is not None else now) - max(start, seg_start)
            if overlap > 0:
                total += rate * overlap / 3600
        return total

    def seconds(self, start: float, end: float, now: float) -> float:
        total = 0.0
        for seg_start, seg_end, _ in self.segments:
            overlap = min(end, now, seg_end if seg_end is not None else now) - max(start, seg_start)
            total += max(0.0, overlap)
        return total


def floor_to(when: float, size: str) -> float:
    """The start of the ``size`` bucket holding ``when``."""
    moment = datetime.fromtimestamp(when, UTC)
    if size == "hour":
        moment = moment.replace(minute=0, second=0, microsecond=0)
    else:
        moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        if size == "week":
            moment -= timedelta(days=moment.weekday())
        elif size == "month":
            moment = moment.replace(day=1)
        elif size == "year":
            moment = moment.replace(month=1, day=1)
    return moment.timestamp()


def next_bucket(start: float, size: str) -> float:
    moment = datetime.fromtimestamp(start, UTC)
    if size == "hour":
        return (moment + timedelta(hours=1)).timestamp()
    if size == "day":
        return (moment + timedelta(days=1)).timestamp()
    if size == "week":
        return (moment + timedelta(days=7)).timestamp()
    if size == "month":
        year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
        return moment.replace(year=year, month=month).timestamp()
    return moment.replace(year=moment.year + 1).timestamp()


def buckets(start: float, end: float, size: str, limit: int = 1000) -> list[tuple[float, float]]:
    """Calendar buckets covering ``[start, end)``: the first moved back to its bucket start,
    the last ending at or after ``end``. At most ``limit`` buckets (the latest ones)."""
    out: list[tuple[float, float]] = []
    start = max(start, end - (limit + 1) * _LONGEST[size])  # never walk further back than the limit needs
    cursor = floor_to(start, size)
    while cursor < end:
        following = next_bucket(cursor, size)
        out.append((cursor, following))
        cursor = following
    return out[-limit:]


def last_n(now: float, size: str, count: int) -> list[tuple[float, float]]:
    """The latest ``count`` buckets, the running one included."""
    end = next_bucket(floor_to(now, size), size)
    start = end
    for _ in range(count):
        start = floor_to(start - 1, size)
    return buckets(start, end, size)
