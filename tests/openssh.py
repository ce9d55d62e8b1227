"""The real OpenSSH client (``ssh``, ``scp``, ``sftp``, ``ssh-keygen``), hermetic, for tests.

Every command runs with ``-F /dev/null`` (no user or system config), a known_hosts file of its
own that pins the mock pods' host key (``StrictHostKeyChecking=yes``), ``BatchMode=yes``
(no prompt can hang a test) and ``IdentitiesOnly=yes`` with the one key it is given (no agent,
no default keys). ``nox -s tests`` installs Debian's openssh-client when it is missing; where
it cannot, ``require_openssh`` skips with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from gpupods.mock._sshd import SshdStandIns

TOOLS = ("ssh", "scp", "sftp", "ssh-keygen")
TIMEOUT = 120  # seconds: a generous bound for one client run on a busy machine, never a wait


def require_openssh() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"OpenSSH client tools not found: {', '.join(missing)}. Install Debian's openssh-client "
            "(nox -s tests installs it when apt-get is available); the SSH tests did NOT run."
        )


@dataclass
class Key:
    private: Path

    @property
    def public(self) -> str:
        return Path(f"{self.private}.pub").read_text().strip()


class OpenSsh:
    """Runs the OpenSSH client tools against mock pods on 127.0.0.1."""

    def __init__(self, home: Path) -> None:
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        self.known_hosts = home / "known_hosts"
        self.known_hosts.touch()
        self.pinned: set[int] = set()

    def keygen(self, name: str) -> Key:
        path = self.home / name
        subprocess.run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(path)], check=True, timeout=TIMEOUT
        )
        return Key(path)

    def pin(self, port: int, line: str | None = None) -> None:
        """Trust the mock pods' host key on ``port`` (or ``line`` as that port's known_hosts entry)."""
        with self.known_hosts.open("a") as out:
            out.write((line or SshdStandIns.known_hosts_line(port)) + "\n")
        self.pinned.add(port)

    def options(self, key: Key | None, *, batch: bool = True) -> list[str]:
        """Strict, hermetic options (ssh takes the first value of an option, so these win)."""
        opts = [
            "-F",
            "/dev/null",
            "-o",
            f"UserKnownHostsFile={self.known_hosts}",
            "-o",
            "GlobalKnownHostsFile=/dev/null",
            "-o",
            "StrictHostKeyChecking=yes",
            "-o",
            f"BatchMode={'yes' if batch else 'no'}",
            "-o",
            "ConnectTimeout=60",
        ]
        if key is None:
            opts += ["-o", "PubkeyAuthentication=no", "-o", "IdentityAgent=none"]
        else:
            opts += ["-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none", "-i", str(key.private)]
        return opts

    def _run(
        self, argv: list[str], stdin: str | bytes | None, env: dict[str, str] | None
    ) -> subprocess.CompletedProcess[bytes]:
        data = stdin.encode() if isinstance(stdin, str) else stdin
        return subprocess.run(
            argv,
            input=data,
            stdin=None if data is not None else subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
            env=env,
        )

    def ssh(
        self,
        port: int,
        *command: str,
        key: Key | None,
        stdin: str | bytes | None = None,
        extra: tuple[str, ...] = (),
        user: str = "root",
    ) -> subprocess.CompletedProcess[bytes]:
        """``ssh -p PORT USER@127.0.0.1 [-- COMMAND]`` with ``key`` (and nothing else)."""
        tail = ["--", *command] if command else []
        target = f"{user}@127.0.0.1"
        return self._run(["ssh", *self.options(key), *extra, "-p", str(port), target, *tail], stdin, None)

    def ssh_password(
        self,
        port: int,
        password: str,
        *command: str,
        stdin: str | bytes | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        """``ssh`` that logs in with ``password`` only, read from an SSH_ASKPASS helper (never a prompt)."""
        helper = self.home / "askpass.sh"
        if not helper.exists():
            helper.write_text('#!/bin/sh\nprintf "%s\\n" "$GPUPODS_TEST_PASSWORD"\n')
            helper.chmod(0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith("SSH_")}
        env.update(SSH_ASKPASS=str(helper), SSH_ASKPASS_REQUIRE="force", DISPLAY="", GPUPODS_TEST_PASSWORD=password)
        argv = [
            "ssh",
            *self.options(None, batch=False),
            "-o",
            "PreferredAuthentications=keyboard-interactive,password",
            "-o",
            "NumberOfPasswordPrompts=1",
            "-p",
            str(port),
            "root@127.0.0.1",
            "--",
            *command,
        ]
        return self._run(argv, stdin, env)

    def scp(
        self, port: int, source: str, target: str, *, key: Key, legacy: bool = False, user: str = "root"
    ) -> subprocess.CompletedProcess[bytes]:
        """``scp`` with ``pod:`` standing for ``USER@127.0.0.1:`` on either side (SFTP unless ``legacy``)."""
        paths = [p.replace("pod:", f"{user}@127.0.0.1:", 1) if p.startswith("pod:") else p for p in (source, target)]
        flags = ["-O"] if legacy else []
        return self._run(["scp", *self.options(key), *flags, "-P", str(port), *paths], None, None)

    def sftp(self, port: int, batch: str, *, key: Key, user: str = "root") -> subprocess.CompletedProcess[bytes]:
        """``sftp -b -`` with ``batch`` as the commands."""
        return self._run(["sftp", *self.options(key), "-P", str(port), "-b", "-", f"{user}@127.0.0.1"], batch, None)
