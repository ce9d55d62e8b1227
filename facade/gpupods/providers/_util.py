"""Small helpers the provider backends share."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from .._checks import ID_PATTERN
from ..keys import PublicKey
from ..models import PodSpec, SshInfo

_SSH = re.compile(r"(?:ssh\s+)?(?:(?P<user>[\w.-]+)@)?(?P<host>[\w.:-]+)(?:\s+-p\s*(?P<port>\d+))?")


def val(value: Any) -> Any:
    """``None`` for the generated clients' ``UNSET`` marker, the value otherwise."""
    return None if type(value).__name__ == "Unset" else value


def as_datetime(value: Any) -> datetime | None:
    value = val(value)
    if value is None or isinstance(value, datetime):
        return value
    return _iso_time(str(value))


@functools.lru_cache(maxsize=4096)  # a pod's times are the same on every read
def _iso_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)  # Python 3.11 reads a trailing "Z" too
    except ValueError:
        return None


def parse_ssh(text: str | None, password: str | None = None) -> SshInfo | None:
    """``"ssh root@1.2.3.4 -p 2222"`` or ``"root@1.2.3.4 -p 2222"`` -> SshInfo."""
    found = _ssh_address(text) if text else None
    if found is None or password is None:
        return found
    return dataclasses.replace(found, password=password)  # passwords are never cached


@functools.lru_cache(maxsize=4096)  # SshInfo is immutable: pods read again share it
def _ssh_address(text: str) -> SshInfo | None:
    match = _SSH.search(text.strip())
    if not match or not match.group("host"):
        return None
    return SshInfo(host=match.group("host"), port=int(match.group("port") or 22), user=match.group("user") or "root")


def stock_level(text: str | None) -> str:
    """A provider's stock word as one of high, medium, low, none, unknown."""
    word = (text or "").strip().lower()
    if word in ("high", "normal", "medium", "low", "none"):
        return {"normal": "medium"}.get(word, word)
    if word in ("unavailable", "out of stock", "sold out"):
        return "none"
    return "unknown"


def answer_id(value: Any) -> str:
    """The id a provider's answer gives a new resource. An id that could not be used (missing,
    or one that would address another path) raises ValueError, which the flow runner reports
    as a ``ProviderError`` about that answer: for a create, "the pod may exist"."""
    value = val(value)
    if isinstance(value, str) and ID_PATTERN.fullmatch(value):
        return value
    raise ValueError(f"the answer gives no usable id ({str(value)[:60]!r})")


#: The pod variable RunPod's images (and many others) install SSH public keys from, one a line.
PUBLIC_KEY_ENV = "PUBLIC_KEY"


def parses_as_key(line: str) -> bool:
    """Whether ``line`` is one OpenSSH public key."""
    try:
        PublicKey.parse(line)
    except ValueError:
        return False
    return True


def with_public_keys(spec: PodSpec, keys: Sequence[PublicKey]) -> PodSpec:
    """``spec`` with ``keys`` added to its ``PUBLIC_KEY`` variable (one key a line, each once)."""
    lines = [line for line in (spec.env.get(PUBLIC_KEY_ENV) or "").splitlines() if line.strip()]
    present = {PublicKey.parse(line) for line in lines if parses_as_key(line)}
    lines += [key.line for key in keys if key not in present]
    return dataclasses.replace(spec, env={**spec.env, PUBLIC_KEY_ENV: "\n".join(lines)})


def public_keys_in(env: dict[str, str] | None) -> tuple[PublicKey, ...]:
    """The keys a pod's ``PUBLIC_KEY`` variable holds (lines that are not keys are skipped)."""
    text = (env or {}).get(PUBLIC_KEY_ENV) or ""
    return tuple(dict.fromkeys(PublicKey.parse(line) for line in text.splitlines() if parses_as_key(line)))
