"""Third-party conformance: the providers' own (and community) SDKs, pinned, run their flows
against the loopback mock clouds, and every step passes.

Each SDK runs in its own interpreter (``conftest.sdk_python``) as a subprocess, with only the
mock's base URL and key, exactly as a user points it at the real API. A step fails on an
exception *or* on an answer the real API would not give (wrong value, placeholder, broken
cross-reference): see ``flows/``. The tables below are the SDK calls exercised.

| SDK | calls exercised |
|---|---|
| runpod 1.12.0 (official; GraphQL) | get_user, update_user_settings, get_gpus, get_gpu (known and unknown), create/update/delete_container_registry_auth, create_template (pod, serverless), create_pod (GPU, CPU instance, from template on a network volume), get_pods, get_pod, stop_pod, resume_pod, terminate_pod, create_endpoint (from GraphQL- and REST-made templates), get_endpoints, update_endpoint_template, 401 handling |
| prime 0.18.0 (official; ``prime_cli.api``) | AvailabilityClient.get (GPUs and multi-node, paging to totalCount; filtered), get_available_gpu_types (gpu-summary), get_disks; DisksClient.create/list (paged)/get/update/delete; PodsClient.create (with a disk)/list (trailing-slash redirect, paged)/get/get_status/delete/history; WalletClient.get; BillingClient.get_run_usage; 401 handling |
| novita-sdk 0.5.0 (community) | clusters.list; products.list (all, spot), list_cpu; registries.create/list/delete; storages.create/list/update/delete; templates.create/get/list/delete; networks.create/list/get/update/delete; instances.create/list/get/stop/start/restart/edit/save_image/delete; jobs.list/break_job; image_prewarm.get_quota/create/list/update/delete; endpoints.get_limit_ranges/create/list/get/update/delete; 401 handling |

Not exercised: novita-sdk ``metrics.get`` (it calls ``/instance/metrics``; the documented route is
``/metrics/gpu/instance``), the async twins (the same requests), ``runpod.Endpoint`` job calls
(the serverless runtime on api.runpod.ai, not the management API the mocks serve).

Where an SDK and the documented API disagree on an answer, the mock answers as documented and the
flow says so in the step (novita-sdk: ``storages.create`` parses the documented string as an object;
``networks.create/get/update`` parse the VPC as an instance network). Where they disagree on a
request field's spelling, the mock accepts both (``gpupods.mock.novita.SDK_SPELLINGS``).
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from .conftest import KEY, run_flow

RUNPOD_STEPS = [
    "get_user (myself: pubKey, networkVolumes made through REST)",
    "update_user_settings (pubKey)",
    "get_gpus",
    "get_gpu (cudaCores, spot/commitment/lowestPrice prices)",
    "get_gpu of an unknown type raises ValueError",
    "create_container_registry_auth (x2)",
    "update_container_registry_auth",
    "create_template (pod, with registry auth)",
    "create_template (serverless, x2)",
    "create_pod (GPU, on demand)",
    "create_pod (CPU instance cpu3c-2-4)",
    "create_pod (from a template, on a network volume)",
    "get_pods",
    "get_pod (running: dockerId, ports, runtime)",
    "stop_pod",
    "resume_pod",
    "terminate_pod (x3)",
    "create_endpoint",
    "get_endpoints",
    "update_endpoint_template",
    "create_endpoint from a template made through REST v2",
    "delete_container_registry_auth",
    "a key the mock refuses raises AuthenticationError",
]
PRIME_STEPS = [
    "availability.get (GPUs and multi-node, paged to totalCount)",
    "availability.get (gpu_type, gpu_count)",
    "availability.get_available_gpu_types (gpu-summary)",
    "availability.get_disks",
    "disks.create",
    "disks.list",
    "disks.get",
    "disks.update (rename)",
    "pods.create (with a disk)",
    "pods.list (/pods redirected to /pods/, query kept)",
    "pods.get (active, SSH, attached disk)",
    "pods.get_status",
    "pods.delete",
    "pods.history",
    "disks.delete",
    "wallet.get",
    "billing.get_run_usage",
    "a key the mock refuses raises UnauthorizedError",
]
NOVITA_STEPS = [
    "clusters.list",
    "products.list (prices, spotPrice number or null)",
    "products.list (billing_method=spot)",
    "products.list_cpu",
    "registries.create + list",
    "storages.create + list (the documented string answer; see the note)",
    "storages.update",
    "templates.create + get",
    "templates.list",
    "networks.create + list + get",
    "networks.update",
    "instances.create (storage, VPC)",
    "instances.list",
    "instances.get (running: SSH, mounts, network)",
    "instances.stop",
    "instances.start",
    "instances.restart",
    "instances.edit (ports, expand root disk)",
    "instances.save_image",
    "jobs.list",
    "jobs.break_job",
    "instances.delete",
    "image_prewarm.get_quota + create + list",
    "image_prewarm.update",
    "image_prewarm.delete",
    "endpoints.get_limit_ranges",
    "endpoints.create",
    "endpoints.list",
    "endpoints.get",
    "endpoints.update",
    "endpoints.delete",
    "templates/storages/networks/registries delete",
    "a key the mock refuses raises AuthenticationError",
]
RUN_ID = "run_4b8e2c91f0a7"  # the training run the Prime Intellect mock account has (data/runs.json)


def _rest(base: str) -> httpx.Client:
    return httpx.Client(base_url=base, headers={"Authorization": f"Bearer {KEY}"}, timeout=30)


@pytest.fixture(scope="module")
def runpod_results(sdk_python: Path, mock_urls: dict[str, str], tmp_path_factory: pytest.TempPathFactory):
    with _rest(mock_urls["runpod"]) as rest:
        volume = rest.post("/v2/network-volumes", json={"name": "sdk-volume", "size": 50, "dataCenter": "US-TX-3"})
        template = rest.post(
            "/v2/templates", json={"name": "rest-worker", "image": "me/rest-worker:2", "serverless": True}
        )
        assert volume.status_code == 201 and template.status_code == 201, (volume.text, template.text)
        env = {
            "RUNPOD_API_BASE_URL": mock_urls["runpod"],
            "RUNPOD_API_KEY": KEY,
            "MOCK_VOLUME_ID": volume.json()["id"],
            "MOCK_REST_TEMPLATE_ID": template.json()["id"],
        }
        records = run_flow(sdk_python, "runpod_sdk.py", env, tmp_path_factory.mktemp("home"))
        # What the SDK made through GraphQL is what REST v2 shows.
        names = {t["name"] for t in rest.get("/v2/templates").json()["templates"]}
        endpoints = {e["name"]: e for e in rest.get("/v2/serverless").json()["endpoints"]}
        registries = {r["name"] for r in rest.get("/v2/registries").json()["registries"]}
        keys = rest.get("/v2/account/ssh-keys").json()["keys"]
    return {r["step"]: r for r in records}, names, endpoints, registries, keys


@pytest.fixture(scope="module")
def prime_results(sdk_python: Path, mock_urls: dict[str, str], tmp_path_factory: pytest.TempPathFactory):
    env = {"PRIME_API_BASE_URL": mock_urls["primeintellect"], "PRIME_API_KEY": KEY, "MOCK_RUN_ID": RUN_ID}
    return {r["step"]: r for r in run_flow(sdk_python, "prime_sdk.py", env, tmp_path_factory.mktemp("home"))}


@pytest.fixture(scope="module")
def novita_results(sdk_python: Path, mock_urls: dict[str, str], tmp_path_factory: pytest.TempPathFactory):
    root = mock_urls["novita"].removesuffix("/gpu-instance/openapi/v1")
    env = {"NOVITA_BASE_URL": root, "NOVITA_API_KEY": KEY}
    return {r["step"]: r for r in run_flow(sdk_python, "novita_sdk.py", env, tmp_path_factory.mktemp("home"))}


def _passed(results: dict[str, dict[str, object]], step: str) -> None:
    assert step in results, f"the flow never reported {step!r}"
    assert results[step]["ok"], results[step]["error"]


@pytest.mark.parametrize("step", RUNPOD_STEPS)
def test_runpod_sdk(runpod_results, step: str) -> None:
    _passed(runpod_results[0], step)


@pytest.mark.parametrize("step", PRIME_STEPS)
def test_prime_sdk(prime_results, step: str) -> None:
    _passed(prime_results, step)


@pytest.mark.parametrize("step", NOVITA_STEPS)
def test_novita_sdk(novita_results, step: str) -> None:
    _passed(novita_results, step)


def test_the_tables_list_every_step_each_flow_ran(runpod_results, prime_results, novita_results) -> None:
    assert list(runpod_results[0]) == RUNPOD_STEPS
    assert list(prime_results) == PRIME_STEPS
    assert list(novita_results) == NOVITA_STEPS


def test_graphql_made_objects_are_rest_objects(runpod_results) -> None:
    _, templates, endpoints, registries, keys = runpod_results
    assert {"sdk-pod-template", "sdk-worker", "sdk-worker-v2"} <= templates
    assert endpoints["sdk-endpoint"]["gpu"]["pools"] == ["AMPERE_16"]
    assert endpoints["sdk-endpoint"]["flashboot"] == "FLASHBOOT"
    assert "ghcr-sdk" in registries and "docker-hub-sdk" not in registries  # the second one was deleted
    assert keys and keys[0].startswith("ssh-ed25519 ")
