"""Run a mock cloud on a real loopback HTTP/1.1 server (asyncio and h11 on 127.0.0.1).

The server bounds what a client can hold: a request must arrive whole within
``read_timeout`` seconds of its first byte (a stalled or drip-fed request gets 408 and the
connection is closed), its head within :data:`MAX_HEADER_BYTES` (431), its body within the
cloud's ``max_body_bytes`` (the cloud answers 413 in its own shape, without the rest of the
body being read), and a kept-alive connection is closed after ``idle_timeout`` seconds
without a request. Injected delays are real time here: sockets see real clocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import socket
import threading
import time
from http import HTTPStatus
from types import TracebackType
from typing import Any

import h11

from ._limits import IDLE_TIMEOUT, MAX_BODY_BYTES, MAX_HEADER_BYTES, REQUEST_READ_TIMEOUT
from ._messages import MockRequest, MockResponse
from ._transport import Cloud

_CHUNK = 64 * 1024
LINGER_SECONDS = 2.0  # at most this long, and at most LINGER_BYTES, discarded after refusing a body
LINGER_BYTES = 64 * 1024 * 1024


class _Cut(Exception):
    """The request cannot be read to its end: answer ``status`` (if any) and close."""

    def __init__(self, status: int | None, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class LoopbackServer:
    """A mock cloud on ``http://127.0.0.1:<port>``; a context manager starts and stops it.

    ``port=0`` picks a free port. The server runs its event loop in a daemon thread of this
    process, so the cloud object stays inspectable (and its faults and clock controllable)
    from the test.
    """

    def __init__(
        self,
        cloud: Cloud,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        read_timeout: float = REQUEST_READ_TIMEOUT,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> None:
        self.cloud = cloud
        self.host = host
        self.read_timeout = read_timeout
        self.idle_timeout = idle_timeout
        self.max_body_bytes: int = getattr(cloud, "max_body_bytes", MAX_BODY_BYTES)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit TCP_NODELAY. Without it every response (head and body are
        # two writes) waits for the client's delayed ACK: measured 42 ms per request, 0.8 ms with it.
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: asyncio.base_events.Server | None = None
        self.cut = 0  # requests cut for taking too long

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> LoopbackServer:
        self._socket.listen(128)
        self._socket.setblocking(False)
        self._thread = threading.Thread(target=self._run, name=f"gpupods-mock-{self.port}", daemon=True)
        self._thread.start()
        if not self._started.wait(10) or self._server is None:
            raise RuntimeError(f"the mock server on {self.base_url} did not start")
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            self._server = loop.run_until_complete(asyncio.start_server(self._accept, sock=self._socket))
        finally:
            self._started.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._drain())
            loop.close()

    async def _drain(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._socket.close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- connections -----------------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._connection(reader, writer)
        except (ConnectionError, asyncio.CancelledError, h11.LocalProtocolError):
            pass
        finally:
            self._tasks.discard(task)
            if writer.transport.is_closing():
                writer.transport.abort()
            else:
                writer.close()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEADER_BYTES)
        loop = asyncio.get_running_loop()
        while True:
            if conn.next_event() is h11.NEED_DATA:  # idle: wait for the next request to begin
                try:
                    data = await asyncio.wait_for(reader.read(_CHUNK), self.idle_timeout)
                except TimeoutError:
                    return
                if not data:
                    return
                conn.receive_data(data)
            deadline = loop.time() + self.read_timeout
            try:
                request = await self._read(conn, reader, writer, deadline)
            except _Cut as cut:
                if cut.status == 408:
                    self.cut += 1
                if cut.status is not None and conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
                    await self._send(conn, writer, self._plain(cut.status, cut.message), head_only=False)
                return
            if request is None:
                return
            response, method, oversized = request
            if response.delay:
                await asyncio.sleep(response.delay)
            if response.fault == "drop":
                await self._drop(conn, writer, response)
                return
            await self._send(conn, writer, response, head_only=method == "HEAD")
            if oversized or conn.their_state is not h11.DONE:
                await self._linger(reader, writer)
                return
            if conn.our_state is h11.MUST_CLOSE:
                return
            conn.start_next_cycle()

    async def _read(
        self, conn: h11.Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, deadline: float
    ) -> tuple[MockResponse, str, bool] | None:
        """Read one request and let the cloud answer it: (response, method, whether the body was
        left unread because it is too large)."""
        event = await self._event(conn, reader, deadline)
        if isinstance(event, h11.ConnectionClosed):
            return None
        if not isinstance(event, h11.Request):
            raise _Cut(400, "malformed request")
        head = _head(event)
        declared = _content_length(head.headers)
        if declared is not None and declared > self.max_body_bytes:
            return self._answer(_with(head, b"", declared)), head.method, True
        if conn.they_are_waiting_for_100_continue:
            writer.write(conn.send(h11.InformationalResponse(status_code=100, headers=[])))
        body = bytearray()
        while True:
            event = await self._event(conn, reader, deadline)
            if isinstance(event, h11.Data):
                body += event.data
                if len(body) > self.max_body_bytes:
                    return self._answer(_with(head, b"", len(body))), head.method, True
            elif isinstance(event, h11.EndOfMessage):
                break
            else:
                return None  # the client went away mid-body
        return self._answer(_with(head, bytes(body), None)), head.method, False

    async def _event(self, conn: h11.Connection, reader: asyncio.StreamReader, deadline: float) -> Any:
        loop = asyncio.get_running_loop()
        while True:
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError as exc:
                raise _Cut(exc.error_status_hint, str(exc) or "malformed request") from None
            if event is not h11.NEED_DATA:
                return event
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise _Cut(408, f"the request did not arrive within {self.read_timeout:g} seconds")
            try:
                data = await asyncio.wait_for(reader.read(_CHUNK), remaining)
            except TimeoutError:
                raise _Cut(408, f"the request did not arrive within {self.read_timeout:g} seconds") from None
            conn.receive_data(data)

    def _answer(self, request: MockRequest) -> MockResponse:
        try:
            return self.cloud.handle(request)
        except Exception as exc:  # a bug in a mock: answer like a server would, keep serving
            return self._plain(500, f"the mock failed: {type(exc).__name__}: {exc}")

    def _date(self) -> str:
        """The cloud's time as web servers send it: a client on another clock (a CLI process
        against a virtual clock) reads provider time from it, as from a real provider."""
        clock = getattr(self.cloud, "clock", None)
        when = clock.time() if clock is not None else time.time()
        return email.utils.formatdate(when, usegmt=True)

    @staticmethod
    def _plain(status: int, message: str) -> MockResponse:
        body = json.dumps({"message": message}).encode()
        return MockResponse(status, [("Content-Type", "application/json")], body)

    async def _send(
        self, conn: h11.Connection, writer: asyncio.StreamWriter, response: MockResponse, *, head_only: bool
    ) -> None:
        headers = [(k, v) for k, v in response.headers if k.lower() not in ("content-length", "transfer-encoding")]
        headers.append(("Content-Length", str(len(response.body))))
        if not any(k.lower() == "date" for k, _ in headers):
            headers.append(("Date", self._date()))
        writer.write(
            conn.send(
                h11.Response(status_code=response.status, headers=_encode(headers), reason=_reason(response.status))
            )
        )
        if response.body and not head_only and conn.our_state is h11.SEND_BODY:
            writer.write(conn.send(h11.Data(data=response.body)))
        if conn.our_state is h11.SEND_BODY:
            writer.write(conn.send(h11.EndOfMessage()))
        await writer.drain()

    async def _linger(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Close after answering a request whose body was left unread, as web servers do: stop
        sending, then read and discard for a while, so that the client (still sending) reads the
        answer instead of a connection reset."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(self.read_timeout, LINGER_SECONDS)
        with contextlib.suppress(OSError, RuntimeError):
            writer.write_eof()
        discarded = 0
        while discarded < LINGER_BYTES and (remaining := deadline - loop.time()) > 0:
            try:
                chunk = await asyncio.wait_for(reader.read(_CHUNK), remaining)
            except (TimeoutError, ConnectionError):
                return
            if not chunk:
                return
            discarded += len(chunk)

    async def _drop(self, conn: h11.Connection, writer: asyncio.StreamWriter, response: MockResponse) -> None:
        """Promise more than is sent and stop: the connection closes mid-body."""
        headers = [(k, v) for k, v in response.headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(response.body) + 4096)))
        writer.write(
            conn.send(
                h11.Response(status_code=response.status, headers=_encode(headers), reason=_reason(response.status))
            )
        )
        writer.write(conn.send(h11.Data(data=response.body[: len(response.body) // 2])))
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        writer.transport.abort()


class _Head:
    def __init__(self, method: str, target: str, headers: dict[str, str]) -> None:
        self.method, self.target, self.headers = method, target, headers


def _head(event: h11.Request) -> _Head:
    headers: dict[str, str] = {}
    for name, value in event.headers:
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return _Head(event.method.decode("latin-1"), event.target.decode("latin-1"), headers)


def _with(head: _Head, body: bytes, declared: int | None) -> MockRequest:
    path, _, query = head.target.partition("?")
    return MockRequest(head.method, path, query, head.headers, body, declared_length=declared)


def _content_length(headers: dict[str, str]) -> int | None:
    value = headers.get("content-length")
    return int(value) if value is not None and value.strip().isdigit() else None


def _reason(status: int) -> bytes:
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b""


def _encode(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(k.encode("latin-1"), v.encode("latin-1", "replace")) for k, v in headers]
