"""Every operation of the Lambda Cloud spec through its generated client against the Lambda mock,
sync and async, run by the shared contract suite (``tests/contract/test_operations.py``: each
answer a documented 2xx that parses and serialises back, every operation answered from the mock's
own state, every answer free of placeholders, implausible values and dangling references) on a
Lambda scenario written here: what a user does, in order, on the objects made before."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock
from gpupods.mock.lambda_cloud._openssh import key_pair

from tests.contract import scenarios
from tests.contract import test_operations as contract
from tests.contract.scenarios import S, Step

API = "lambda_cloud"
RULE = {"protocol": "tcp", "port_range": [8888, 8888], "source_network": "10.0.0.0/8", "description": "notebooks"}
SSH_RULE = {"protocol": "tcp", "port_range": [22, 22], "source_network": "0.0.0.0/0", "description": "ssh"}
#: A well-formed OpenSSH key (the Lambda mock refuses keys that do not decode as one).
PUBLIC_KEY = key_pair(random.Random(7), "alice@laptop")[0]


def _data_id(answer: Any) -> str:
    return str(answer["data"]["id"])


def _named(items: list[dict[str, Any]], name: str) -> str:
    return str(next(item["id"] for item in items if item["name"] == name))


SCENARIO: list[Step] = [
    S("list_regions"),
    S("list_instance_types"),
    S("list_images"),
    S("list_ssh_keys"),
    S("create_ssh_key", lambda c: {"body": {"name": "alice-laptop", "public_key": PUBLIC_KEY}}, key=_data_id),
    S("create_ssh_key", lambda c: {"body": {"name": "ci-runner"}}, generated_key=_data_id),  # Lambda makes the pair
    S("create_filesystem", lambda c: {"body": {"name": "datasets", "region": "us-west-1"}}, filesystem=_data_id),
    S("list_filesystems"),
    S("list_firewall_rules"),
    S("replace_firewall_rules", lambda c: {"body": {"data": [SSH_RULE, RULE]}}),
    S(
        "create_firewall_ruleset",
        lambda c: {"body": {"name": "notebooks", "region": "us-west-1", "rules": [SSH_RULE, RULE]}},
        ruleset=_data_id,
    ),
    S("list_firewall_rulesets"),
    S("get_firewall_ruleset", lambda c: {"id": c.ids["ruleset"]}),
    S("update_firewall_ruleset", lambda c: {"id": c.ids["ruleset"], "body": {"name": "notebooks-west"}}),
    S("get_global_firewall_ruleset"),
    S("update_global_firewall_ruleset", lambda c: {"body": {"rules": [SSH_RULE]}}),
    S(
        "launch_instance",
        lambda c: {
            "body": {
                "region_name": "us-west-1",
                "instance_type_name": "gpu_1x_a10",
                "ssh_key_names": ["alice-laptop"],
                "name": "trainer",
                "file_system_names": ["datasets"],
                "firewall_rulesets": [{"id": c.ids["ruleset"]}],
                "image": {"family": "lambda-stack-22-04"},
                "tags": [{"key": "team", "value": "research"}],
            }
        },
        instance=lambda answer: str(answer["data"]["instance_ids"][0]),
    ),
    S("list_instances"),
    S("get_instance", lambda c: {"id": c.ids["instance"]}),
    S("update_instance", lambda c: {"id": c.ids["instance"], "body": {"name": "trainer-a10"}}),
    S("restart_instances", lambda c: {"body": {"instance_ids": [c.ids["instance"]]}}, advance=600),
    S("create_fabric_partition", lambda c: {"body": {"name": "rack-a", "region": "us-west-1"}}, partition=_data_id),
    S("update_fabric_partition", lambda c: {"id": c.ids["partition"], "body": {"name": "rack-a-west"}}),
    S("delete_fabric_partition", lambda c: {"id": c.ids["partition"]}),
    S(
        "create_ticket",
        lambda c: {
            "body": {
                "subject": "GPU fell off the bus",
                "description": "nvidia-smi shows no device after the restart",
                "type": "incident",
                "severity": "sev_2",
                "instance_id": c.ids["instance"],
            }
        },
        ticket=_data_id,
    ),
    S("list_tickets"),
    S("get_ticket", lambda c: {"ticket_id": c.ids["ticket"]}),
    S("update_ticket", lambda c: {"ticket_id": c.ids["ticket"], "body": {"comment": {"body": "dmesg attached"}}}),
    S(
        "start_ticket_attachment_upload",
        lambda c: {
            "ticket_id": c.ids["ticket"],
            "body": {"filename": "dmesg.txt", "content_type": "text/plain", "size_bytes": 48213},
        },
        attachment=lambda answer: str(answer["data"]["attachment_id"]),
    ),
    S("list_ticket_attachments", lambda c: {"ticket_id": c.ids["ticket"]}),
    S(
        "complete_ticket_attachment_upload",
        lambda c: {"ticket_id": c.ids["ticket"], "attachment_id": c.ids["attachment"]},
    ),
    S(
        "get_ticket_attachment_download_url",
        lambda c: {"ticket_id": c.ids["ticket"], "attachment_id": c.ids["attachment"]},
    ),
    S("delete_ticket_attachment", lambda c: {"ticket_id": c.ids["ticket"], "attachment_id": c.ids["attachment"]}),
    S("list_audit_events", lambda c: {"resource_type": "cloud.instance"}),
    S("terminate_instances", lambda c: {"body": {"instance_ids": [c.ids["instance"]]}}),
    S("delete_filesystem", lambda c: {"id": c.ids["filesystem"]}, advance=60),
    S("delete_firewall_ruleset", lambda c: {"id": c.ids["ruleset"]}),
    S("delete_ssh_key", lambda c: {"id": c.ids["generated_key"]}),
]


@pytest.fixture
def clouds(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockClouds]:
    monkeypatch.setitem(contract.API_CLOUD, API, "lambda")
    monkeypatch.setitem(contract.BASE_URL, API, "https://cloud.lambda.ai")
    monkeypatch.setitem(scenarios.SCENARIOS, API, SCENARIO)
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("lambda",)) as mocks:
        yield mocks


def test_every_operation_sync(clouds: MockClouds) -> None:
    contract.test_every_operation_sync(API, clouds)


async def test_every_operation_async(clouds: MockClouds) -> None:
    await contract.test_every_operation_async(API, clouds)


def test_errors_come_in_lambdas_envelope_with_its_codes(clouds: MockClouds) -> None:
    http = httpx.Client(
        transport=clouds.transport(), base_url="https://cloud.lambda.ai/api/v1", headers={"Authorization": "Bearer k"}
    )
    launch = {"region_name": "us-west-1", "instance_type_name": "gpu_1x_a10", "ssh_key_names": ["mock-key"]}
    cases = [
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
