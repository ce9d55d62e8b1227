"""The pods' SSH servers: one asyncssh listener per running pod, all on one event loop.

The loop runs in a daemon thread shared by every mock cloud of the process; the host key is
generated once per process (ed25519). A pod's server accepts its user (``root``) with a key
listed in the pod's ``/root/.ssh/authorized_keys`` (read at each login, so keys installed over
SSH count) or with the pod's password where it has one, and nothing else. Sessions run the
mock shell (exec requests and interactive shells) or SFTP (``scp``, ``sftp``; legacy ``scp -O``
goes through the same files). Port forwarding, agent forwarding and X11 are refused.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import socket
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import asyncssh

from .pod import PodState
from .sftp import PodSftpServer
from .shell import Shell, ShellExit, Writer

SERVER_VERSION = "gpupods_mock"

logger = logging.getLogger("gpupods.mock.sshd")
T = TypeVar("T")


class _SshLoop:
    """An asyncio loop in a daemon thread; ``run`` executes a coroutine there and waits."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="gpupods-mock-sshd", daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
        if threading.current_thread() is self.thread:
            raise RuntimeError("the mock sshd loop cannot wait on itself")
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)


_shared_loop: _SshLoop | None = None
_shared_key: asyncssh.SSHKey | None = None
_shared_lock = threading.Lock()


def ssh_loop() -> _SshLoop:
    """The process's sshd loop (started on first use, and again in a forked child)."""
    global _shared_loop
    with _shared_lock:
        if _shared_loop is None or _shared_loop.pid != os.getpid():
            _shared_loop = _SshLoop()
        return _shared_loop


def host_key() -> asyncssh.SSHKey:
    """The process's host key (every mock pod presents it)."""
    global _shared_key
    with _shared_lock:
        if _shared_key is None:
            _shared_key = asyncssh.generate_private_key("ssh-ed25519", comment="gpupods-mock-host")
        return _shared_key


def host_public_key() -> str:
    """``ssh-ed25519 AAAA...``: the host key as a known_hosts entry carries it."""
    return " ".join(host_key().export_public_key("openssh").decode("ascii").split()[:2])


class _PodAuth(asyncssh.SSHServer):
    def __init__(self, pod: PodState) -> None:
        self.pod = pod
        self.conn: asyncssh.SSHServerConnection | None = None

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        self.conn = conn
        self.pod.connections.add(conn)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.conn is not None:
            self.pod.connections.discard(self.conn)

    def connection_requested(self, dest_host: str, dest_port: int, orig_host: str, orig_port: int) -> bool:
        return False  # no port forwarding: a mock pod is never a way into the host's network

    def server_requested(self, listen_host: str, listen_port: int) -> bool:
        return False

    def unix_connection_requested(self, dest_path: str) -> bool:
        return False

    def unix_server_requested(self, listen_path: str) -> bool:
        return False

    def begin_auth(self, username: str) -> bool:
        return True  # every login must authenticate

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        return username == self.pod.identity.user and key.public_data in self.pod.authorized_keys()

    def password_auth_supported(self) -> bool:
        return self.pod.identity.password is not None

    def validate_password(self, username: str, password: str) -> bool:
        expected = self.pod.identity.password
        if expected is None or username != self.pod.identity.user:
            return False
        return hmac.compare_digest(password.encode(), expected.encode())


async def _session(pod: PodState, process: asyncssh.SSHServerProcess[str]) -> None:
    """One session channel: an exec request or an interactive shell, on the mock shell."""

    def out(data: bytes) -> None:
        if data:
            process.stdout.write(data.decode("utf-8", "surrogateescape"))

    def err(data: bytes) -> None:
        if data:
            process.stderr.write(data.decode("utf-8", "surrogateescape"))

    async def read_stdin() -> bytes:
        return (await process.stdin.read()).encode("utf-8", "surrogateescape")

    shell = Shell(pod.identity, pod.files)
    status = 0
    try:
        if process.subsystem:
            err(f"subsystem {process.subsystem!r} is not supported\n".encode())
            status = 1
        elif process.command is not None:
            status = await shell.run(process.command, stdin=read_stdin, out=out, err=err)
        else:
            status = await _interactive(shell, process, out, err)
    except ShellExit as exit_:
        status = exit_.status
    except (asyncssh.BreakReceived, asyncssh.SignalReceived):
        status = 130
    except Exception:  # a defect in the mock shell must not take the pod's server down
        logger.exception("mock shell failed on pod %s", pod.identity.hostname)
        err(b"sh: internal error in the gpupods mock shell\n")
        status = 1
    process.exit(status)


async def _interactive(shell: Shell, process: asyncssh.SSHServerProcess[str], out: Writer, err: Writer) -> int:
    """Line by line, with a prompt when the client asked for a terminal (as a login shell shows
    it); commands read no standard input here (the session's input is the command lines)."""
    terminal = process.term_type is not None
    prompt = True
    while True:
        if terminal and prompt:
            out(shell.prompt.encode())
        prompt = True
        try:
            line = await process.stdin.readline()
        except asyncssh.TerminalSizeChanged:
            prompt = False
            continue
        except (asyncssh.BreakReceived, asyncssh.SignalReceived):
            out(b"\n")
            continue
        if not line:
            return shell.status
        await shell.run(line, out=out, err=err)


class PodServer:
    """A pod's listener on a socket bound by the caller (the pod's reserved port)."""

    def __init__(self, pod: PodState, acceptor: asyncssh.SSHAcceptor) -> None:
        self.pod = pod
        self.acceptor = acceptor

    @classmethod
    async def start(cls, pod: PodState, sock: socket.socket) -> PodServer:
        def sftp(chan: asyncssh.SSHServerChannel[Any]) -> asyncssh.SFTPServer:
            return PodSftpServer(chan, pod.files)

        async def session(process: asyncssh.SSHServerProcess[str]) -> None:
            await _session(pod, process)

        acceptor = await asyncssh.listen(
            sock=sock,
            server_factory=lambda: _PodAuth(pod),
            server_host_keys=[host_key()],
            server_version=SERVER_VERSION,
            process_factory=session,
            sftp_factory=sftp,
            allow_scp=True,
            encoding="utf-8",
            errors="surrogateescape",
            agent_forwarding=False,
            x11_forwarding=False,
            login_timeout=120,
            keepalive_interval=0,
        )
        return cls(pod, acceptor)

    async def stop(self) -> None:
        """Stop listening and drop every connection (the pod's sshd is gone)."""
        self.acceptor.close()
        for conn in list(self.pod.connections):
            conn.abort()
        self.pod.connections.clear()
        await self.acceptor.wait_closed()
