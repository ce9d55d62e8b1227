"""The facade's HTTP clients keep no cookies: a ``Set-Cookie`` from a provider (or the CDN in
front of it) is never sent back, sync or async. The APIs authenticate every request with the
key; a cookie jar would only cost time on every answer."""

from __future__ import annotations

import httpx
from gpupods import AsyncFleet, Fleet


class SetsCookies(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The mock's transport, with a cookie on every answer; records the Cookie header sent."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent: list[str | None] = []

    def _mark(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        self.sent.append(request.headers.get("cookie"))
        response.headers["set-cookie"] = "__cf_bm=abc123; Path=/; HttpOnly"
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._mark(request, self.inner.handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._mark(request, await self.inner.handle_async_request(request))  # type: ignore[attr-defined]


def test_sync_clients_send_no_cookie_back(clouds) -> None:
    options = clouds.fleet_options()
    transport = options["transport"] = SetsCookies(options["transport"])
    with Fleet.from_env(**options) as fleet:
        for provider in ("runpod", "primeintellect", "novita"):
            fleet.list(provider)
            fleet.list(provider)
    assert len(transport.sent) >= 6
    assert transport.sent == [None] * len(transport.sent)


async def test_async_clients_send_no_cookie_back(clouds) -> None:
    options = clouds.fleet_options()
    transport = options["transport"] = SetsCookies(options["transport"])
    async with AsyncFleet.from_env(**options) as fleet:
        for provider in ("runpod", "primeintellect", "novita"):
            await fleet.list(provider)
            await fleet.list(provider)
    assert len(transport.sent) >= 6
    assert transport.sent == [None] * len(transport.sent)
