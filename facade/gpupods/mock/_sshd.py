"""Stand-ins for the pods' sshd: real TCP ports on 127.0.0.1 that answer an SSH banner.

Each pod gets a port when it is created. The port refuses connections (bound, not
listening) until the mock decides the pod's sshd is up, then accepts and sends
``SSH-2.0-gpupods-mock``: exactly what a client probing for reachability sees on a real pod
that reports RUNNING before its sshd has started.
"""

from __future__ import annotations

import selectors
import socket
import threading

BANNER = b"SSH-2.0-gpupods-mock\r\n"


class SshdStandIns:
    def __init__(self) -> None:
        self._sockets: dict[str, socket.socket] = {}
        self._listening: set[str] = set()
        self._selector = selectors.DefaultSelector()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._selector.register(self._wake_r, selectors.EVENT_READ, None)
        self._closed = False

    def reserve(self, pod_id: str) -> int:
        """A port for the pod, refusing connections for now."""
        with self._lock:
            sock = self._sockets.get(pod_id)
            if sock is None:
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                sock.bind(("127.0.0.1", 0))
                self._sockets[pod_id] = sock
            return int(sock.getsockname()[1])

    def open(self, pod_id: str) -> None:
        """The pod's sshd is up: accept connections and send the banner."""
        with self._lock:
            sock = self._sockets.get(pod_id)
            if sock is None or pod_id in self._listening or self._closed:
                return
            sock.listen(16)
            sock.setblocking(False)
            self._selector.register(sock, selectors.EVENT_READ, pod_id)
            self._listening.add(pod_id)
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="gpupods-mock-sshd", daemon=True)
                self._thread.start()
        self._wake_w.send(b"x")

    def close(self, pod_id: str) -> None:
        """The pod stopped or is gone: its port refuses again (and is released)."""
        with self._lock:
            sock = self._sockets.pop(pod_id, None)
            if sock is None:
                return
            if pod_id in self._listening:
                self._listening.discard(pod_id)
                self._selector.unregister(sock)
            sock.close()

    def is_open(self, pod_id: str) -> bool:
        return pod_id in self._listening

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            ids = list(self._sockets)
        for pod_id in ids:
            self.close(pod_id)
        self._wake_w.send(b"x")

    def _serve(self) -> None:
        while not self._closed:
            for key, _ in self._selector.select(timeout=1.0):
                if key.data is None:
                    self._wake_r.recv(64)
                    continue
                try:
                    conn, _ = key.fileobj.accept()  # type: ignore[union-attr]
                except (BlockingIOError, OSError):
                    continue
                try:
                    conn.sendall(BANNER)
                except OSError:
                    pass
                finally:
                    conn.close()
