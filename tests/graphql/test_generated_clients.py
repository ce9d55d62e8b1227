"""Every generated GraphQL operation, sync and async, against a server built from the SDL."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from gpupods_clients import runpod_graphql as sync_pkg
from gpupods_clients import runpod_graphql_async as async_pkg
from graphql import parse
from graphql.language import ArgumentNode, VariableNode, visit
from graphql.language.visitor import Visitor

URL = "https://api.runpod.io/graphql"
KEY = "rpa_test_key_0123456789"

# method name -> (input model name or None, input fields)
CALLS: dict[str, tuple[str | None, dict[str, Any]]] = {
    "list_my_pods": (None, {}),
    "get_account": (None, {}),
    "get_pod": ("PodFilter", {"podId": "pod1"}),
    "list_gpu_types": ("GpuTypeFilter", {"id": "NVIDIA H100 80GB HBM3"}),
    "deploy_on_demand_pod": (
        "PodFindAndDeployOnDemandInput",
        {
            "name": 'job "quoted" name',
            "imageName": "runpod/pytorch",
            "gpuTypeId": "NVIDIA H100 80GB HBM3",
            "gpuCount": 1,
            "cloudType": "SECURE",
            "env": [{"key": "A", "value": "1"}],
        },
    ),
    "rent_interruptable_pod": (
        "PodRentInterruptableInput",
        {"name": "spot", "imageName": "runpod/pytorch", "gpuTypeId": "NVIDIA A40", "bidPerGpu": 0.2, "gpuCount": 1},
    ),
    "resume_pod": ("PodResumeInput", {"podId": "pod1", "gpuCount": 1}),
    "bid_resume_pod": ("PodBidResumeInput", {"podId": "pod1", "bidPerGpu": 0.25, "gpuCount": 1}),
    "stop_pod": ("PodStopInput", {"podId": "pod1"}),
    "terminate_pod": ("PodTerminateInput", {"podId": "pod1"}),
    "deploy_cpu_pod": ("deployCpuPodInput", {"instanceId": "cpu3c-2-4", "name": "cpu", "imageName": "ubuntu"}),
}


def test_every_operation_document_has_a_test() -> None:
    methods = {name for name in vars(sync_pkg.RunPodGraphQLClient) if not name.startswith("_")}
    generated = methods - {"execute", "get_data"} - set(dir(sync_pkg.base_client.BaseClient))
    assert generated == set(CALLS)


def _args(method: str, package: Any) -> dict[str, Any]:
    model_name, fields = CALLS[method]
    if model_name is None:
        return {}
    model = getattr(package.input_types, model_name)(**fields)
    return {"input": model}


class _ArgumentsAreVariables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.literals: list[str] = []

    def enter_argument(self, node: ArgumentNode, *_args: Any) -> None:
        if not isinstance(node.value, VariableNode):
            self.literals.append(node.name.value)


def _check_request(request: httpx.Request, method: str) -> None:
    assert request.url == URL  # the key never travels in the URL
    assert "api_key" not in str(request.url)
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    payload = json.loads(request.content)
    visitor = _ArgumentsAreVariables()
    visit(parse(payload["query"]), visitor)
    assert visitor.literals == []  # values only ever travel as variables
    model_name, fields = CALLS[method]
    if model_name is not None:
        sent = payload["variables"]["input"]
        for key, value in fields.items():
            assert sent[key] == value


@pytest.mark.parametrize("method", sorted(CALLS))
def test_sync_operation(method: str, recorder) -> None:
    http = httpx.Client(transport=httpx.MockTransport(recorder), headers={"Authorization": f"Bearer {KEY}"})
    client = sync_pkg.RunPodGraphQLClient(url=URL, http_client=http)
    result = getattr(client, method)(**_args(method, sync_pkg))
    assert type(result).__module__.startswith(sync_pkg.__name__)
    data = result.model_dump(by_alias=True)
    assert data  # the typed result carries the root field
    _check_request(recorder.requests[-1], method)


@pytest.mark.parametrize("method", sorted(CALLS))
async def test_async_operation(method: str, recorder) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return recorder(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), headers={"Authorization": f"Bearer {KEY}"})
    client = async_pkg.AsyncRunPodGraphQLClient(url=URL, http_client=http)
    result = await getattr(client, method)(**_args(method, async_pkg))
    assert type(result).__module__.startswith(async_pkg.__name__)
    _check_request(recorder.requests[-1], method)


def test_quotes_in_values_cannot_break_the_query(recorder) -> None:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = sync_pkg.RunPodGraphQLClient(url=URL, http_client=http)
    nasty = 'x" } } mutation { podTerminate(input: {podId: "victim"}) } #'
    client.deploy_on_demand_pod(input=sync_pkg.input_types.PodFindAndDeployOnDemandInput(name=nasty))
    payload = json.loads(recorder.requests[-1].content)
    assert nasty not in payload["query"]
    assert payload["variables"]["input"]["name"] == nasty
