"""Pod names: how gpupods recognises a pod it created, and the lease that pod carries.

Every create puts a short random client token at the end of the pod's name
(``train-gp4k2m9x0q1z``); every provider keeps and returns the name, so listing the
provider's pods finds a pod that was created even when the answer to the create never arrived.

A pod with a lease (``PodSpec.ttl``, ``idle_limit``, ``max_cost``) carries it after the token,
as fields of one letter and a base-36 number (``train-gp4k2m9x0q1z-b1c8f3k-x2s0``):

====  =========================================================  ==================
tag   meaning                                                    unit
====  =========================================================  ==================
b     the lease's start (the create)                             time
x     ttl: the pod is terminated at start + ttl                  seconds
i     idle limit: stopped (or terminated) after this long idle   seconds
c     cost cap: terminated when its cost reaches this            US cents
s     the reaper first saw the GPUs idle (bookkeeping)           time
p     the reaper stopped the pod for idleness (bookkeeping)      time
====  =========================================================  ==================

Times are seconds since :data:`EPOCH` on the provider's clock. Names keep to letters, digits
and ``-`` and to :data:`MAX_NAME_LENGTH` characters, which every provider accepts; the name
is what every provider stores and returns, so any gpupods process reads the lease from a list.
Fields with a tag this version does not know are ignored when read.
"""

from __future__ import annotations

import functools
import re
import secrets
import string
from typing import NamedTuple

from .models import Lease

_ALPHABET = string.ascii_lowercase + string.digits
_DIGITS36 = string.digits + string.ascii_lowercase
_SUFFIX = re.compile(r"^(?P<name>.*)-gp(?P<token>[a-z0-9]{10})(?P<fields>(?:-[a-z][0-9a-z]+)*)$")
_FIELD = re.compile(r"-([a-z])([0-9a-z]+)")

#: The longest pod name every provider accepts (Lambda Cloud's limit; RunPod takes 191, Novita
#: 255). The user's part, the token and the lease together stay within it.
MAX_NAME_LENGTH = 64
#: Lease times count seconds from 2025-01-01T00:00:00Z (six base-36 digits last until 2093).
EPOCH = 1_735_689_600
#: The longest ttl a lease records (five base-36 digits of seconds: about 700 days).
MAX_TTL = 36**5 - 1
_TIME_DIGITS = 6
_TOKEN_PART = len("-gp") + 10


def new_token() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(10))


def _b36(value: int) -> str:
    if value < 0:
        raise ValueError(f"cannot encode {value} in a pod name (negative)")
    digits = ""
    while True:
        value, rest = divmod(value, 36)
        digits = _DIGITS36[rest] + digits
        if not value:
            return digits


def _time(when: float) -> str:
    encoded = _b36(int(when) - EPOCH)
    if len(encoded) > _TIME_DIGITS:
        raise ValueError(f"cannot encode time {when} in a pod name (after 2093)")
    return encoded


def _seconds(value: float) -> int:
    """Whole seconds, rounded up (a lease never ends earlier than asked)."""
    return max(1, int(-(-value // 1)))


def lease_fields(lease: Lease) -> str:
    """The lease as it appears after the token (empty for no lease)."""
    parts = [f"-b{_time(lease.started_at)}"]
    if lease.ttl is not None:
        ttl = _seconds(lease.ttl)
        if ttl > MAX_TTL:
            raise ValueError(f"a lease records a ttl of at most {MAX_TTL} seconds")
        parts.append(f"-x{_b36(ttl)}")
    if lease.idle_limit is not None:
        parts.append(f"-i{_b36(_seconds(lease.idle_limit))}")
    if lease.max_cost is not None:
        parts.append(f"-c{_b36(max(1, round(lease.max_cost * 100)))}")
    if lease.idle_since is not None:
        parts.append(f"-s{_time(lease.idle_since)}")
    if lease.stopped_at is not None:
        parts.append(f"-p{_time(lease.stopped_at)}")
    return "".join(parts)


def with_token(name: str, token: str, lease: Lease | None = None) -> str:
    """The full pod name: the user's ``name``, the client token and the lease, if any."""
    return f"{name}-gp{token}" + (lease_fields(lease) if lease is not None else "")


class PodName(NamedTuple):
    """A provider's pod name read back: the user's part, the client token, the lease (a
    named tuple: one is built for every pod of every list)."""

    name: str
    token: str | None = None
    lease: Lease | None = None


@functools.lru_cache(maxsize=4096)  # every list reads every name again: most were read before
def parse_name(raw: str | None) -> PodName:
    """Read a pod name; a name gpupods did not make is all the user's (no token, no lease)."""
    if not raw:
        return PodName(raw or "")
    match = _SUFFIX.match(raw)
    if match is None:
        return PodName(raw)
    return PodName(match.group("name"), match.group("token"), _lease(match.group("fields")))


def _lease(fields: str) -> Lease | None:
    if not fields:
        return None
    values = {tag: int(digits, 36) for tag, digits in _FIELD.findall(fields)}
    if "b" not in values:
        return None

    def time(tag: str) -> float | None:
        return float(values[tag] + EPOCH) if tag in values else None

    def number(tag: str, scale: float = 1.0) -> float | None:
        return values[tag] / scale if tag in values else None

    return Lease(
        started_at=float(values["b"] + EPOCH),
        ttl=number("x"),
        idle_limit=number("i"),
        max_cost=number("c", 100.0),
        idle_since=time("s"),
        stopped_at=time("p"),
    )


def split_token(name: str | None) -> tuple[str, str | None]:
    """(the user's name, the token) of a pod name; (name, None) for pods gpupods did not make."""
    parsed = parse_name(name)
    return parsed.name, parsed.token


def name_room(ttl: float | None, idle_limit: float | None, max_cost: float | None) -> int:
    """How many characters the user's part of a name may have with this lease, keeping room
    for the longest ttl an extension may record and for the reaper's bookkeeping."""
    if ttl is None and idle_limit is None and max_cost is None:
        return MAX_NAME_LENGTH - _TOKEN_PART
    worst = Lease(
        started_at=float(EPOCH + 36**_TIME_DIGITS - 1),
        ttl=float(MAX_TTL) if ttl is not None else None,
        idle_limit=idle_limit,
        max_cost=max_cost,
        # idle_since and stopped_at never appear together: the reaper keeps one or the other
        idle_since=float(EPOCH + 36**_TIME_DIGITS - 1) if idle_limit is not None else None,
    )
    return MAX_NAME_LENGTH - _TOKEN_PART - len(lease_fields(worst))
