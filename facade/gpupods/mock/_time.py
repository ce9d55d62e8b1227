"""Timestamps as the providers write them, from a mock clock's epoch seconds."""

from __future__ import annotations

from datetime import UTC, datetime


def iso_z(when: float) -> str:
    """``2026-11-23T12:00:00Z``: seconds, a ``Z`` suffix (RunPod)."""
    return datetime.fromtimestamp(when, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def iso_ms_z(when: float) -> str:
    """``2026-11-23T12:00:00.000Z``: milliseconds, a ``Z`` suffix (JavaScript ``toISOString``)."""
    return datetime.fromtimestamp(when, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iso_offset(when: float) -> str:
    """``2026-11-23T12:00:00.000000+00:00``: microseconds and an offset (Python ``isoformat``)."""
    return datetime.fromtimestamp(when, UTC).isoformat(timespec="microseconds")


def unix_text(when: float) -> str:
    """Epoch seconds as a decimal string (Novita)."""
    return str(int(when))


def day(when: float) -> str:
    """``2026-11-23``."""
    return datetime.fromtimestamp(when, UTC).date().isoformat()
