"""Every operation of every OpenAPI spec, called through its generated client against the
in-process mock cloud, sync and async.

Each call sends a schema-valid request (built from the spec, with hand-written bodies where the
mock needs a meaningful one) and must come back 2xx with a body that the generated client parses
into its typed model, which serialises back to something the response schema accepts. A run that
leaves any operation of a spec uncalled fails.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock
from gpupods.mock._spec import Spec

API_CLOUD = {"runpod_v2": "runpod", "runpod_v1": "runpod", "primeintellect": "primeintellect", "novita": "novita"}
BASE_URL = {
    "runpod_v2": "https://api.runpod.io",
    "runpod_v1": "https://rest.runpod.io/v1",
    "primeintellect": "https://api.primeintellect.ai",
    "novita": "https://api.novita.ai/gpu-instance/openapi/v1",
}


@dataclass
class Ctx:
    clouds: MockClouds
    ids: dict[str, str] = field(default_factory=dict)

    def advance(self, seconds: float) -> None:
        self.clouds.clock.advance(seconds)


Plan = dict[str, Callable[[Ctx], dict[str, Any]]]

# Bodies and ids the mocks need to act on real state; every other operation gets a request
# synthesized from its spec.
PLANS: dict[str, Plan] = {
    "runpod_v2": {
        "create_pod": lambda c: {
            "body": {
                "name": "contract",
                "image": "img",
                "ports": ["22/tcp"],
                "gpu": {"id": "NVIDIA GeForce RTX 4090", "count": 1},
            }
        },
        "get_pod": lambda c: {"id": c.ids["/v2/pods"]},
        "update_pod": lambda c: {"id": c.ids["/v2/pods"], "body": {"name": "renamed"}},
        "get_pod_logs": lambda c: {"id": c.ids["/v2/pods"], "tail": 5},
        "run_pod_action": lambda c: {"id": c.ids["/v2/pods"], "body": {"action": "stop"}},
        "delete_pod": lambda c: {"id": c.ids["/v2/pods"]},
        "create_endpoint": lambda c: {
            "body": {
                "name": "ep",
                "type": "QUEUE",
                "image": "img",
                "scaling": {"type": "QUEUE_DELAY", "queueDelay": 2},
                "gpu": {"pools": ["ADA_24"]},
                "workers": {"min": 0, "max": 2},
            }
        },
        "create_cluster": lambda c: {
            "body": {
                "name": "cl",
                "type": "TRAINING",
                "image": "img",
                "compute": {"gpuTypeId": "NVIDIA H100 80GB HBM3", "gpuCountPerPod": 8, "podCount": 2},
            }
        },
        "update_cluster": lambda c: {"id": c.ids["/v2/clusters"], "body": {"name": "cl2"}},
        "create_template": lambda c: {"body": {"name": "tpl", "image": "img"}},
        "update_template": lambda c: {"id": c.ids["/v2/templates"], "body": {"name": "tpl2"}},
        "create_network_volume": lambda c: {"body": {"name": "vol", "size": 10, "dataCenter": "EU-RO-1"}},
        "update_network_volume": lambda c: {"id": c.ids["/v2/network-volumes"], "body": {"size": 20}},
        "create_registry": lambda c: {"body": {"name": "reg", "username": "u", "password": "p"}},
        "create_registry_delegation": lambda c: {
            "body": {"resource": "arn:aws:ecr:us-east-1:123456789012:repository/x"}
        },
        "update_account_ssh_keys": lambda c: {"body": {"keys": ["ssh-ed25519 AAAAC3Nza user@host"]}},
        "get_catalog_gpu": lambda c: {"id": "NVIDIA GeForce RTX 4090"},
        "get_catalog_cpu": lambda c: {"id": "cpu5c"},
        "get_catalog_datacenter": lambda c: {"id": "EU-RO-1"},
        "update_endpoint": lambda c: {"id": c.ids["/v2/serverless"], "body": {"workers": {"max": 3}}},
        "create_account_secret": lambda c: {"body": {"name": "HF_TOKEN", "value": "hf_contract"}},
        "update_account_secret": lambda c: {"id": c.ids["/v2/account/secrets"], "body": {"description": "rotated"}},
        "get_endpoint_build": lambda c: {
            "id": c.ids["/v2/serverless"],
            "build_id": c.clouds.runpod.add_build(c.ids["/v2/serverless"]).id,
        },
    },
    "runpod_v1": {
        "create_pod": lambda c: {
            "body": {"name": "contract", "imageName": "img", "gpuTypeIds": ["NVIDIA B200", "NVIDIA GeForce RTX 4090"]}
        },
        "get_pod": lambda c: {"pod_id": c.ids["/pods"]},
        "update_pod": lambda c: {"pod_id": c.ids["/pods"], "body": {"name": "renamed"}},
        "update_pod_via_post": lambda c: {"pod_id": c.ids["/pods"], "body": {"name": "renamed2"}},
        "start_pod": lambda c: {"pod_id": c.ids["/pods"]},
        "stop_pod": lambda c: {"pod_id": c.ids["/pods"]},
        "reset_pod": lambda c: {"pod_id": c.ids["/pods"]},
        "restart_pod": lambda c: {"pod_id": c.ids["/pods"]},
        "delete_pod": lambda c: {"pod_id": c.ids["/pods"]},
        "create_endpoint": lambda c: {"body": {"templateId": "tpl", "name": "ep"}},
        "create_template": lambda c: {"body": {"name": "tpl", "imageName": "img"}},
        "create_network_volume": lambda c: {"body": {"name": "vol", "size": 10, "dataCenterId": "EU-RO-1"}},
        "create_container_registry_auth": lambda c: {"body": {"name": "r", "username": "u", "password": "p"}},
    },
    "primeintellect": {
        "create_pod": lambda c: {
            "body": {
                "pod": {
                    "cloudId": "runpod-a100-80-1",
                    "gpuType": "A100_80GB",
                    "socket": "SXM4",
                    "gpuCount": 1,
                    "name": "contract",
                },
                "provider": {"type": "runpod"},
            }
        },
        "get_pod": lambda c: {"pod_id": c.ids["/api/v1/pods"]},
        "get_pod_status": lambda c: {"pod_ids": [c.ids["/api/v1/pods"]]},
        "get_pod_log": lambda c: {"pod_id": c.ids["/api/v1/pods"], "tail": 2},
        "delete_pod": lambda c: {"pod_id": c.ids["/api/v1/pods"]},
        "create_disk": lambda c: {"body": {"disk": {"size": 10, "name": "d"}, "provider": {"type": "runpod"}}},
        "update_disk": lambda c: {"disk_id": c.ids["/api/v1/disks"], "body": {"name": "d2"}},
        "create_ssh_key": lambda c: {"body": {"name": "k", "publicKey": "ssh-ed25519 AAAA user@host"}},
        "update_ssh_key": lambda c: {"key_id": c.ids["/api/v1/ssh_keys"], "body": {"isPrimary": True}},
        "list_availability_gpus": lambda c: {"gpu_type": "H100_80GB"},
    },
    "novita": {
        "create_gpu_instance": lambda c: {
            "body": {
                "productId": "1",
                "gpuNum": 1,
                "rootfsSize": 20,
                "imageUrl": "img",
                "kind": "gpu",
                "name": "contract",
                "ports": "22/tcp",
            }
        },
        "get_gpu_instance": lambda c: {"instance_id": c.ids["/gpu/instance"]},
        "list_gpu_instances": lambda c: {"page_size": 10, "page_num": 1},
        "restart_gpu_instance": lambda c: (c.advance(600), {"body": {"instanceId": c.ids["/gpu/instance"]}})[1],
        "stop_gpu_instance": lambda c: (c.advance(600), {"body": {"instanceId": c.ids["/gpu/instance"]}})[1],
        "start_gpu_instance": lambda c: (c.advance(600), {"body": {"instanceId": c.ids["/gpu/instance"]}})[1],
        "delete_gpu_instance": lambda c: {"body": {"instanceId": c.ids["/gpu/instance"]}},
    },
}

# Order: create first, read, change, then delete; the id a create answers with is kept per group.
_PHASE = {"create": 0, "list": 1, "get": 1, "update": 2, "delete": 9}
_ORDER_HINT = {"restart": 3, "stop": 4, "start": 5, "reset": 3, "run": 6}


def _phase(name: str) -> tuple[int, str]:
    verb = name.split("_", 1)[0]
    return _PHASE.get(verb, _ORDER_HINT.get(verb, 2)), name


def _spec(api: str) -> Spec:
    return Spec(json.loads(resources.files(f"gpupods_clients.{api}").joinpath("openapi.json").read_text("utf-8")))


def _collection(path: str) -> str:
    """The key a created id is kept under: the path up to its first parameter."""
    head = path.split("/{", 1)[0].rstrip("/")
    return head.rsplit("/", 1)[0] if head.endswith(("/create",)) else head


def _module(api: str, group: str, name: str) -> types.ModuleType:
    return importlib.import_module(f"gpupods_clients.{api}.api.{group}.{name}")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _body_model(module: types.ModuleType, data: Any) -> Any:
    hint = typing.get_type_hints(module._get_kwargs)["body"]
    options = typing.get_args(hint) or (hint,)
    errors = []
    for option in options:
        if hasattr(option, "from_dict"):
            try:
                return option.from_dict(data)
            except Exception as exc:
                errors.append(exc)
    raise AssertionError(f"no body model of {module.__name__} accepts {data!r}: {errors}")


def _request(api: str, spec: Spec, clouds: MockClouds, op_name: str, ctx: Ctx) -> dict[str, Any]:
    op = spec.operations[op_name]
    module = _module(api, op.group, op.name)
    planned = PLANS[api].get(op_name)
    raw = planned(ctx) if planned else {}
    synth = _validator(api, clouds)
    args = inspect.signature(module.sync_detailed).parameters
    by_squash = {_squash(a): a for a in args}
    kwargs: dict[str, Any] = {}
    for param in op.params:
        python = by_squash.get(_squash(param.name))
        if python is None or python in raw:
            continue
        if param.required:
            value = synth.synth.value(synth.spec.schemas.schema(param.schema_key), param.name)
            kwargs[python] = ctx.ids.get(_collection(op.path), value) if param.location == "path" else value
    for key, value in raw.items():
        kwargs[key] = value
    if op.body is not None and "body" in args:
        data = kwargs.get("body")
        if data is None and op.body.schema_key:
            data = synth.synth.value(synth.spec.schemas.schema(op.body.schema_key))
        if data is not None and not hasattr(data, "to_dict"):
            kwargs["body"] = _body_model(module, data)
    return kwargs


def _check(api: str, spec: Spec, op_name: str, response: Any, ctx: Ctx, validator: Any) -> None:
    op = spec.operations[op_name]
    status = int(response.status_code)
    assert 200 <= status < 300, f"{api} {op_name}: HTTP {status} {response.content[:300]!r}"
    declared = op.responses.get(str(status))
    assert declared is not None, f"{api} {op_name}: undeclared status {status}"
    if declared.schema_key is None or status == 204:
        return
    parsed = response.parsed
    assert parsed is not None, f"{api} {op_name}: the generated client parsed nothing"
    assert type(parsed).__name__ not in ("ErrorResponse", "Error", "Detail"), f"{api} {op_name}: parsed an error"
    if hasattr(parsed, "to_dict"):
        problems = validator.spec.schemas.errors(declared.schema_key, parsed.to_dict())
        assert problems == [], f"{api} {op_name}: the parsed model does not serialise back: {problems[:3]}"
        record_id = parsed.to_dict().get("id")
        if op_name.startswith("create") and isinstance(record_id, str):
            ctx.ids[_collection(op.path)] = record_id


def _client(api: str, clouds: MockClouds) -> Any:
    module = importlib.import_module(f"gpupods_clients.{api}")
    return module.AuthenticatedClient(base_url=BASE_URL[api], token="contract-token",
                                      httpx_args={"transport": clouds.transport()})  # fmt: skip


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False) as mocks:
        mocks.runpod.v1.retired = False  # the generated v1 client, against v1 as it was served
        yield mocks


def _validator(api: str, clouds: MockClouds) -> Any:
    return next(cloud.apis[api] for cloud in clouds.clouds.values() if api in cloud.apis)


@pytest.mark.parametrize("api", sorted(API_CLOUD))
def test_every_operation_sync(api: str, clouds: MockClouds) -> None:
    spec = _spec(api)
    ctx = Ctx(clouds)
    client = _client(api, clouds)
    validator = _validator(api, clouds)
    for name in sorted(spec.operations, key=_phase):
        op = spec.operations[name]
        module = _module(api, op.group, op.name)
        response = module.sync_detailed(client=client, **_request(api, spec, clouds, name, ctx))
        _check(api, spec, name, response, ctx, validator)
    # What the mock itself answered successfully, operation by operation.
    unexercised = set(spec.operations) - set(validator.served)
    assert not unexercised, f"{api}: operations never answered: {sorted(unexercised)}"


@pytest.mark.parametrize("api", sorted(API_CLOUD))
async def test_every_operation_async(api: str, clouds: MockClouds) -> None:
    spec = _spec(api)
    ctx = Ctx(clouds)
    client = _client(api, clouds)
    validator = _validator(api, clouds)
    for name in sorted(spec.operations, key=_phase):
        op = spec.operations[name]
        module = _module(api, op.group, op.name)
        response = await module.asyncio_detailed(client=client, **_request(api, spec, clouds, name, ctx))
        _check(api, spec, name, response, ctx, validator)
    unexercised = set(spec.operations) - set(validator.served)
    assert not unexercised, f"{api}: operations never answered: {sorted(unexercised)}"


def test_a_failing_call_is_reported(clouds: MockClouds) -> None:
    """The check above can fail: a call the mock refuses is not counted as exercised."""
    spec = _spec("runpod_v2")
    client = _client("runpod_v2", clouds)
    module = _module("runpod_v2", "pod", "get_pod")
    response = module.sync_detailed(client=client, id="no-such-pod")
    with pytest.raises(AssertionError, match="HTTP 404"):
        _check("runpod_v2", spec, "get_pod", response, Ctx(clouds), _validator("runpod_v2", clouds))


def test_unknown_enum_values_in_answers_still_parse(clouds: MockClouds) -> None:
    """Forward compatibility through the real stack: the drift fault adds fields and enum values."""
    from gpupods.mock import Fault

    clouds.faults("runpod").add(Fault.drift(), routes="get_pod")
    client = _client("runpod_v2", clouds)
    create = _module("runpod_v2", "pod", "create_pod")
    body = _body_model(create, {"name": "d", "image": "i", "gpu": {"id": "NVIDIA GeForce RTX 4090"}})
    pod_id = create.sync_detailed(client=client, body=body).parsed.id
    pod = _module("runpod_v2", "pod", "get_pod").sync_detailed(client=client, id=pod_id).parsed
    assert pod.status == "PROVISIONING_NEXT"
    assert pod.additional_properties["x_added_by_provider"] == {"note": "a field this client does not know"}


def test_bad_requests_get_provider_shaped_errors(clouds: MockClouds) -> None:
    http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
    cases = [
        ("https://api.runpod.io/v2/pods", b"{not json", "application/json", 400, "detail"),
        ("https://api.runpod.io/v2/pods", b'{"name": "x"}', "text/plain", 400, "detail"),
        ("https://rest.runpod.io/v1/pods", b"{", "application/json", 400, "message"),
        ("https://api.primeintellect.ai/api/v1/pods/", b'{"pod": {}}', "application/json", 422, "errors"),
        ("https://api.novita.ai/gpu-instance/openapi/v1/gpu/instance/create", b"[]", "application/json", 400,
         "message"),
    ]  # fmt: skip
    for url, content, media, status, key in cases:
        response = http.post(url, content=content, headers={"Content-Type": media})
        assert response.status_code == status, (url, response.text)
        assert key in response.json(), (url, response.text)
    assert http.get("https://api.runpod.io/v2/nowhere").status_code == 404
    assert http.get("https://api.runpod.io/v2/pods", headers={"Authorization": ""}).status_code == 401
    unauthorized = http.get("https://api.primeintellect.ai/api/v1/pods/", headers={"Authorization": "Basic x"})
    assert unauthorized.status_code == 401 and "detail" in unauthorized.json()
    not_allowed = http.put("https://api.runpod.io/v2/pods")
    assert not_allowed.status_code == 405 and "GET" in not_allowed.headers["Allow"]
