"""The pods' sshd: a real SSH server on 127.0.0.1 for each mock pod, from the cloud's lifecycle.

A cloud ``reserve``s a port when it creates a pod, passing the pod's ``PodIdentity`` (name,
environment, GPUs, the public keys it was created with, Novita's root password). The port
refuses connections (bound, not listening) until the cloud decides the pod's sshd is up and
calls ``open``: exactly what a client probing for reachability sees on a real pod that reports
RUNNING before its sshd has started. ``close`` (stop, terminate) stops the server and drops its
connections; the pod's files and keys are kept for a later ``reserve`` + ``open`` (start).

What a server accepts and runs is in ``gpupods.mock._ssh.server``. Every pod of the process
presents one host key: ``host_public_key()`` / ``known_hosts_line(port)`` let a client pin it.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from typing import Any

from ._ssh.files import PodFiles
from ._ssh.identity import PodIdentity
from ._ssh.pod import PodState

LOOPBACK = "127.0.0.1"


@dataclass
class _Slot:
    state: PodState
    sock: socket.socket | None = None  # bound, not listening, while the sshd is down
    server: Any = None  # a running PodServer


class SshdStandIns:
    """The sshd of every pod of one cloud (all of them on the process's one sshd thread)."""

    def __init__(self) -> None:
        self._slots: dict[str, _Slot] = {}
        self._lock = threading.Lock()
        self._closed = False

    def reserve(self, pod_id: str, identity: PodIdentity | None = None) -> int:
        """A port for the pod, refusing connections for now. ``identity`` is required the first
        time to accept anyone; later calls without it keep what the pod had (its files too)."""
        with self._lock:
            slot = self._slots.get(pod_id)
            if slot is None:
                slot = self._slots[pod_id] = _Slot(PodState(identity or PodIdentity(hostname=pod_id)))
            elif identity is not None:
                slot.state.identity = identity
                slot.state.add_keys(identity.authorized_keys)
            if slot.sock is None and slot.server is None:
                slot.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                slot.sock.bind((LOOPBACK, 0))
            return self._port(slot)

    def open(self, pod_id: str) -> None:
        """The pod's sshd is up: its SSH server accepts connections on the reserved port."""
        with self._lock:
            slot = self._slots.get(pod_id)
            if slot is None or slot.sock is None or slot.server is not None or self._closed:
                return
            from ._ssh.server import PodServer, ssh_loop

            sock, slot.sock = slot.sock, None
            try:
                slot.server = ssh_loop().run(PodServer.start(slot.state, sock))
            except BaseException:
                sock.close()
                raise

    def close(self, pod_id: str) -> None:
        """The pod stopped or is gone: its port refuses again (and is released)."""
        with self._lock:
            slot = self._slots.get(pod_id)
            if slot is None:
                return
            server, sock = slot.server, slot.sock
            slot.server = slot.sock = None
        if server is not None:
            from ._ssh.server import ssh_loop

            ssh_loop().run(server.stop())
        elif sock is not None:
            sock.close()

    def forget(self, pod_id: str) -> None:
        """Close the pod's sshd and drop its files and keys (the pod is gone for good)."""
        self.close(pod_id)
        with self._lock:
            self._slots.pop(pod_id, None)

    def is_open(self, pod_id: str) -> bool:
        slot = self._slots.get(pod_id)
        return slot is not None and slot.server is not None

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            ids = list(self._slots)
        for pod_id in ids:
            self.forget(pod_id)

    # --- for clients and tests ---------------------------------------------------------------------

    def identity(self, pod_id: str) -> PodIdentity:
        return self._slots[pod_id].state.identity

    def files(self, pod_id: str) -> PodFiles:
        """The pod's filesystem (what its shell and SFTP see)."""
        return self._slots[pod_id].state.files

    def port(self, pod_id: str) -> int | None:
        slot = self._slots.get(pod_id)
        return None if slot is None or (slot.sock is None and slot.server is None) else self._port(slot)

    @staticmethod
    def _port(slot: _Slot) -> int:
        if slot.sock is not None:
            return int(slot.sock.getsockname()[1])
        return int(slot.server.acceptor.get_port())

    @staticmethod
    def host_public_key() -> str:
        """The host key every mock pod of this process presents (``ssh-ed25519 AAAA...``)."""
        from ._ssh.server import host_public_key

        return host_public_key()

    @classmethod
    def known_hosts_line(cls, port: int, host: str = LOOPBACK) -> str:
        """A known_hosts line that pins the mock pods' host key for ``host:port``."""
        return f"[{host}]:{port} {cls.host_public_key()}"


__all__ = ["PodIdentity", "SshdStandIns"]
