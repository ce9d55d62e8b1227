"""SSH public keys: parsing and fingerprints, the keys a provider account holds, and the user's key.

    key = PublicKey.parse("ssh-ed25519 AAAAC3Nza... me@laptop")
    key.fingerprint            # 'SHA256:...' as ssh-keygen -l prints it

gpupods installs the user's key on every pod it creates (``PodSpec.ssh_keys``, default: this
key). The user's key is ``GPUPODS_SSH_PUBLIC_KEY`` (the key itself, or the path of a ``.pub``
file), else the first of ``~/.ssh/id_ed25519.pub``, ``id_ecdsa.pub``, ``id_rsa.pub``. Keys are
told apart by fingerprint, never by name or comment: a key is registered on an account once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The variable naming the user's public key (the key line, or a path to a .pub file).
KEY_ENV = "GPUPODS_SSH_PUBLIC_KEY"
#: The files tried in turn when the variable is not set, in ``~/.ssh``.
DEFAULT_KEY_FILES = ("id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub")
#: The command that makes a key where there is none.
KEYGEN_COMMAND = "ssh-keygen -t ed25519"

KEY_TYPES = frozenset(
    {
        "ssh-ed25519",
        "ssh-rsa",
        "ecdsa-sha2-nistp256",
        "ecdsa-sha2-nistp384",
        "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com",
        "sk-ecdsa-sha2-nistp256@openssh.com",
        "ssh-dss",
    }
)
_COMMENT = re.compile(r"[^\x00-\x1f\x7f]*")
_NAME_CHARACTERS = re.compile(r"[^A-Za-z0-9@._-]+")


class NotAPublicKey(ValueError):
    """Text that is not an OpenSSH public key (the message says what is wrong, never the text)."""


@dataclass(frozen=True)
class PublicKey:
    """One OpenSSH public key: ``type``, the base64 ``data`` and an optional ``comment``."""

    type: str
    data: str
    comment: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """The key on one line of ``authorized_keys``/``.pub`` form (``type base64 [comment]``).
        Raises ``ValueError`` saying what is wrong."""
        if not isinstance(text, str):
            raise NotAPublicKey(f"a public key is a line of text, not {type(text).__name__}")
        line = text.strip()
        if "PRIVATE KEY" in line:
            raise NotAPublicKey("this is a private key: give the public one (the .pub file next to it)")
        if "\n" in line or "\r" in line:
            raise NotAPublicKey("give one key per entry (a public key is one line)")
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise NotAPublicKey("not an OpenSSH public key (expected 'ssh-ed25519 AAAA... [comment]')")
        kind, data = parts[0], parts[1]
        comment = parts[2].strip() if len(parts) == 3 else ""
        if kind not in KEY_TYPES:
            raise NotAPublicKey(f"unknown key type {kind[:40]!r} (expected one of {', '.join(sorted(KEY_TYPES))})")
        try:
            blob = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise NotAPublicKey(f"the {kind} key's data is not base64") from None
        if _blob_type(blob) != kind:
            raise NotAPublicKey(f"the key's data does not hold a {kind} key (a damaged or mixed-up key)")
        if not _COMMENT.fullmatch(comment):
            raise NotAPublicKey("the key's comment has control characters")
        return cls(kind, data, comment)

    @property
    def blob(self) -> bytes:
        return base64.b64decode(self.data)

    @property
    def fingerprint(self) -> str:
        """``SHA256:<base64>``, as ``ssh-keygen -l`` and the providers' consoles show it."""
        digest = hashlib.sha256(self.blob).digest()
        return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")

    @property
    def line(self) -> str:
        """The key as one ``authorized_keys`` line."""
        return f"{self.type} {self.data}" + (f" {self.comment}" if self.comment else "")

    def suggested_name(self) -> str:
        """A name to register the key under: ``gpupods-<fingerprint start>[-comment]``."""
        short = re.sub(r"[^A-Za-z0-9]", "", self.fingerprint.removeprefix("SHA256:"))[:8]
        comment = _NAME_CHARACTERS.sub("-", self.comment).strip("-")
        return f"gpupods-{short}" + (f"-{comment}" if comment else "")[:40]

    def __str__(self) -> str:
        return self.line


def _blob_type(blob: bytes) -> str | None:
    """The key type named at the start of a key blob (uint32 length, then the name)."""
    if len(blob) < 4:
        return None
    (length,) = struct.unpack(">I", blob[:4])
    if length > 64 or len(blob) < 4 + length:
        return None
    try:
        return blob[4 : 4 + length].decode("ascii")
    except UnicodeDecodeError:
        return None


def matches(key: PublicKey, ref: str) -> bool:
    """Whether ``ref`` names ``key``: its fingerprint (with or without ``SHA256:``) or its line."""
    ref = ref.strip()
    if ref in (key.fingerprint, key.fingerprint.removeprefix("SHA256:")):
        return True
    try:
        return PublicKey.parse(ref) == key
    except ValueError:
        return False


@dataclass(frozen=True)
class SshKey:
    """A public key registered on a provider account (``fleet.ssh_keys(provider)``).

    ``id`` is the provider's id for it (RunPod keeps a plain list of keys: there the id is
    the fingerprint). ``raw`` is the provider's own object."""

    provider: str
    id: str
    name: str
    key: PublicKey
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint

    @property
    def public_key(self) -> str:
        return self.key.line


@dataclass(frozen=True)
class UserKey:
    """The user's key: the public key, where it came from, and the private key file next to
    it when there is one (for ``ssh -i``; without it ssh uses its agent and default keys)."""

    public: PublicKey
    source: str
    identity: Path | None = None


def home_of(environ: Mapping[str, str] | None) -> Path:
    """The home directory ``environ`` names (``HOME``), else the process's."""
    home = (environ if environ is not None else os.environ).get("HOME")
    return Path(home) if home else Path.home()


def find_user_key(environ: Mapping[str, str] | None = None) -> UserKey | None:
    """The user's key (``GPUPODS_SSH_PUBLIC_KEY``, else the first default key file), or None
    when there is none. Raises ``ValueError`` when the variable or the file is not a key."""
    environ = os.environ if environ is None else environ
    home = home_of(environ)
    setting = (environ.get(KEY_ENV) or "").strip()
    if setting:
        if setting.split(None, 1)[0] in KEY_TYPES:
            key = PublicKey.parse(setting)
            return UserKey(key, KEY_ENV, _identity_for(key, home / ".ssh"))
        path = home / setting[2:] if setting.startswith("~/") else Path(setting)
        return read_key_file(path, f"{KEY_ENV}={setting}")
    for name in DEFAULT_KEY_FILES:
        path = home / ".ssh" / name
        if path.is_file():
            return read_key_file(path, str(path))
    return None


def read_key_file(path: Path, source: str) -> UserKey:
    """The public key in ``path`` (its first key line), with the private key beside it."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise NotAPublicKey(f"{source}: cannot read the key file ({exc.strerror or exc})") from None
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise NotAPublicKey(f"{source}: the file holds no key")
    try:
        key = PublicKey.parse(lines[0])
    except ValueError as exc:
        raise NotAPublicKey(f"{source}: {exc}") from None
    private = path.with_suffix("") if path.suffix == ".pub" else None
    return UserKey(key, source, private if private is not None and private.is_file() else None)


def _identity_for(key: PublicKey, folder: Path) -> Path | None:
    """The private key in ``folder`` whose ``.pub`` holds ``key``, if any."""
    try:
        candidates = sorted(folder.glob("*.pub"))
    except OSError:
        return None
    for pub in candidates:
        try:
            found = read_key_file(pub, str(pub))
        except ValueError:
            continue
        if found.public == key:
            return found.identity
    return None


__all__ = [
    "DEFAULT_KEY_FILES",
    "KEYGEN_COMMAND",
    "KEY_ENV",
    "KEY_TYPES",
    "NotAPublicKey",
    "PublicKey",
    "SshKey",
    "UserKey",
    "find_user_key",
    "matches",
    "read_key_file",
]
