"""The loopback server bounds what a client can hold, on every cloud: an oversized body is
refused with 413 in the API's shape without being read, a stalled or drip-fed request is cut
with 408, an idle connection is closed, an oversized head gets 431, hostile JSON a 400.

Clients here are raw sockets (an HTTP library would not misbehave on purpose). Waits are
bounded by generous socket timeouts; nothing asserts how fast the server is.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from gpupods.mock import CLOUD_CLASSES, LoopbackServer, MockClouds, VirtualClock
from gpupods.mock._core import SpecMock
from gpupods.mock._graphql import GraphQLMock
from gpupods.mock._limits import MAX_BODY_BYTES

KEY = "loopback-key"
PATIENCE = 30.0  # seconds a test waits for the server before failing


@pytest.fixture(scope="module", params=sorted(CLOUD_CLASSES))
def served(request: pytest.FixtureRequest) -> Iterator[tuple[Any, LoopbackServer]]:
    with MockClouds(clock=VirtualClock(), sshd=False, providers=(request.param,), api_keys=[KEY]) as clouds:
        cloud = clouds.cloud(request.param)
        with LoopbackServer(cloud, read_timeout=0.5, idle_timeout=0.5) as server:
            yield cloud, server


def _post_routes(cloud: Any) -> Iterator[tuple[str, Any]]:
    """A path that takes a POST body on each API of the cloud, with the API."""
    for api in cloud.apis.values():
        if isinstance(api, GraphQLMock):
            yield api.path, api
        elif isinstance(api, SpecMock):
            op = next(o for o in api.spec.routes if o.method == "POST" and "{" not in o.path)
            yield api.base_path + op.path, api


def _connect(server: LoopbackServer) -> socket.socket:
    sock = socket.create_connection((server.host, server.port), timeout=PATIENCE)
    return sock


def _read_until_closed(sock: socket.socket) -> bytes:
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk


def _parse(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


def _shape_ok(api: Any, status: int, body: bytes) -> bool:
    keys = set(json.loads(body))
    if isinstance(api, GraphQLMock):
        return keys == set(api.error_body(status, "m", "C"))
    return keys in [set(api.error_body(status, "m", d)[0]) for d in ([], [("f", "p")])]


def _head(method: str, path: str, extra: str = "") -> bytes:
    return (
        f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {KEY}\r\n"
        f"Content-Type: application/json\r\n{extra}\r\n"
    ).encode()


def test_a_declared_oversized_body_is_refused_unread(served: tuple[Any, LoopbackServer]) -> None:
    cloud, server = served
    for path, api in _post_routes(cloud):
        with _connect(server) as sock:
            sock.sendall(_head("POST", path, f"Content-Length: {50 * MAX_BODY_BYTES}\r\n"))
            status, headers, body = _parse(_read_until_closed(sock))  # answered and closed, body never sent
        assert status == 413 and _shape_ok(api, 413, body), body[:200]
        assert headers.get("connection") == "close"


def test_a_chunked_body_over_the_limit_is_cut(served: tuple[Any, LoopbackServer]) -> None:
    cloud, server = served
    path, api = next(_post_routes(cloud))
    with _connect(server) as sock:
        sock.sendall(_head("POST", path, "Transfer-Encoding: chunked\r\n"))
        chunk = b"x" * 65536
        try:
            for _ in range(MAX_BODY_BYTES // len(chunk) + 2):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except OSError:
            pass  # the server may close before the last chunks
        status, _, body = _parse(_read_until_closed(sock))
    assert status == 413 and _shape_ok(api, 413, body), body[:200]


@pytest.mark.parametrize("stall", ["head", "body"])
def test_stalled_and_drip_fed_requests_are_cut(served: tuple[Any, LoopbackServer], stall: str) -> None:
    cloud, server = served
    path, _ = next(_post_routes(cloud))
    before = server.cut
    with _connect(server) as sock:
        if stall == "head":
            sock.sendall(_head("POST", path)[:20])  # part of the request line, then nothing
            raw = _read_until_closed(sock)
        else:
            sock.sendall(_head("POST", path, "Content-Length: 1000\r\n"))
            raw = b""
            try:
                for _ in range(1000):  # one byte at a time, forever by a server's standards
                    sock.sendall(b" ")
                    sock.settimeout(0.2)
                    try:
                        raw = sock.recv(65536)
                    except TimeoutError:
                        continue
                    break
            except OSError:
                pass
            sock.settimeout(PATIENCE)
            raw += _read_until_closed(sock)
    assert raw.startswith(b"HTTP/1.1 408"), raw[:100]
    assert server.cut == before + 1


def test_an_idle_connection_is_closed_after_a_request(served: tuple[Any, LoopbackServer]) -> None:
    cloud, server = served
    path, _ = next(_post_routes(cloud))
    with _connect(server) as sock:
        sock.sendall(_head("POST", path, "Content-Length: 2\r\n") + b"{}")
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 "), first[:50]
        rest = _read_until_closed(sock)  # nothing more is sent: the server closes the idle connection
    assert b"HTTP/1.1" not in rest


def test_an_oversized_head_gets_431(served: tuple[Any, LoopbackServer]) -> None:
    cloud, server = served
    path, _ = next(_post_routes(cloud))
    with _connect(server) as sock:
        sock.sendall(_head("POST", path, "X-Padding: " + "p" * 64 * 1024 + "\r\n"))
        raw = _read_until_closed(sock)
    assert raw.startswith(b"HTTP/1.1 431"), raw[:100]


def test_deep_json_over_loopback_is_a_provider_shaped_400(served: tuple[Any, LoopbackServer]) -> None:
    cloud, server = served
    deep = b"[" * 200_000 + b"]" * 200_000
    for path, api in _post_routes(cloud):
        with _connect(server) as sock:
            sock.sendall(_head("POST", path, f"Content-Length: {len(deep)}\r\nConnection: close\r\n") + deep)
            status, _, body = _parse(_read_until_closed(sock))
        assert status == 400 and _shape_ok(api, 400, body), body[:200]
