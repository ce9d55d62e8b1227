"""A mock pod as its sshd holds it: identity, files, live connections."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .files import PodFiles
from .identity import PodIdentity, key_lines

AUTHORIZED_KEYS = "/root/.ssh/authorized_keys"
_KEY_TYPES = ("ssh-", "ecdsa-", "sk-ssh-", "sk-ecdsa-")


@dataclass
class PodState:
    """Kept while the pod exists (a stopped pod keeps its files); ``connections`` are the
    server's open SSH connections (asyncssh objects, touched only on the sshd loop)."""

    identity: PodIdentity
    files: PodFiles = field(default_factory=PodFiles)
    connections: set[Any] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.files.mkdir("/root/.ssh", parents=True, mode=0o700)
        self.files.write("/etc/hostname", (self.identity.hostname + "\n").encode())
        self.add_keys(self.identity.authorized_keys)

    def add_keys(self, keys: tuple[str, ...] | list[str]) -> None:
        """Append the keys that the pod's authorized_keys does not list yet."""
        try:
            present = set(key_lines([self.files.read(AUTHORIZED_KEYS).decode("utf-8", "replace")]))
        except OSError:
            present = set()
            self.files.write(AUTHORIZED_KEYS, b"", mode=0o600)
        new = [k for k in key_lines(keys) if k not in present]
        if new:
            self.files.write(AUTHORIZED_KEYS, "".join(k + "\n" for k in new).encode(), append=True, mode=0o600)

    def authorized_keys(self) -> set[bytes]:
        """The public keys (wire form) in the pod's authorized_keys now; other lines are skipped."""
        import asyncssh

        try:
            text = self.files.read(AUTHORIZED_KEYS).decode("utf-8", "replace")
        except OSError:
            return set()
        found = set()
        for line in text.splitlines():
            tokens = line.split()
            for index, token in enumerate(tokens[:-1]):
                if token.startswith(_KEY_TYPES):
                    try:
                        found.add(asyncssh.import_public_key(f"{token} {tokens[index + 1]}").public_data)
                    except (asyncssh.KeyImportError, ValueError):
                        continue
                    break
        return found
