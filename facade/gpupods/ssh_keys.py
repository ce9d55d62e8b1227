"""The SSH keys registered on a provider account: ``fleet.ssh_keys(provider)``.

    keys = fleet.ssh_keys("primeintellect")
    keys.list()                               # [SshKey(provider, id, name, key), ...]
    keys.add(open("~/.ssh/id_ed25519.pub").read())   # registered once: the same key again returns it
    keys.remove("SHA256:...")                 # by id, fingerprint or the key itself

Keys are told apart by fingerprint. RunPod keeps a plain list of keys (installed in every pod
through its ``PUBLIC_KEY``); Prime Intellect gives each key an id (a pod gets one of them);
Novita has no key API (``UnsupportedOperation``: gpupods installs keys there over the pod's
password login instead).
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from ._flow import Flow, run_async, run_sync
from .errors import InvalidArgument, NotFoundError
from .keys import PublicKey, SshKey, matches

if TYPE_CHECKING:
    from .fleet import AsyncFleet, Fleet
    from .providers._base import Backend

KeyRef = str | PublicKey | SshKey


def _public_key(key: str | PublicKey) -> PublicKey:
    if isinstance(key, PublicKey):
        return key
    try:
        return PublicKey.parse(key)
    except ValueError as exc:
        raise InvalidArgument("key", str(exc)) from None


def _is(entry: SshKey, ref: KeyRef) -> bool:
    if isinstance(ref, SshKey):
        return entry.key == ref.key
    if isinstance(ref, PublicKey):
        return entry.key == ref
    return ref.strip() == entry.id or matches(entry.key, ref)


def _remove_flow(backend: Backend, ref: KeyRef) -> Flow[SshKey]:
    for entry in (yield from backend.account_ssh_keys()):
        if _is(entry, ref):
            yield from backend.unregister_ssh_key(entry)
            return entry
    shown = ref.fingerprint if isinstance(ref, SshKey | PublicKey) else ref.strip()[:60]
    raise NotFoundError(
        f"no SSH key {shown!r} on the account", provider=backend.name, provider_title=backend.title, status_code=404
    )


class SshKeys:
    """One provider account's SSH keys, blocking."""

    def __init__(self, fleet: Fleet, backend: Backend) -> None:
        self._fleet, self._backend = fleet, backend

    def list(self) -> builtins.list[SshKey]:
        return run_sync(self._backend.account_ssh_keys(), self._backend.session())

    def add(self, key: str | PublicKey, name: str | None = None) -> SshKey:
        """Register ``key`` (an OpenSSH public-key line); a key already there is returned as it is."""
        return run_sync(self._backend.ensure_ssh_key(_public_key(key), name), self._backend.session())

    def remove(self, key: KeyRef) -> SshKey:
        """Remove the key with this id, fingerprint or public key; returns it (``NotFoundError`` if none)."""
        return run_sync(_remove_flow(self._backend, key), self._backend.session())


class AsyncSshKeys:
    """One provider account's SSH keys, as coroutines."""

    def __init__(self, fleet: AsyncFleet, backend: Backend) -> None:
        self._fleet, self._backend = fleet, backend

    async def list(self) -> builtins.list[SshKey]:
        return await run_async(self._backend.account_ssh_keys(), self._backend.session())

    async def add(self, key: str | PublicKey, name: str | None = None) -> SshKey:
        return await run_async(self._backend.ensure_ssh_key(_public_key(key), name), self._backend.session())

    async def remove(self, key: KeyRef) -> SshKey:
        return await run_async(_remove_flow(self._backend, key), self._backend.session())


__all__ = ["AsyncSshKeys", "SshKeys"]
