"""``novita-sdk`` (PyPI) against the Novita mock: clusters, products, registry credentials,
network storage, templates, VPC networks, instances (create, list, get, stop, start, restart,
edit, metrics, save image, jobs, delete), image prewarm and serverless endpoints. Every call is
one step.

Environment: NOVITA_BASE_URL (the mock's root: the SDK adds /gpu-instance/openapi/v1),
NOVITA_API_KEY.
"""

from __future__ import annotations

import os
from typing import Any

from _runner import check, done, expect_error, step, wait_for
from novita import NovitaClient
from novita.exceptions import AuthenticationError
from novita.generated.models import (
    CreateEndpointRequest,
    CreateImagePrewarmRequest,
    CreateInstanceRequest,
    CreateNetworkRequest,
    CreateNetworkStorageRequest,
    CreateTemplateRequest,
    EditInstanceRequest,
    SaveImageRequest,
    UpdateEndpointRequest,
    UpdateImagePrewarmRequest,
    UpdateNetworkRequest,
    UpdateNetworkStorageRequest,
)
from pydantic import ValidationError as PydanticError

client = NovitaClient(api_key=os.environ["NOVITA_API_KEY"], base_url=os.environ["NOVITA_BASE_URL"])
gpu = client.gpu
state: dict[str, Any] = {}


def clusters() -> list:
    found = gpu.clusters.list()
    check(len(found) >= 2 and all(c.available_gpu_type for c in found), f"clusters {found}")
    return found


def products() -> list:
    found = gpu.products.list()
    check(len(found) >= 5, f"{len(found)} products")
    for p in found:
        check(p.price is not None and p.price > 0 and p.cpu_per_gpu > 0 and p.memory_per_gpu > 0, f"product {p.id}")
        if p.spot_price is not None:
            check(0 < p.spot_price < p.price, f"spot {p.spot_price} not below on-demand {p.price} ({p.name})")
        for monthly in p.monthly_price:
            check(monthly.price < p.price_raw * 730 * monthly.month, f"monthly price of {p.name} is no discount")
    check(any(p.spot_price is None for p in found), "every product has spot: the null case is not exercised")
    state["product"] = next(p for p in found if p.name.startswith("RTX 4090"))
    return found


def spot_products() -> list:
    found = gpu.products.list(billing_method="spot")
    check(found and all(p.spot_price is not None for p in found), "spot filter")
    return found


def cpu_products() -> list:
    found = gpu.products.list_cpu()
    check(found and all(p.price and p.cpu_num and p.memory_size for p in found), f"cpu products {found}")
    return found


def registry() -> list:
    gpu.registries.create("registry.example.org", "sdk-user", "s3cret-token")
    found = gpu.registries.list()
    check(len(found) == 1 and found[0].name == "registry.example.org", f"registries {found}")
    state["registry"] = found[0]
    return found


def storage() -> list:
    cluster = state["product"].regions[-1]  # where the instance will run: storage mounts only in its cluster
    try:
        gpu.storages.create(CreateNetworkStorageRequest(clusterId=cluster, storageName="sdk-store", storageSize=100))
    except PydanticError as exc:
        # Novita documents this answer as a JSON string (the new storage's id); novita-sdk 0.5.0 parses it
        # as an object and raises. The storage is made all the same: the SDK's own list shows it.
        check(exc.errors()[0]["input"] and isinstance(exc.errors()[0]["input"], str), f"unexpected answer {exc}")
    found = gpu.storages.list()
    check(len(found) == 1 and found[0].storage_size == 100 and found[0].cluster_id == cluster, f"{found}")
    check(found[0].price and float(found[0].price) > 0, f"storage price {found[0].price!r}")
    state["storage"] = found[0]
    return found


def storage_update() -> object:
    store = state["storage"]
    gpu.storages.update(
        UpdateNetworkStorageRequest(storageId=store.storage_id, storageName="sdk-store-2", storageSize=200)
    )
    now = gpu.storages.list()[0]
    check(now.storage_name == "sdk-store-2" and now.storage_size == 200, f"after update {now}")
    return now


def template() -> object:
    created = gpu.templates.create(
        CreateTemplateRequest(
            template={
                "name": "sdk-template",
                "readme": "made by the SDK flow",
                "type": "instance",
                "channel": "private",
                "image": "pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime",
                "startCommand": "sleep infinity",
                "rootfsSize": 60,
                "ports": [{"type": "tcp", "ports": [22]}, {"type": "http", "ports": [8888]}],
                "volumes": [{"type": "local", "size": 30, "mountPath": "/workspace"}],
                "envs": [{"key": "A", "value": "1"}],
            }
        )
    )
    state["template"] = created.template_id
    got = gpu.templates.get(created.template_id)
    check(got.name == "sdk-template" and got.channel == "private" and got.create_time, f"template {got}")
    return got


def templates() -> list:
    found = gpu.templates.list()
    check(state["template"] in {t.id for t in found} and any(t.channel == "official" for t in found), "templates")
    return found


def network() -> object:
    # networks.create/get/update return novita-sdk's *instance* network model ({id, ip}) for the
    # VPC ({Id, name, ...}) the API answers with, so their ids are None: a user reads them from list().
    cluster = state["product"].regions[-1]
    gpu.networks.create(CreateNetworkRequest(clusterId=cluster, name="sdk-vpc"))
    found = gpu.networks.list()
    check(len(found) == 1 and found[0].name == "sdk-vpc" and found[0].cluster_id == cluster, f"networks {found}")
    check(found[0].segment.endswith("/16") and found[0].create_time.isdigit(), f"network {found[0]}")
    state["network"] = found[0].id
    gpu.networks.get(found[0].id)
    return found


def network_update() -> object:
    gpu.networks.update(UpdateNetworkRequest(networkId=state["network"], name="sdk-vpc-2"))
    check(gpu.networks.list()[0].name == "sdk-vpc-2", "rename did not stick")
    return True


def create_instance() -> object:
    product = state["product"]
    answer = gpu.instances.create(
        CreateInstanceRequest(
            name="sdk-instance",
            productId=product.id,
            gpuNum=1,
            rootfsSize=60,
            imageUrl="pytorch/pytorch:latest",
            kind="gpu",
            ports="22/tcp,8888/http",
            envs=[{"key": "RUN", "value": "1"}],
            clusterId=product.regions[-1],
            networkStorages=[{"Id": state["storage"].storage_id, "mountPoint": "/mnt/store"}],
            networkId=state["network"],
        )
    )
    state["instance"] = answer.id
    return answer


def running(instance_id: str) -> object:
    return wait_for(
        f"instance {instance_id} running",
        lambda: (lambda i: i if i.status == "running" else None)(gpu.instances.get(instance_id)),
    )


def list_instances() -> list:
    found = gpu.instances.list(page_size=10, page_num=1)
    check([i.id for i in found] == [state["instance"]], f"listed {[i.id for i in found]}")
    return found


def get_instance() -> object:
    inst = running(state["instance"])
    check(
        inst.connect_component_ssh and inst.connect_component_ssh.password, f"ssh of {inst}"
    )  # the SDK reads {user, password, command}; the docs show {sshCommand, password, isRunning}
    check(int(inst.gpu_num) == 1 and int(inst.cpu_num) > 0 and int(inst.memory) > 0, f"sizes of {inst}")
    check(any(m.id == state["storage"].storage_id for m in inst.volume_mounts or []), "the storage is not mounted")
    check(inst.network and inst.network.id == state["network"] and inst.network.ip, f"network of {inst}")
    check(inst.end_time == "-1" and inst.billing_mode == "onDemand", f"billing of {inst}")
    return inst


def stop() -> object:
    gpu.instances.stop(state["instance"])
    return wait_for("exited", lambda: gpu.instances.get(state["instance"]).status == "exited")


def start() -> object:
    gpu.instances.start(state["instance"])
    return running(state["instance"])


def restart() -> object:
    gpu.instances.restart(state["instance"])
    return running(state["instance"])


def edit() -> object:
    gpu.instances.edit(
        EditInstanceRequest(
            instanceId=state["instance"],
            ports=[{"port": 22, "type": "tcp"}, {"port": 7860, "type": "http"}],
            expandRootDisk=20,
        )
    )
    inst = gpu.instances.get(state["instance"])
    check(inst.rootfs_size == 80, f"rootfs after expand {inst.rootfs_size}")
    return inst


def save_image() -> object:
    job_id = gpu.instances.save_image(
        SaveImageRequest(
            instanceId=state["instance"], image="registry.example.org/me/snap:1", registryAuthId=state["registry"].id
        )
    )
    state["job"] = job_id
    return job_id


def jobs() -> list:
    found = gpu.jobs.list()
    check(any(j.id == state["job"] and j.instance_id == state["instance"] for j in found), f"jobs {found}")
    return found


def break_job() -> object:
    gpu.jobs.break_job(state["job"])
    job = next(j for j in gpu.jobs.list() if j.id == state["job"])
    check(job.state.state == "break", f"job after break {job.state}")
    return job


def delete_instance() -> object:
    gpu.instances.delete(state["instance"])
    return wait_for("removed", lambda: gpu.instances.get(state["instance"]).status == "removed")


def prewarm() -> list:
    quota = gpu.image_prewarm.get_quota()
    check(quota["limit"] > quota["total"] >= 0, f"quota {quota}")
    made = gpu.image_prewarm.create(
        CreateImagePrewarmRequest(
            imageUrl="pytorch/pytorch:latest",
            clusterId=state["product"].regions[0],
            productIds=[state["product"].id],
            note="sdk",
        )
    )
    state["prewarm"] = made.id
    found = gpu.image_prewarm.list()
    check([t.id for t in found] == [made.id] and found[0].cluster_name, f"prewarm tasks {found}")
    return found


def prewarm_update() -> object:
    task = gpu.image_prewarm.update(state["prewarm"], UpdateImagePrewarmRequest(id=state["prewarm"], note="sdk-2"))
    check(gpu.image_prewarm.list()[0].note == "sdk-2", "note did not stick")
    return task


def prewarm_delete() -> object:
    gpu.image_prewarm.delete(state["prewarm"])
    check(gpu.image_prewarm.list() == [], "prewarm task left")
    return True


def endpoint_limits() -> dict:
    limits = gpu.endpoints.get_limit_ranges()
    check(limits["minWorkerNum"] <= limits["maxWorkerNum"] and limits["cudaVersionList"], f"limits {limits}")
    return limits


def endpoint() -> object:
    made = gpu.endpoints.create(
        CreateEndpointRequest(
            endpoint={
                "name": "sdk-endpoint",
                "appName": "sdk-app",
                "workerConfig": {"minNum": 1, "maxNum": 2, "freeTimeout": 300, "maxConcurrent": 4, "gpuNum": 1},
                "ports": {"port": "8000"},
                "policy": {"type": "queue", "value": 30},
                "image": {"image": "vllm/vllm-openai:v0.6.4", "command": ""},
                "products": [{"id": state["product"].id}],
                "rootfsSize": 100,
                "volumeMounts": [{"type": "local", "size": 30, "mountPath": "/data"}],
                "healthy": {"path": "/health"},
            }
        )
    )
    check(made.id, f"create answered {made}")
    state["endpoint"] = made.id
    return made


def endpoints() -> list:
    found = gpu.endpoints.list()
    check([e.id for e in found] == [state["endpoint"]] and found[0].url, f"endpoints {found}")
    return found


def get_endpoint() -> object:
    ep = gpu.endpoints.get(state["endpoint"])
    check(ep.name == "sdk-endpoint" and ep.worker_config.min_num == 1 and ep.workers, f"endpoint {ep}")
    return ep


def update_endpoint() -> object:
    ep = gpu.endpoints.update(
        state["endpoint"],
        UpdateEndpointRequest(
            workerConfig=[{"minNum": 0, "maxNum": 3, "freeTimeout": 300, "maxConcurrent": 4, "gpuNum": 1}],
            ports=[{"port": "8000"}],
            policy=[{"type": "queue", "value": 20}],
            image=[{"image": "vllm/vllm-openai:v0.6.5", "command": ""}],
        ),
    )
    check(ep.worker_config.max_num == 3 and ep.image.image.endswith("v0.6.5"), f"after update {ep}")
    return ep


def delete_endpoint() -> object:
    gpu.endpoints.delete(state["endpoint"])
    check(gpu.endpoints.list() == [], "endpoint left")
    return True


def cleanup() -> object:
    gpu.templates.delete(state["template"])
    gpu.storages.delete(state["storage"].storage_id)
    gpu.networks.delete(state["network"])
    gpu.registries.delete(state["registry"].id)
    check(gpu.storages.list() == [] and gpu.registries.list() == [] and gpu.networks.list() == [], "left over")
    return True


def wrong_key() -> str:
    other = NovitaClient(api_key="not-a-key", base_url=os.environ["NOVITA_BASE_URL"])
    return expect_error(AuthenticationError, other.gpu.clusters.list)


step("clusters.list", clusters)
step("products.list (prices, spotPrice number or null)", products)
step("products.list (billing_method=spot)", spot_products)
step("products.list_cpu", cpu_products)
step("registries.create + list", registry)
step("storages.create + list (the documented string answer; see the note)", storage)
step("storages.update", storage_update)
step("templates.create + get", template)
step("templates.list", templates)
step("networks.create + list + get", network)
step("networks.update", network_update)
step("instances.create (storage, VPC)", create_instance)
step("instances.list", list_instances)
step("instances.get (running: SSH, mounts, network)", get_instance)
step("instances.stop", stop)
step("instances.start", start)
step("instances.restart", restart)
step("instances.edit (ports, expand root disk)", edit)
step("instances.save_image", save_image)
step("jobs.list", jobs)
step("jobs.break_job", break_job)
step("instances.delete", delete_instance)
step("image_prewarm.get_quota + create + list", prewarm)
step("image_prewarm.update", prewarm_update)
step("image_prewarm.delete", prewarm_delete)
step("endpoints.get_limit_ranges", endpoint_limits)
step("endpoints.create", endpoint)
step("endpoints.list", endpoints)
step("endpoints.get", get_endpoint)
step("endpoints.update", update_endpoint)
step("endpoints.delete", delete_endpoint)
step("templates/storages/networks/registries delete", cleanup)
step("a key the mock refuses raises AuthenticationError", wrong_key)
done()
