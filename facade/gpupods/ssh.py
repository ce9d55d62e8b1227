"""Reaching pods with OpenSSH: the user's key, the pods' host keys, ``ssh``/``scp`` command lines.

    argv = ssh_command(pod, fleet.ssh_settings, "nvidia-smi")
    subprocess.run(argv)            # ssh -o UserKnownHostsFile=... -o HostKeyAlias=... -i ... -p PORT root@HOST -- nvidia-smi

Host keys. A provider makes a new host key for every pod, and reuses addresses and ports
for other pods, so a plain ``known_hosts`` either warns that the host key changed (a reused
address) or gets turned off. gpupods keeps the pods' host keys in a file of its own
(``~/.ssh/gpupods_known_hosts``, or ``GPUPODS_KNOWN_HOSTS``) under a name per pod and run,
``gpupods.<provider>.<pod id>.<unix time the pod started>`` (ssh's ``HostKeyAlias``): the first
connection to a pod's run records its key (trust on first use, ``StrictHostKeyChecking=accept-new``),
and later connections must present the same key or ssh refuses. A new pod, or the same pod
after a start (which may bring a new host key), is a new name, never a "host key changed"
warning. The user's own ``~/.ssh/known_hosts`` is not touched.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import NoSshKey
from .keys import DEFAULT_KEY_FILES, KEY_ENV, KEYGEN_COMMAND, PublicKey, UserKey, find_user_key, home_of
from .models import Pod, SshInfo

#: The variable naming the file where gpupods keeps pods' host keys.
KNOWN_HOSTS_ENV = "GPUPODS_KNOWN_HOSTS"
KNOWN_HOSTS_NAME = "gpupods_known_hosts"


@dataclass
class SshSettings:
    """Where the user's key comes from and where pods' host keys are kept.

    ``find`` returns the user's key (or None); it is called once, on first use, so a fleet
    that never creates a pod or opens SSH reads no key file."""

    known_hosts: Path
    find: Callable[[], UserKey | None] = field(repr=False)
    _found: list[UserKey | None] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SshSettings:
        """``GPUPODS_SSH_PUBLIC_KEY`` or the default key files; ``GPUPODS_KNOWN_HOSTS`` or
        ``~/.ssh/gpupods_known_hosts`` (``~`` is ``environ['HOME']`` when given)."""
        env = dict(os.environ if environ is None else environ)
        home = home_of(env)
        known = env.get(KNOWN_HOSTS_ENV) or str(home / ".ssh" / KNOWN_HOSTS_NAME)
        path = home / known[2:] if known.startswith("~/") else Path(known)
        return cls(path, lambda: find_user_key(env))

    @classmethod
    def with_key(cls, key: UserKey | None, known_hosts: Path) -> SshSettings:
        """Settings with a fixed key (or none): for tests and the mock clouds."""
        return cls(known_hosts, lambda: key)

    def user_key(self) -> UserKey | None:
        """The user's key, or None. Raises ``NoSshKey`` when the configured key is unreadable."""
        with self._lock:
            if not self._found:
                try:
                    self._found.append(self.find())
                except ValueError as exc:
                    raise NoSshKey(f"the SSH public key gpupods was pointed at is not usable: {exc}", _HINT) from None
            return self._found[0]

    def default_keys(self) -> tuple[PublicKey, ...]:
        """The keys a pod gets when its spec names none: the user's key. Raises ``NoSshKey``
        (with the command that makes a key) when there is none."""
        found = self.user_key()
        if found is None:
            files = ", ".join(f"~/.ssh/{name}" for name in DEFAULT_KEY_FILES)
            raise NoSshKey(
                f"no SSH public key to put on the pod: {KEY_ENV} is not set and none of {files} exists", _HINT
            )
        return (found.public,)

    @property
    def identity(self) -> Path | None:
        """The private key file of the user's key, when gpupods knows it."""
        found = self.user_key()
        return found.identity if found is not None else None


_HINT = (
    f"create a key with: {KEYGEN_COMMAND}  (or set {KEY_ENV} to a public key or a .pub file; "
    "PodSpec(ssh_keys=()) creates the pod without one)"
)


def host_key_alias(pod: Pod) -> str:
    """The name the pod's host key is kept under for this run of the pod (see the module doc)."""
    run = pod.started_at or pod.created_at
    return f"gpupods.{pod.provider}.{pod.id}" + (f".{int(run.timestamp())}" if run is not None else "")


def ssh_options(pod: Pod, settings: SshSettings, identity: Path | None = None) -> list[str]:
    """The options every ssh/scp run gets for ``pod``: gpupods' known_hosts, the pod's host-key
    name, trust on first use, and the user's key (``identity`` overrides it)."""
    options = [
        "-o",
        f"UserKnownHostsFile={settings.known_hosts}",
        "-o",
        f"HostKeyAlias={host_key_alias(pod)}",
        "-o",
        "StrictHostKeyChecking=accept-new",
        "-o",
        "HashKnownHosts=no",  # the names stay readable: gpupods looks its pods up in that file too
        "-o",
        "LogLevel=ERROR",  # no "Permanently added" line on every first connection; errors still show
    ]
    key = identity or settings.identity
    if key is not None:
        options += ["-i", str(key), "-o", "IdentitiesOnly=yes"]
    return options


def _target(ssh: SshInfo) -> str:
    return f"{ssh.user}@{ssh.host}"


def ssh_command(
    pod: Pod, settings: SshSettings, *command: str, identity: Path | None = None, extra: Sequence[str] = ()
) -> list[str]:
    """``ssh`` to the pod (interactive without ``command``); ``extra`` are more ssh options."""
    ssh = pod.require_ssh()
    argv = ["ssh", *ssh_options(pod, settings, identity), *extra, "-p", str(ssh.port), _target(ssh)]
    return argv + (["--", *command] if command else [])


def remote_path(pod: Pod, path: str) -> str:
    """``user@host:path`` for scp (an IPv6 host in brackets)."""
    ssh = pod.require_ssh()
    host = f"[{ssh.host}]" if ":" in ssh.host else ssh.host
    return f"{ssh.user}@{host}:{path}"


def scp_command(
    pod: Pod,
    settings: SshSettings,
    source: str,
    target: str,
    *,
    recursive: bool = False,
    identity: Path | None = None,
) -> list[str]:
    """``scp`` between the local machine and ``pod``: ``source``/``target`` are local paths or
    ``remote_path(pod, ...)`` values."""
    ssh = pod.require_ssh()
    flags = ["-r"] if recursive else []
    return ["scp", *ssh_options(pod, settings, identity), *flags, "-P", str(ssh.port), source, target]


# --- gpupods' known_hosts ------------------------------------------------------------------------


def known_host_keys(known_hosts: Path, alias: str) -> list[str]:
    """The ``type base64`` host keys recorded for ``alias``."""
    try:
        text = known_hosts.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3 and alias in parts[0].split(","):
            found.append(f"{parts[1]} {parts[2]}")
    return found


_KNOWN_HOSTS_LOCK = threading.Lock()


def record_host_key(known_hosts: Path, alias: str, key: str) -> None:
    """Add ``alias key`` to gpupods' known_hosts (created with its folder, mode 600)."""
    with _KNOWN_HOSTS_LOCK:
        known_hosts.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(known_hosts, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as out:
            out.write(f"{alias} {key.strip()}\n")


__all__ = [
    "KNOWN_HOSTS_ENV",
    "SshSettings",
    "host_key_alias",
    "known_host_keys",
    "record_host_key",
    "remote_path",
    "scp_command",
    "ssh_command",
    "ssh_options",
]
