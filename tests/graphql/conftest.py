from __future__ import annotations

import json
from importlib import resources

import httpx
import pytest
from gpupods.mock._graphql import SdlServer


@pytest.fixture(scope="session")
def sdl_server() -> SdlServer:
    """A GraphQL server built from the vendored SDL only (typed default answers)."""
    sdl = resources.files("gpupods_clients.runpod_graphql").joinpath("schema.graphql").read_text("utf-8")
    return SdlServer(sdl)


class Recorder:
    """An httpx transport that answers from an SdlServer and keeps every request."""

    def __init__(self, server: SdlServer) -> None:
        self.server = server
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.server.run(json.loads(request.content))
        return httpx.Response(status, json=body)


@pytest.fixture
def recorder(sdl_server: SdlServer) -> Recorder:
    return Recorder(sdl_server)
