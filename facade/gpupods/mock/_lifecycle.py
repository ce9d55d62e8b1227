"""How long a mock pod spends in each phase, on the mock's clock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Lifecycle:
    """Phase durations in seconds. ``scale`` multiplies them all (the demo uses 0.05)."""

    provisioning: float = 20.0
    pulling: float = 15.0
    starting: float = 10.0
    sshd_delay: float = 5.0  # after the provider reports running, before sshd answers
    stopping: float = 6.0
    terminating: float = 4.0
    scale: float = 1.0

    def __getattribute__(self, name: str) -> Any:
        value = object.__getattribute__(self, name)
        if name in ("provisioning", "pulling", "starting", "sshd_delay", "stopping", "terminating"):
            return float(value) * object.__getattribute__(self, "scale")
        return value

    @classmethod
    def fast(cls) -> Lifecycle:
        return cls(scale=0.05)


def phase_at(phases: Sequence[tuple[str, float]], elapsed: float) -> tuple[str, float]:
    """(phase, fraction done) after ``elapsed`` seconds; the last phase never ends."""
    for name, duration in phases[:-1]:
        if elapsed < duration:
            return name, (elapsed / duration if duration > 0 else 1.0)
        elapsed -= duration
    return phases[-1][0], 1.0


def time_until(phases: Sequence[tuple[str, float]], target: str) -> float:
    """Seconds from the start of ``phases`` until ``target`` begins."""
    total = 0.0
    for name, duration in phases:
        if name == target:
            return total
        total += duration
    return total
