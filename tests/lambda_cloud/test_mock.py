"""The Lambda mock's own behaviour, over HTTP: its lifecycle on the mock clock, capacity, rate
limits, and the rules of its other resources (filesystems, rulesets, tickets, audit events, keys)."""

from __future__ import annotations

import base64
import struct
from collections.abc import Iterator

import httpx
import pytest
from gpupods.mock import Lifecycle, MockClouds, VirtualClock
from gpupods.mock.lambda_cloud import LambdaCloud, RateLimits
from gpupods.mock.lambda_cloud._openssh import public_key

LC = Lifecycle(provisioning=20, pulling=15, starting=10, sshd_delay=5, stopping=6, terminating=4)
LAUNCH = {"region_name": "us-west-1", "instance_type_name": "gpu_1x_a10", "ssh_key_names": ["mock-key"]}


@pytest.fixture
def clouds() -> Iterator[MockClouds]:
    with MockClouds(clock=VirtualClock(), lifecycle=LC, providers=("lambda",)) as mocks:
        yield mocks


@pytest.fixture
def api(clouds: MockClouds) -> httpx.Client:
    return httpx.Client(
        transport=clouds.transport(), base_url="https://cloud.lambda.ai/api/v1", headers={"Authorization": "Bearer key"}
    )


def _cloud(clouds: MockClouds) -> LambdaCloud:
    cloud = clouds.cloud("lambda")
    assert isinstance(cloud, LambdaCloud)
    return cloud


def _launch(api: httpx.Client, clouds: MockClouds, **body: object) -> str:
    clouds.clock.advance(12)  # one launch every 12 seconds
    answer = api.post("/instance-operations/launch", json={**LAUNCH, **body})
    assert answer.status_code == 200, answer.text
    [instance_id] = answer.json()["data"]["instance_ids"]
    return str(instance_id)


def _status(api: httpx.Client, instance_id: str) -> str:
    return str(api.get(f"/instances/{instance_id}").json()["data"]["status"])


def _code(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]["code"]


def test_the_lifecycle_runs_on_the_mock_clock(clouds: MockClouds, api: httpx.Client) -> None:
    cloud = _cloud(clouds)
    instance_id = _launch(api, clouds)
    booting = api.get(f"/instances/{instance_id}").json()["data"]
    assert booting["status"] == "booting" and "ip" not in booting
    assert booting["actions"]["restart"] == {
        "available": False,
        "reason_code": "vm-has-not-launched",
        "reason_description": "The instance has not finished booting.",
    }
    assert _code(api.post("/instance-operations/restart", json={"instance_ids": [instance_id]})) == (
        409,
        "global/conflict",
    )
    clouds.clock.advance(LC.provisioning + LC.starting - 0.5)
    assert _status(api, instance_id) == "booting"
    clouds.clock.advance(1)
    active = api.get(f"/instances/{instance_id}").json()["data"]
    assert active["status"] == "active" and active["ip"] == "127.0.0.1" and active["actions"]["restart"]["available"]
    assert cloud.sshd is not None and not cloud.sshd.is_open(instance_id)  # sshd comes up a little later
    clouds.clock.advance(LC.sshd_delay)
    _status(api, instance_id)
    assert cloud.sshd.is_open(instance_id)
    port = {t["key"]: t["value"] for t in api.get(f"/instances/{instance_id}").json()["data"]["tags"]}
    assert port["gpupods:ssh-port"] == str(cloud.instances[instance_id].ssh_port)

    restarted = api.post("/instance-operations/restart", json={"instance_ids": [instance_id]}).json()["data"]
    assert [i["status"] for i in restarted["restarted_instances"]] == ["booting"]
    clouds.clock.advance(LC.starting + 1)
    assert _status(api, instance_id) == "active"

    cloud.fail(instance_id)
    assert _status(api, instance_id) == "unhealthy"
    terminated = api.post("/instance-operations/terminate", json={"instance_ids": [instance_id]}).json()["data"]
    assert [i["status"] for i in terminated["terminated_instances"]] == ["terminating"]
    again = api.post("/instance-operations/terminate", json={"instance_ids": [instance_id]})
    assert _code(again) == (400, "global/unknown")  # what Lambda answered in 2024
    clouds.clock.advance(LC.terminating + 1)
    assert _status(api, instance_id) == "terminated"
    assert api.get("/instances").json()["data"] == []
    clouds.clock.advance(120)
    assert _code(api.get(f"/instances/{instance_id}")) == (404, "global/object-does-not-exist")


def test_capacity_is_taken_by_launches_and_given_back(clouds: MockClouds, api: httpx.Client) -> None:
    cloud = _cloud(clouds)

    def listed(type_name: str) -> list[str]:
        data = api.get("/instance-types").json()["data"]
        return [r["name"] for r in data[type_name]["regions_with_capacity_available"]]

    cloud.set_stock("gpu_1x_a10", 0)
    cloud.set_stock("gpu_1x_a10", 1, "us-west-1")
    assert listed("gpu_1x_a10") == ["us-west-1"]
    first = _launch(api, clouds)
    assert listed("gpu_1x_a10") == []  # still in the catalogue, with no region
    clouds.clock.advance(12)
    refused = api.post("/instance-operations/launch", json=LAUNCH)
    assert _code(refused) == (400, "instance-operations/launch/insufficient-capacity")
    api.post("/instance-operations/terminate", json={"instance_ids": [first]})
    assert listed("gpu_1x_a10") == ["us-west-1"]
    second = _launch(api, clouds)
    cloud.reclaim(second)
    assert _status(api, second) == "preempted" and listed("gpu_1x_a10") == ["us-west-1"]
    assert clouds.live_pods() == []
    cloud.set_stock("gpu_1x_a10", 0, "us-west-1", listed=True)
    assert listed("gpu_1x_a10") == ["us-west-1"]
    clouds.clock.advance(12)
    assert (
        _code(api.post("/instance-operations/launch", json=LAUNCH))[1]
        == "instance-operations/launch/insufficient-capacity"
    )


def test_rate_limits_answer_429_with_retry_after(clouds: MockClouds, api: httpx.Client) -> None:
    limits = _cloud(clouds).rate_limits = RateLimits(per_second=1.0)
    _launch(api, clouds)
    clouds.clock.advance(5)
    invalid = api.post("/instance-operations/launch", json={k: v for k, v in LAUNCH.items() if k != "ssh_key_names"})
    assert _code(invalid) == (400, "global/invalid-parameters")  # refused as invalid, not as too many
    early = api.post("/instance-operations/launch", json=LAUNCH)
    assert _code(early) == (429, "global/too-many-requests") and early.headers["Retry-After"] == "7"
    clouds.clock.advance(7)
    assert api.post("/instance-operations/launch", json=LAUNCH).status_code == 200
    clouds.clock.advance(120)  # the bucket fills up again
    answers = [api.get("/regions") for _ in range(limits.burst + 1)]
    assert [a.status_code for a in answers[:-1]] == [200] * limits.burst
    assert _code(answers[-1]) == (429, "global/too-many-requests") and answers[-1].headers["Retry-After"] == "1"
    clouds.clock.advance(1)
    assert api.get("/regions").status_code == 200


def test_filesystems_mount_in_their_region_and_cannot_go_while_mounted(clouds: MockClouds, api: httpx.Client) -> None:
    created = api.post("/filesystems", json={"name": "data", "region": "us-west-1"}).json()["data"]
    assert created["mount_point"] == "/lambda/nfs/data" and created["is_in_use"] is False
    assert _code(api.post("/filesystems", json={"name": "data", "region": "us-east-1"})) == (400, "global/duplicate")
    clouds.clock.advance(12)
    wrong = api.post(
        "/instance-operations/launch", json={**LAUNCH, "region_name": "us-east-1", "file_system_names": ["data"]}
    )
    assert _code(wrong) == (400, "instance-operations/launch/file-system-in-wrong-region")
    instance_id = _launch(api, clouds, file_system_names=["data"])
    assert api.get("/file-systems").json()["data"][0]["is_in_use"] is True
    in_use = api.delete(f"/filesystems/{created['id']}")
    assert _code(in_use) == (400, "filesystems/filesystem-in-use")
    api.post("/instance-operations/terminate", json={"instance_ids": [instance_id]})
    assert api.delete(f"/filesystems/{created['id']}").json() == {"data": {"deleted_ids": [created["id"]]}}
    assert _code(api.delete(f"/filesystems/{created['id']}")) == (404, "global/object-does-not-exist")


def test_rulesets_follow_their_instances_and_rules_are_checked(clouds: MockClouds, api: httpx.Client) -> None:
    rule = {"protocol": "tcp", "port_range": [8888, 8888], "source_network": "10.0.0.0/8", "description": "jupyter"}
    ruleset = api.post("/firewall-rulesets", json={"name": "web", "region": "us-west-1", "rules": [rule]}).json()[
        "data"
    ]
    instance_id = _launch(api, clouds, firewall_rulesets=[{"id": ruleset["id"]}])
    assert api.get(f"/firewall-rulesets/{ruleset['id']}").json()["data"]["instance_ids"] == [instance_id]
    assert _code(api.delete(f"/firewall-rulesets/{ruleset['id']}")) == (
        400,
        "firewall-rulesets/firewall-ruleset-in-use",
    )
    for bad in (
        {**rule, "protocol": "icmp"},
        {k: v for k, v in rule.items() if k != "port_range"},
        {**rule, "source_network": "not-a-network"},
        {**rule, "port_range": [9, 1]},
    ):
        assert _code(api.put("/firewall-rules", json={"data": [bad]})) == (400, "global/invalid-parameters")
    assert api.put("/firewall-rules", json={"data": [rule]}).json() == {"data": [rule]}


def test_tickets_know_their_severity_rules_and_attachments_their_states(api: httpx.Client) -> None:
    incident = {"subject": "s", "description": "d", "type": "incident"}
    assert _code(api.post("/tickets", json=incident))[1] == "global/invalid-parameters"
    request = {"subject": "s", "description": "d", "type": "service_request", "severity": "sev_1"}
    assert _code(api.post("/tickets", json=request))[1] == "global/invalid-parameters"
    ticket = api.post("/tickets", json={**incident, "severity": "sev_1"}).json()["data"]
    assert (ticket["status"], ticket["severity"]) == ("open", "sev_1")
    upload = api.post(
        f"/tickets/{ticket['id']}/attachments",
        json={"filename": "a.log", "content_type": "text/plain", "size_bytes": 10},
    ).json()["data"]
    attachment = f"/tickets/{ticket['id']}/attachments/{upload['attachment_id']}"
    assert api.get(f"{attachment}/download").status_code == 400  # not uploaded yet
    assert api.post(f"{attachment}/complete").json()["data"]["upload_status"] == "uploaded"
    assert api.get(f"{attachment}/download").json()["data"]["expires_in"] == 300
    api.delete(attachment)
    assert api.get(f"/tickets/{ticket['id']}/attachments").json()["data"]["attachments"] == []
    assert [
        a["upload_status"]
        for a in api.get(f"/tickets/{ticket['id']}/attachments", params={"status": "deleted"}).json()["data"][
            "attachments"
        ]
    ] == ["deleted"]
    assert api.patch(f"/tickets/{ticket['id']}", json={"status": "solved"}).status_code == 202
    solved = api.get(f"/tickets/{ticket['id']}").json()["data"]
    assert solved["status"] == "solved" and "resolved_at" in solved
    assert _code(api.get("/tickets/nope")) == (404, "global/not-found")


def test_audit_events_page_newest_first_and_filter(clouds: MockClouds, api: httpx.Client) -> None:
    cloud = _cloud(clouds)
    for index in range(cloud.page_size + 5):
        api.post("/fabric", json={"name": f"p{index}", "region": "us-west-1"})
        clouds.clock.advance(1)
    _launch(api, clouds)
    first = api.get("/audit-events").json()
    assert first["data"][0]["resource_name"] == "instance" and first["page_token"] is not None
    rest = api.get("/audit-events", params={"page_token": first["page_token"]}).json()
    assert len(first["data"]) + len(rest["data"]) == cloud.page_size + 6 and rest["page_token"] is None
    fabric = api.get("/audit-events", params={"resource_type": "cloud.fabric_partition"}).json()["data"]
    assert {e["resource_name"] for e in fabric} == {"fabric_partition"}
    assert _code(api.get("/audit-events", params={"page_token": "garbage"}))[1] == "global/invalid-parameters"


def test_a_generated_ssh_key_is_a_real_ed25519_pair(api: httpx.Client) -> None:
    key = api.post("/ssh-keys", json={"name": "made-here"}).json()["data"]
    blob = base64.b64decode("".join(key["private_key"].strip().splitlines()[1:-1]))
    assert blob.startswith(b"openssh-key-v1\x00")
    public_blob = base64.b64decode(key["public_key"].split()[1])
    offset = blob.index(public_blob, 16) + len(public_blob) + 4 + 8  # the private section: length, check ints
    name_length = struct.unpack(">I", blob[offset : offset + 4])[0]
    offset += 4 + name_length + 4 + 32 + 4  # key type, public key, then the 64-byte private key
    seed, public = blob[offset : offset + 32], blob[offset + 32 : offset + 64]
    assert public_key(seed) == public == public_blob[-32:]
    listed = api.get("/ssh-keys").json()["data"]
    assert [k["name"] for k in listed] == ["mock-key", "made-here"] and "private_key" not in listed[1]
    taken = api.post("/ssh-keys", json={"name": "made-here", "public_key": key["public_key"]})
    assert _code(taken)[1] == "global/invalid-parameters" and "unique" in taken.json()["error"]["message"]
    bad = api.post("/ssh-keys", json={"name": "bad", "public_key": "ssh-ed25519 not-base64!"})
    assert _code(bad)[1] == "global/invalid-parameters"


@pytest.mark.parametrize("rate_limits", [True, False])
def test_the_launch_limit_follows_the_rate_limits_option(rate_limits: bool) -> None:
    """On by default; ``MockClouds(rate_limits=False)`` for clients that wait in real time while
    the virtual clock stands still (they would be refused forever)."""
    with MockClouds(clock=VirtualClock(), providers=("lambda",), rate_limits=rate_limits) as clouds:
        api = httpx.Client(
            transport=clouds.transport(),
            base_url="https://cloud.lambda.ai/api/v1",
            headers={"Authorization": "Bearer key"},
        )
        statuses = [api.post("/instance-operations/launch", json=LAUNCH).status_code for _ in range(3)]
    assert statuses == ([200, 429, 429] if rate_limits else [200, 200, 200])
