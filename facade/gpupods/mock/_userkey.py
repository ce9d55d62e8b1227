"""The user's side of SSH in a mock session: a throwaway key pair and known_hosts file.

``MockClouds.fleet_options()`` gives fleets these settings, so pods created on the mock clouds
get a key whose private half the session has (``clouds.user_key().identity``), and no file of
the real user (``~/.ssh``) is read or written. Made on first use, removed with the clouds.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

from ..keys import UserKey, read_key_file
from ..ssh import SshSettings

KEY_NAME = "id_ed25519"


class MockUserSsh:
    """A folder of its own holding the session's key pair (``id_ed25519``) and ``known_hosts``."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._key: UserKey | None = None
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="gpupods-mock-ssh-"))
            return self._folder

    def user_key(self) -> UserKey:
        """The session's key (an ed25519 pair, made on first use)."""
        folder = self.folder
        with self._lock:
            if self._key is None:
                self._key = _generate(folder / KEY_NAME)
            return self._key

    def settings(self) -> SshSettings:
        return SshSettings(self.folder / "known_hosts", self.user_key)

    def close(self) -> None:
        with self._lock:
            folder, self._folder, self._key = self._folder, None, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _generate(path: Path) -> UserKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    private = ed25519.Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    )
    public = private.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(pem)
    Path(f"{path}.pub").write_bytes(public + b" gpupods-mock-user\n")
    return read_key_file(Path(f"{path}.pub"), "the mock session's key")
