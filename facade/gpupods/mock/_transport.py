"""Run a mock cloud in-process: an httpx transport for sync and async clients."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import httpx

from .._clock import RealClock
from ._core import MockRequest, MockResponse


class Cloud(Protocol):
    clock: RealClock

    def handle(self, request: MockRequest) -> MockResponse: ...


def to_mock_request(request: httpx.Request, body: bytes) -> MockRequest:
    raw = request.url.raw_path.decode("ascii")
    path, _, query = raw.partition("?")
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers.raw}
    return MockRequest(request.method, path, query, headers, body)


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if value is not None else None


class MockCloudTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends each request to the mock cloud that owns its host, without a socket.

    Injected latency passes on the cloud's clock (instantly with a ``VirtualClock``); a delay
    longer than the request's read timeout raises ``httpx.ReadTimeout`` as a real socket
    would, and a dropped connection raises ``httpx.RemoteProtocolError``.
    """

    def __init__(self, clouds: Mapping[str, Cloud]) -> None:
        self.clouds = dict(clouds)

    def _cloud(self, request: httpx.Request) -> Cloud:
        cloud = self.clouds.get(request.url.host) or self.clouds.get("*")
        if cloud is None:
            raise httpx.ConnectError(f"no mock cloud serves {request.url.host}", request=request)
        return cloud

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        cloud = self._cloud(request)
        response = cloud.handle(to_mock_request(request, request.read()))
        if response.delay:
            timeout = _read_timeout(request)
            if timeout is not None and response.delay > timeout:
                cloud.clock.sleep(timeout)
                raise httpx.ReadTimeout("the mock cloud did not answer within the read timeout", request=request)
            cloud.clock.sleep(response.delay)
        return self._finish(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        cloud = self._cloud(request)
        response = cloud.handle(to_mock_request(request, await request.aread()))
        if response.delay:
            timeout = _read_timeout(request)
            if timeout is not None and response.delay > timeout:
                await cloud.clock.asleep(timeout)
                raise httpx.ReadTimeout("the mock cloud did not answer within the read timeout", request=request)
            await cloud.clock.asleep(response.delay)
        return self._finish(request, response)

    @staticmethod
    def _finish(request: httpx.Request, response: MockResponse) -> httpx.Response:
        if response.fault == "drop":
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            )
        # A stream, not content=: httpx would read (and decode) content at once, here, instead of
        # where a real transport's response is read (a broken gzip body must fail there).
        stream = httpx.ByteStream(response.body)
        return httpx.Response(response.status, headers=response.headers, stream=stream, request=request)
