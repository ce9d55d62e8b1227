"""10,000-pod list answers shaped by the mock clouds, and a transport that replays them.

The answer of each provider is the mock's own list answer for one running pod (with SSH and
ports), repeated 10,000 times with distinct ids and names. ``ReplayTransport`` serves it in
the pages the facade asks for, so that the facade's whole list path (pagination, retries
layer, generated client, mapping) runs with no mock in this process: the memory measured is
the client's alone.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import pkgutil
from dataclasses import dataclass
from typing import Any

import httpx

from ._common import KEY, pod_spec

PODS = 10_000


@dataclass(frozen=True)
class ListApi:
    package: str  # generated package
    module: str  # its list operation module
    path: str  # list route, as the facade's base URL + the operation path
    items: str  # the answer's item array
    total: str | None  # the answer's total count, if any
    paging: tuple[str, str] | None  # (offset-like, size-like) query parameters, if paged
    page_numbers: bool = False  # Novita counts pages from 1; Prime Intellect counts items from 0


@dataclass(frozen=True)
class Shape:
    """How a provider's list answer is laid out and paged: what the generated client's models
    do not say in a form a benchmark can read."""

    items: str
    total: str | None = None
    paging: tuple[str, str] | None = None
    page_numbers: bool = False


#: The list answers' shapes. Everything else (the generated package, the list operation, its
#: route) comes from the registry and the mock clouds' ``facade_routes``.
SHAPES = {
    "runpod": Shape("pods"),
    "primeintellect": Shape("data", "total_count", ("offset", "limit")),
    "novita": Shape("instances", "total", ("pageNum", "pageSize"), page_numbers=True),
    "lambda": Shape("data"),
}


def list_api(provider: str) -> ListApi:
    """The list operation the facade uses on ``provider``, found from the registry."""
    from gpupods.registry import entry

    found = entry(provider)
    package = found.apis[0].name
    operation = found.mock_class().facade_routes["list"][0]
    api = importlib.import_module(f"gpupods_clients.{package}.api")
    tag = next(
        m.name
        for m in pkgutil.iter_modules(api.__path__)
        if importlib.util.find_spec(f"{api.__name__}.{m.name}.{operation}")
    )
    module = importlib.import_module(f"{api.__name__}.{tag}.{operation}")
    required = [p.name for p in inspect.signature(module._get_kwargs).parameters.values() if p.default is p.empty]
    route = module._get_kwargs(**dict.fromkeys(required, 1))["url"]  # query parameters are not in the url
    shape = SHAPES[provider]
    return ListApi(
        package,
        f"{tag}.{operation}",
        found.base_url + route,
        shape.items,
        shape.total,
        shape.paging,
        shape.page_numbers,
    )


APIS = {provider: list_api(provider) for provider in SHAPES}


@dataclass
class Answer:
    provider: str
    api: ListApi
    envelope: dict[str, Any]  # the answer without its items
    items: list[dict[str, Any]]
    body: bytes  # every item in one answer

    def page(self, items: list[dict[str, Any]]) -> bytes:
        page = dict(self.envelope)
        page[self.api.items] = items
        if self.api.total:
            page[self.api.total] = len(self.items)
        return json.dumps(page).encode()

    def list_module(self) -> Any:
        return importlib.import_module(f"gpupods_clients.{self.api.package}.api.{self.api.module}")

    def generated_client(self) -> Any:
        return importlib.import_module(f"gpupods_clients.{self.api.package}").Client(base_url="http://bench")


def ten_thousand(provider: str) -> Answer:
    """The mock's list answer for one running pod, as 10,000 pods."""
    from gpupods import Fleet
    from gpupods.mock import MockClouds, VirtualClock
    from gpupods.registry import entry

    api = APIS[provider]
    with MockClouds(clock=VirtualClock(), providers=(provider,), sshd=False) as clouds:
        fleet = Fleet.from_env(**clouds.fleet_options())
        demo = entry(provider).demo
        fleet.create(pod_spec("bench", demo.image, demo.gpu), provider=provider)
        clouds.clock.advance(600)  # running, with SSH details and ports
        with httpx.Client(transport=clouds.transport(), headers={"Authorization": f"Bearer {KEY}"}) as client:
            first = {api.paging[0]: 1 if api.page_numbers else 0, api.paging[1]: 10} if api.paging else None
            envelope = client.get(api.path, params=first).raise_for_status().json()
        fleet.close()
    one = envelope.pop(api.items)[0]
    items = []
    for i in range(PODS):
        item = dict(one)
        item["id"] = f"{one['id']}{i:05d}"
        item["name"] = f"bench-{i:05d}"
        items.append(item)
    answer = Answer(provider, api, envelope, items, b"")
    answer.body = answer.page(items)
    return answer


class ReplayTransport(httpx.BaseTransport):
    """Answers the provider's list route with ``answer``'s pages (pre-encoded; each answer is a
    fresh copy of the bytes, as a read from a socket would be); anything else is a 404."""

    def __init__(self, answer: Answer, page_size: int = 100) -> None:
        self.answer = answer
        self.path = httpx.URL(answer.api.path).path
        self.requests = 0
        self._pages: dict[tuple[int, int], bytes] = {}
        items = answer.items
        if answer.api.paging is None:
            self._pages[(0, 0)] = answer.body
        else:
            for start in range(0, len(items), page_size):
                key = start // page_size + 1 if answer.api.page_numbers else start
                self._pages[(key, page_size)] = answer.page(items[start : start + page_size])

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if request.url.path != self.path:
            return httpx.Response(404, json={"message": "not replayed"})
        paging = self.answer.api.paging
        key = (0, 0) if paging is None else (int(request.url.params[paging[0]]), int(request.url.params[paging[1]]))
        body = self._pages.get(key)
        if body is None:
            return httpx.Response(400, json={"message": f"no replayed page {key}"})
        return httpx.Response(200, content=memoryview(body).tobytes(), headers={"content-type": "application/json"})
