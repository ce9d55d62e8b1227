"""The official RunPod SDK (PyPI ``runpod``) against the RunPod mock: its own pod, GPU, template,
endpoint, registry and user calls, as a user would write them. Every call is one step.

Environment: RUNPOD_API_BASE_URL (the mock), RUNPOD_API_KEY, MOCK_VOLUME_ID (a network volume
the harness made through REST v2), MOCK_REST_TEMPLATE_ID (a serverless template made through
REST v2).
"""

from __future__ import annotations

import os
import re

import runpod
from _runner import check, done, expect_error, step, wait_for
from runpod import error as runpod_error

runpod.api_key = os.environ["RUNPOD_API_KEY"]
VOLUME = os.environ["MOCK_VOLUME_ID"]
REST_TEMPLATE = os.environ["MOCK_REST_TEMPLATE_ID"]
KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGmockkeyfortheconformancesuite000000000 sdk@conformance"
state: dict[str, dict] = {}


def user() -> dict:
    me = runpod.get_user()
    check(me["id"].startswith("user_"), f"user id {me['id']!r}")
    check(
        any(v["id"] == VOLUME and v["size"] >= 10 and v["dataCenterId"] for v in me["networkVolumes"]),
        f"the REST-made volume is missing from myself.networkVolumes: {me['networkVolumes']}",
    )
    return me


def settings() -> dict:
    answer = runpod.update_user_settings(KEY)
    check(answer["pubKey"] == KEY, f"pubKey {answer['pubKey']!r}")
    check(runpod.get_user()["pubKey"] == KEY, "the key did not stick")
    return answer


def gpus() -> list:
    found = runpod.get_gpus()
    check(len(found) >= 5, f"{len(found)} GPU types")
    check(all(g["memoryInGb"] >= 8 and g["displayName"] for g in found), "GPU memory or name missing")
    return found


def gpu() -> dict:
    g = runpod.get_gpu("NVIDIA GeForce RTX 4090")
    check(g["cudaCores"] > 1000, f"cudaCores {g['cudaCores']}")
    check(0 < g["secureSpotPrice"] < g["securePrice"], "spot is not below on-demand")
    check(0 < g["communitySpotPrice"] < g["communityPrice"] <= g["securePrice"], "community prices out of order")
    for term in ("oneWeekPrice", "oneMonthPrice", "threeMonthPrice"):
        check(g["secureSpotPrice"] < g[term] < g["securePrice"], f"{term} {g[term]} is not a discount")
    low = g["lowestPrice"]
    check(0 < low["minimumBidPrice"] < low["uninterruptablePrice"], f"lowestPrice {low}")
    check(g["maxGpuCount"] >= 1 and g["manufacturer"] == "NVIDIA", "maxGpuCount or manufacturer")
    return g


def gpu_unknown() -> str:
    return expect_error(ValueError, lambda: runpod.get_gpu("NVIDIA Imaginary 9000"))


def registry() -> dict:
    auth = runpod.create_container_registry_auth("ghcr-sdk", "sdk-user", "ghp_token")
    check(auth["id"] and auth["name"] == "ghcr-sdk", f"registry {auth}")
    state["registry"] = auth
    spare = runpod.create_container_registry_auth("docker-hub-sdk", "sdk-user", "dckr_pat")
    state["spare"] = spare
    return auth


def registry_update() -> dict:
    auth = runpod.update_container_registry_auth(state["spare"]["id"], "sdk-user-2", "dckr_pat_2")
    check(auth["id"] == state["spare"]["id"], f"updated {auth}")
    return auth


def template() -> dict:
    t = runpod.create_template(
        name="sdk-pod-template",
        image_name="runpod/pytorch:2.4.0-py3.11-cuda12.4.1",
        docker_start_cmd="sleep infinity",
        ports="8888/http,22/tcp",
        env={"STAGE": "sdk"},
        volume_in_gb=20,
        volume_mount_path="/workspace",
        registry_auth_id=state["registry"]["id"],
    )
    check(re.fullmatch(r"[a-z0-9]{8,}", t["id"]), f"template id {t['id']!r}")
    check(t["env"] == [{"key": "STAGE", "value": "sdk"}] and t["ports"] == "8888/http,22/tcp", f"template {t}")
    check(t["isServerless"] is False and t["volumeInGb"] == 20, f"template {t}")
    state["template"] = t
    return t


def serverless_templates() -> dict:
    t = runpod.create_template(name="sdk-worker", image_name="sdkuser/worker:1.0", is_serverless=True)
    t2 = runpod.create_template(name="sdk-worker-v2", image_name="sdkuser/worker:1.1", is_serverless=True)
    check(t["isServerless"] and t2["isServerless"], "serverless templates")
    state["worker"], state["worker2"] = t, t2
    return t


def create_gpu_pod() -> dict:
    pod = runpod.create_pod(
        "sdk-gpu",
        "runpod/pytorch:2.4.0-py3.11-cuda12.4.1",
        "NVIDIA GeForce RTX 4090",
        ports="8888/http,22/tcp",
        env={"RUN": "1"},
        volume_in_gb=20,
    )
    check(pod["id"] and pod["imageName"].startswith("runpod/pytorch"), f"pod {pod}")
    check("RUN=1" in pod["env"] and pod["machine"]["podHostId"].startswith(pod["id"]), f"pod {pod}")
    state["gpu"] = pod
    return pod


def create_cpu_pod() -> dict:
    pod = runpod.create_pod("sdk-cpu", "runpod/base:0.6.3-cpu", instance_id="cpu3c-2-4")
    check(pod["id"] and pod["machineId"], f"cpu pod {pod}")
    state["cpu"] = pod
    return pod


def create_template_pod() -> dict:
    pod = runpod.create_pod(
        "sdk-template-pod",
        gpu_type_id="NVIDIA RTX A6000",
        template_id=state["template"]["id"],
        network_volume_id=VOLUME,
    )
    check(pod["imageName"] == state["template"]["imageName"], f"the template's image was not used: {pod}")
    state["templated"] = pod
    return pod


def running(pod_id: str) -> dict:
    return wait_for(
        f"pod {pod_id} running",
        lambda: (lambda p: p if p["desiredStatus"] == "RUNNING" and p["runtime"] else None)(runpod.get_pod(pod_id)),
    )


def get_pods() -> list:
    pods = runpod.get_pods()
    mine = {state[k]["id"] for k in ("gpu", "cpu", "templated") if k in state}
    check(mine <= {p["id"] for p in pods}, f"created pods missing from get_pods: {mine}")
    for p in pods:
        check(re.fullmatch(r"[0-9a-f]{12}", p["dockerId"] or ""), f"dockerId {p['dockerId']!r}")
        check(p["costPerHr"] > 0 and p["vcpuCount"] >= 2 and p["memoryInGb"] >= 4, f"sizes/prices of {p['id']}")
    return pods


def get_pod() -> dict:
    pod = running(state["gpu"]["id"])
    ports = pod["runtime"]["ports"]
    check(pod["port"] == 8888 and pod["ports"] == "8888/http,22/tcp", f"ports {pod['port']} {pod['ports']}")
    ssh = next(p for p in ports if p["privatePort"] == 22)
    check(ssh["isIpPublic"] and 1024 < ssh["publicPort"] < 65536 and ssh["ip"], f"ssh mapping {ssh}")
    check(pod["machine"]["gpuDisplayName"] == "RTX 4090" and pod["gpuCount"] == 1, f"machine {pod['machine']}")
    check(pod["uptimeSeconds"] >= 0 and "Rented" in pod["lastStatusChange"], f"status {pod['lastStatusChange']}")
    return pod


def stop() -> dict:
    answer = runpod.stop_pod(state["gpu"]["id"])
    check(answer["desiredStatus"] == "EXITED", f"after stop {answer}")
    return answer


def resume() -> dict:
    answer = runpod.resume_pod(state["gpu"]["id"], 1)
    check(answer["desiredStatus"] == "RUNNING" and answer["imageName"], f"after resume {answer}")
    return running(state["gpu"]["id"])


def terminate() -> None:
    for key in ("gpu", "cpu", "templated"):
        if key in state:
            runpod.terminate_pod(state[key]["id"])
    left = {p["id"] for p in runpod.get_pods()}
    check(not left & {state[k]["id"] for k in ("gpu", "cpu", "templated") if k in state}, "pods left after terminate")


def endpoint() -> dict:
    ep = runpod.create_endpoint(
        name="sdk-endpoint",
        template_id=state["worker"]["id"],
        gpu_ids="AMPERE_16",
        idle_timeout=10,
        workers_min=0,
        workers_max=2,
        flashboot=True,
        allowed_cuda_versions="12.4",
    )
    check(ep["id"] and ep["templateId"] == state["worker"]["id"] and ep["gpuIds"] == "AMPERE_16", f"endpoint {ep}")
    check(ep["flashBootType"] == "FLASHBOOT" and ep["workersMax"] == 2 and ep["idleTimeout"] == 10, f"endpoint {ep}")
    state["endpoint"] = ep
    return ep


def endpoints() -> list:
    found = runpod.get_endpoints()
    mine = next(e for e in found if e["id"] == state["endpoint"]["id"])
    check(mine["templateId"] == state["worker"]["id"] and mine["version"] >= 1, f"listed endpoint {mine}")
    check(mine["scalerType"] == "QUEUE_DELAY" and mine["scalerValue"] == 4, f"scaler {mine}")
    check(mine["createdAt"] and mine["userId"].startswith("user_"), f"endpoint owner/time {mine}")
    return found


def update_endpoint_template() -> dict:
    answer = runpod.update_endpoint_template(state["endpoint"]["id"], state["worker2"]["id"])
    check(answer["templateId"] == state["worker2"]["id"], f"after template update {answer}")
    version = next(e["version"] for e in runpod.get_endpoints() if e["id"] == state["endpoint"]["id"])
    check(version == 2, f"a template change makes a new release, version is {version}")
    return answer


def rest_template_endpoint() -> dict:
    ep = runpod.create_endpoint(name="sdk-endpoint-rest-template", template_id=REST_TEMPLATE, gpu_ids="ADA_24")
    check(ep["templateId"] == REST_TEMPLATE, "an endpoint made from a REST-made template")
    return ep


def registry_delete() -> None:
    runpod.delete_container_registry_auth(state["spare"]["id"])


def wrong_key() -> str:
    runpod.api_key = "not-a-key-the-mock-accepts"
    try:
        return expect_error(runpod_error.AuthenticationError, runpod.get_pods)
    finally:
        runpod.api_key = os.environ["RUNPOD_API_KEY"]


step("get_user (myself: pubKey, networkVolumes made through REST)", user)
step("update_user_settings (pubKey)", settings)
step("get_gpus", gpus)
step("get_gpu (cudaCores, spot/commitment/lowestPrice prices)", gpu)
step("get_gpu of an unknown type raises ValueError", gpu_unknown)
step("create_container_registry_auth (x2)", registry)
step("update_container_registry_auth", registry_update)
step("create_template (pod, with registry auth)", template)
step("create_template (serverless, x2)", serverless_templates)
step("create_pod (GPU, on demand)", create_gpu_pod)
step("create_pod (CPU instance cpu3c-2-4)", create_cpu_pod)
step("create_pod (from a template, on a network volume)", create_template_pod)
step("get_pods", get_pods)
step("get_pod (running: dockerId, ports, runtime)", get_pod)
step("stop_pod", stop)
step("resume_pod", resume)
step("terminate_pod (x3)", terminate)
step("create_endpoint", endpoint)
step("get_endpoints", endpoints)
step("update_endpoint_template", update_endpoint_template)
step("create_endpoint from a template made through REST v2", rest_template_endpoint)
step("delete_container_registry_auth", registry_delete)
step("a key the mock refuses raises AuthenticationError", wrong_key)
done()
