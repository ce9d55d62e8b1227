"""Every operation of the Lambda Cloud spec through its generated client against the Lambda mock,
sync and async, with the machinery of ``tests/contract/test_operations.py`` (request building from
the spec, the parse-and-serialise-back check, the served-operations audit).

Lambda's operation names do not sort into a create-read-change-delete order by verb (``launch``,
``restart``, ``start_ticket_attachment_upload``...), and its create answers are envelopes without
an ``id``, so the order is written out here and the ids come from the mock's own state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock

from tests.contract import test_operations as contract

API = "lambda_cloud"
RULE = {"protocol": "tcp", "port_range": [22, 22], "source_network": "0.0.0.0/0", "description": "ssh"}


def _cloud(c: contract.Ctx) -> Any:
    return c.clouds.clouds["lambda"]


def _instance(c: contract.Ctx) -> str:
    return next(iter(_cloud(c).instances))


def _named(items: dict[str, Any], name: str) -> str:
    return next(key for key, item in items.items() if getattr(item, "name", None) == name)


def _ticket(c: contract.Ctx) -> str:
    return next(iter(_cloud(c).tickets))


def _attachment(c: contract.Ctx) -> dict[str, str]:
    ticket = _ticket(c)
    return {"ticket_id": ticket, "attachment_id": next(iter(_cloud(c).tickets[ticket].attachments))}


PLAN: dict[str, Callable[[contract.Ctx], dict[str, Any]]] = {
    "create_ssh_key": lambda c: {"body": {"name": "contract-key"}},  # no public key: Lambda generates a pair
    "delete_ssh_key": lambda c: {"id": _named(_cloud(c).ssh_keys, "contract-key")},
    "create_filesystem": lambda c: {"body": {"name": "contractfs", "region": "us-west-1"}},
    "delete_filesystem": lambda c: {"id": _named(_cloud(c).filesystems, "contractfs")},
    "replace_firewall_rules": lambda c: {"body": {"data": [RULE]}},
    "create_firewall_ruleset": lambda c: {"body": {"name": "contract", "region": "us-west-1", "rules": [RULE]}},
    "get_firewall_ruleset": lambda c: {"id": _named(_cloud(c).rulesets, "contract")},
    "update_firewall_ruleset": lambda c: {"id": _named(_cloud(c).rulesets, "contract"), "body": {"rules": [RULE]}},
    "delete_firewall_ruleset": lambda c: {"id": next(iter(_cloud(c).rulesets))},
    "update_global_firewall_ruleset": lambda c: {"body": {"rules": [RULE]}},
    "launch_instance": lambda c: {
        "body": {
            "region_name": "us-west-1",
            "instance_type_name": "gpu_1x_a10",
            "ssh_key_names": ["mock-key"],
            "name": "contract",
            "file_system_names": ["contractfs"],
        }
    },
    "get_instance": lambda c: {"id": _instance(c)},
    "update_instance": lambda c: {"id": _instance(c), "body": {"name": "renamed"}},
    "restart_instances": lambda c: (c.advance(600), {"body": {"instance_ids": [_instance(c)]}})[1],
    "terminate_instances": lambda c: {"body": {"instance_ids": [_instance(c)]}},
    "create_fabric_partition": lambda c: {"body": {"name": "contract-fabric", "region": "us-west-1"}},
    "update_fabric_partition": lambda c: {"id": next(iter(_cloud(c).fabric)), "body": {"name": "renamed-fabric"}},
    "delete_fabric_partition": lambda c: {"id": next(iter(_cloud(c).fabric))},
    "create_ticket": lambda c: {
        "body": {
            "subject": "GPU fell off the bus",
            "description": "nvidia-smi shows 7 of 8 GPUs",
            "type": "incident",
            "severity": "sev_2",
            "instance_id": _instance(c),
        }
    },
    "get_ticket": lambda c: {"ticket_id": _ticket(c)},
    "update_ticket": lambda c: {"ticket_id": _ticket(c), "body": {"comment": {"body": "dmesg attached"}}},
    "list_ticket_attachments": lambda c: {"ticket_id": _ticket(c)},
    "start_ticket_attachment_upload": lambda c: {
        "ticket_id": _ticket(c),
        "body": {"filename": "dmesg.txt", "content_type": "text/plain", "size_bytes": 4096},
    },
    "complete_ticket_attachment_upload": _attachment,
    "get_ticket_attachment_download_url": _attachment,
    "delete_ticket_attachment": _attachment,
}

#: Create what later calls read, change it, then delete it all.
ORDER = (
    "list_regions",
    "list_instance_types",
    "list_images",
    "list_ssh_keys",
    "create_ssh_key",
    "list_filesystems",
    "create_filesystem",
    "list_firewall_rules",
    "replace_firewall_rules",
    "list_firewall_rulesets",
    "create_firewall_ruleset",
    "get_firewall_ruleset",
    "update_firewall_ruleset",
    "get_global_firewall_ruleset",
    "update_global_firewall_ruleset",
    "launch_instance",
    "list_instances",
    "get_instance",
    "update_instance",
    "restart_instances",
    "create_fabric_partition",
    "update_fabric_partition",
    "delete_fabric_partition",
    "create_ticket",
    "list_tickets",
    "get_ticket",
    "update_ticket",
    "start_ticket_attachment_upload",
    "list_ticket_attachments",
    "complete_ticket_attachment_upload",
    "get_ticket_attachment_download_url",
    "delete_ticket_attachment",
    "list_audit_events",
    "terminate_instances",
    "delete_filesystem",
    "delete_firewall_ruleset",
    "delete_ssh_key",
)


@pytest.fixture
def clouds(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(contract.API_CLOUD, API, "lambda")
    monkeypatch.setitem(contract.BASE_URL, API, "https://cloud.lambda.ai")
    monkeypatch.setitem(contract.PLANS, API, PLAN)
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("lambda",)) as mocks:
        yield mocks


def _calls(clouds: MockClouds) -> tuple[Any, contract.Ctx, Any, Any]:
    spec = contract._spec(API)
    assert sorted(ORDER) == sorted(spec.operations), "ORDER must name every operation of the spec once"
    return spec, contract.Ctx(clouds), contract._client(API, clouds), contract._validator(API, clouds)


def test_every_operation_sync(clouds: MockClouds) -> None:
    spec, ctx, client, validator = _calls(clouds)
    for name in ORDER:
        op = spec.operations[name]
        module = contract._module(API, op.group, op.name)
        response = module.sync_detailed(client=client, **contract._request(API, spec, clouds, name, ctx))
        contract._check(API, spec, name, response, ctx, validator)
    assert not set(spec.operations) - set(validator.served), "every operation answered from the mock"
    assert validator.rate_limits.rejected == 0


async def test_every_operation_async(clouds: MockClouds) -> None:
    spec, ctx, client, validator = _calls(clouds)
    for name in ORDER:
        op = spec.operations[name]
        module = contract._module(API, op.group, op.name)
        response = await module.asyncio_detailed(client=client, **contract._request(API, spec, clouds, name, ctx))
        contract._check(API, spec, name, response, ctx, validator)
    assert not set(spec.operations) - set(validator.served)


def test_errors_come_in_lambdas_envelope_with_its_codes(clouds: MockClouds) -> None:
    http = httpx.Client(
        transport=clouds.transport(), base_url="https://cloud.lambda.ai/api/v1", headers={"Authorization": "Bearer k"}
    )
    launch = {"region_name": "us-west-1", "instance_type_name": "gpu_1x_a10", "ssh_key_names": ["mock-key"]}
    cases: list[tuple[Callable[[], httpx.Response], int, str]] = [
        (
            lambda: http.post(
                "/instance-operations/launch", content=b"{not json", headers={"Content-Type": "application/json"}
            ),
            400,
            "global/invalid-parameters",
        ),
        (
            lambda: http.post("/instance-operations/launch", json={"region_name": "us-west-1"}),
            400,
            "global/invalid-parameters",
        ),
        (
            lambda: http.post("/instance-operations/launch", json={**launch, "quantity": 2}),
            400,
            "global/invalid-parameters",
        ),
        (
            lambda: http.post("/instance-operations/launch", json={**launch, "region_name": "mars-north-1"}),
            404,
            "global/object-does-not-exist",
        ),
        (
            lambda: http.post(
                "/instance-operations/launch",
                json={**launch, "instance_type_name": "cpu_4x_generalx", "region_name": "us-east-1"},
            ),
            400,
            "instance-operations/launch/insufficient-capacity",
        ),
        (lambda: http.get("/instances/0123456789abcdef0123456789abcdef"), 404, "global/object-does-not-exist"),
        (lambda: http.get("/instances", headers={"Authorization": ""}), 401, "global/invalid-api-key"),
        (lambda: http.get("/nowhere"), 404, "global/not-found"),
    ]
    for send, status, code in cases:
        clouds.clock.advance(13)  # past the launch limit: each case meets its own error
        response = send()
        assert response.status_code == status, response.text
        error = response.json()["error"]
        assert error["code"] == code and error["message"], response.text


def test_basic_auth_with_the_key_as_user_name_is_accepted() -> None:
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("lambda",), api_keys=["secret-key"]) as clouds:
        http = httpx.Client(transport=clouds.transport(), base_url="https://cloud.lambda.ai/api/v1")
        assert http.get("/regions", auth=("secret-key", "")).status_code == 200  # what curl -u KEY: sends
        assert http.get("/regions", headers={"Authorization": "Basic secret-key"}).status_code == 200
        assert http.get("/regions", headers={"Authorization": "Bearer secret-key"}).status_code == 200
        refused = http.get("/regions", auth=("other-key", ""))
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "global/invalid-api-key"
