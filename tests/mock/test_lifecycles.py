"""Each mock cloud moves its pods through that provider's lifecycle, on the mock's clock."""

from __future__ import annotations

import socket

import httpx
import pytest
from gpupods.mock import Lifecycle, MockClouds, VirtualClock

AUTH = {"Authorization": "Bearer k"}
LC = Lifecycle(provisioning=20, pulling=15, starting=10, sshd_delay=5, stopping=6, terminating=4)


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), lifecycle=LC) as mocks:
        yield mocks


def _client(clouds, base: str) -> httpx.Client:
    return httpx.Client(transport=clouds.transport(), base_url=base, headers=AUTH)


def _refuses(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return True
    return False


def _banner(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
        return conn.recv(64)


def test_runpod_v2_lifecycle_actions_and_ssh(clouds) -> None:
    rp = _client(clouds, "https://api.runpod.io")
    pod = rp.post(
        "/v2/pods",
        json={"name": "p", "image": "i", "ports": ["22/tcp"], "gpu": {"id": "NVIDIA H100 80GB HBM3", "count": 2}},
    ).json()
    assert (pod["status"], pod["actions"], pod["ssh"]["direct"]) == ("PROVISIONING", ["stop", "terminate"], None)
    assert pod["cost"] == 2 * 2.69
    seen = []
    for _ in range(3):
        seen.append(rp.get(f"/v2/pods/{pod['id']}").json()["status"])
        clouds.clock.advance(10)
    assert seen == ["PROVISIONING", "PROVISIONING", "STARTING"]
    running = rp.get(f"/v2/pods/{pod['id']}").json()
    direct = running["ssh"]["direct"]
    assert direct["host"] == "127.0.0.1" and direct["command"] == f"ssh root@127.0.0.1 -p {direct['port']}"
    assert _refuses(direct["port"])  # running, but sshd not up yet
    clouds.clock.advance(5)
    rp.get(f"/v2/pods/{pod['id']}")
    assert _banner(direct["port"]).startswith(b"SSH-2.0-")
    conflict = rp.post(f"/v2/pods/{pod['id']}/action", json={"action": "start"})
    assert conflict.status_code == 409 and conflict.json()["title"] == "Conflict"
    stopped = rp.post(f"/v2/pods/{pod['id']}/action", json={"action": "stop"}).json()
    assert (stopped["status"], stopped["actions"]) == ("EXITED", ["start", "terminate"])
    started = rp.post(f"/v2/pods/{pod['id']}/action", json={"action": "start"}).json()
    assert started["status"] == "STARTING"  # a restart skips provisioning
    assert rp.post(f"/v2/pods/{pod['id']}/action", json={"action": "terminate"}).status_code == 204
    assert rp.get(f"/v2/pods/{pod['id']}").status_code == 404
    assert rp.get("/v2/pods").json() == {"pods": []}


def test_runpod_stock_is_finite_and_released(clouds) -> None:
    rp = _client(clouds, "https://api.runpod.io")
    clouds.runpod.set_stock("NVIDIA H200", 1)
    body = {"name": "p", "image": "i", "gpu": {"id": "NVIDIA H200"}}
    first = rp.post("/v2/pods", json=body)
    refused = rp.post("/v2/pods", json=body)
    assert first.status_code == 201 and refused.status_code == 400
    assert "no longer any instances available" in refused.json()["detail"]
    rp.delete(f"/v2/pods/{first.json()['id']}")
    assert rp.post("/v2/pods", json=body).status_code == 201


def test_prime_intellect_provisioning_to_active_with_installation(clouds) -> None:
    pi = _client(clouds, "https://api.primeintellect.ai")
    pod = pi.post(
        "/api/v1/pods/",
        json={
            "pod": {
                "cloudId": "datacrunch-h100-pcie-1",
                "gpuType": "H100_80GB",
                "socket": "PCIe",
                "gpuCount": 1,
                "name": "p",
            },
            "provider": {"type": "datacrunch"},
        },
    ).json()
    assert (pod["status"], pod["installationStatus"], pod["sshConnection"]) == ("PROVISIONING", "PENDING", None)
    rows = []
    for _ in range(6):
        row = pi.get("/api/v1/pods/status", params={"pod_ids": [pod["id"]]}).json()["data"][0]
        rows.append((row["status"], row["installationStatus"], row["installationProgress"]))
        clouds.clock.advance(9)
    assert [r[0] for r in rows] == ["PROVISIONING", "PROVISIONING", "PROVISIONING", "PENDING", "ACTIVE", "ACTIVE"]
    assert rows[-1][1] in ("ACTIVE", "FINISHED") and 0 < rows[-1][2] <= 100
    clouds.clock.advance(60)
    done = pi.get(f"/api/v1/pods/{pod['id']}").json()
    assert (done["installationStatus"], done["installationProgress"]) == ("FINISHED", 100)
    assert done["sshConnection"].startswith("root@127.0.0.1 -p ")
    assert pi.delete(f"/api/v1/pods/{pod['id']}").json() == {"status": "DELETING"}
    clouds.clock.advance(10)
    assert pi.get(f"/api/v1/pods/{pod['id']}").json()["status"] == "TERMINATED"
    assert pi.get("/api/v1/pods/").json()["data"] == []
    assert [r["id"] for r in pi.get("/api/v1/pods/history").json()["data"]] == [pod["id"]]


def test_novita_create_stop_start_remove(clouds) -> None:
    nv = _client(clouds, "https://api.novita.ai/gpu-instance/openapi/v1")
    created = nv.post(
        "/gpu/instance/create",
        json={"productId": "1", "gpuNum": 1, "rootfsSize": 20, "imageUrl": "img", "kind": "gpu", "name": "n"},
    ).json()
    iid = created["id"]

    def status() -> str:
        return nv.get("/gpu/instance", params={"instanceId": iid}).json()["status"]

    seen = []
    for _ in range(5):
        seen.append(status())
        clouds.clock.advance(10)
    assert seen == ["toCreate", "creating", "creating", "pulling", "running"]
    assert nv.post("/gpu/instance/start", json={"instanceId": iid}).status_code == 400
    nv.post("/gpu/instance/stop", json={"instanceId": iid})
    stops = []
    for _ in range(3):
        stops.append(status())
        clouds.clock.advance(6)
    assert stops == ["toStop", "stopping", "exited"]
    nv.post("/gpu/instance/delete", json={"instanceId": iid})
    removes = []
    for _ in range(3):
        removes.append(status())
        clouds.clock.advance(5)
    assert removes == ["toRemove", "removing", "removed"]
    clouds.clock.advance(120)
    assert nv.get("/gpu/instance", params={"instanceId": iid}).status_code == 404


def test_seeded_catalogs_in_provider_units(clouds) -> None:
    rp = (
        _client(clouds, "https://api.runpod.io")
        .get("/v2/catalog/gpus", params={"include": "AVAILABILITY", "product": "POD"})
        .json()
    )
    assert len(rp["gpus"]) >= 8 and {g["availability"] for g in rp["gpus"]} >= {"HIGH", "NONE"}
    pi = _client(clouds, "https://api.primeintellect.ai").get("/api/v1/availability/gpus").json()
    assert pi["totalCount"] >= 6 and {o["stockStatus"] for o in pi["items"]} >= {"High", "Unavailable"}
    nv = _client(clouds, "https://api.novita.ai/gpu-instance/openapi/v1").get("/products").json()["data"]
    h100 = next(p for p in nv if p["name"] == "H100 SXM 80GB")
    assert h100["price"] == 229000  # 1/100000 USD per GPU-hour: $2.29
    assert {p["inventoryState"] for p in nv} >= {"high", "none"}
