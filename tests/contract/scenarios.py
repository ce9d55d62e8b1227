"""What a real client sends: one ordered scenario per API that calls every operation with the
values a user would send (real GPU ids, data centers, images), on the objects it made before.

A step names an operation, the keyword arguments of the generated client's call (``body`` as a
plain dict; ids read from ``ctx``), an optional clock advance before it, and an optional
``keep`` that stores something from the JSON answer in ``ctx`` for later steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH1kZXNrdG9wLWtleS1mb3ItY29udHJhY3Q alice@laptop"


class Ids(dict[str, str]):
    """Ids kept from earlier answers; a stand-in for one never made (Prism makes none)."""

    def __missing__(self, key: str) -> str:
        return f"missing-{key}"


@dataclass
class Ctx:
    clouds: Any
    ids: Ids = field(default_factory=Ids)

    def advance(self, seconds: float) -> None:
        self.clouds.clock.advance(seconds)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clouds.clock.time(), UTC)


Args = Callable[[Ctx], dict[str, Any]]


@dataclass(frozen=True)
class Step:
    op: str
    args: Args = lambda c: {}
    advance: float = 0.0
    keep: tuple[tuple[str, Callable[[Any], str]], ...] = ()


def S(op: str, args: Args | None = None, *, advance: float = 0.0, **keep: Callable[[Any], str]) -> Step:
    return Step(op, args or (lambda c: {}), advance, tuple(keep.items()))


def _id(answer: Any) -> str:
    return str(answer["id"])


# --- RunPod REST v2 -----------------------------------------------------------------------------

RUNPOD_V2 = [
    S("list_catalog_gpus", lambda c: {"include": ["AVAILABILITY"], "product": ["POD"], "count": 1}),
    S(
        "get_catalog_gpu",
        lambda c: {
            "id": "NVIDIA H100 80GB HBM3",
            "include": ["AVAILABILITY"],
            "product": ["POD"],
            "country_codes": ["US"],
        },
    ),
    S("list_catalog_cpus", lambda c: {"include": ["AVAILABILITY"], "product": ["POD"], "vcpu_count": 4}),
    S("get_catalog_cpu", lambda c: {"id": "cpu5c"}),
    S("list_catalog_datacenters", lambda c: {"include": ["GPU_AVAILABILITY", "CPU_AVAILABILITY"]}),
    S("get_catalog_datacenter", lambda c: {"id": "EU-RO-1", "include": ["GPU_AVAILABILITY"]}),
    S("list_catalog_templates", lambda c: {"source": "official"}),
    S("update_account_ssh_keys", lambda c: {"body": {"keys": [SSH_KEY]}}),
    S("list_account_ssh_keys"),
    S(
        "create_registry",
        lambda c: {"body": {"name": "ghcr-alice", "username": "alice", "password": "ghp_Xy9"}},
        registry=_id,
    ),
    S("list_registries"),
    S("get_registry", lambda c: {"id": c.ids["registry"]}),
    S(
        "create_registry_delegation",
        lambda c: {
            "body": {"resource": "arn:aws:ecr:us-east-1:123456789012:repository/team/trainer:v3", "name": "trainer"}
        },
        delegation=_id,
    ),
    S("list_registry_delegations"),
    S(
        "create_network_volume",
        lambda c: {"body": {"name": "datasets", "size": 100, "dataCenter": "EU-RO-1", "type": "STANDARD"}},
        volume=_id,
    ),
    S("list_network_volumes"),
    S("get_network_volume", lambda c: {"id": c.ids["volume"]}),
    S("update_network_volume", lambda c: {"id": c.ids["volume"], "body": {"name": "datasets-eu", "size": 150}}),
    S(
        "create_template",
        lambda c: {
            "body": {
                "name": "trainer",
                "image": "ghcr.io/alice/trainer:3.1",
                "registry": c.ids["registry"],
                "env": {"WANDB_PROJECT": "llm"},
                "ports": ["8888/http", "22/tcp"],
                "disk": 40,
                "category": "NVIDIA",
                "mounts": {"persistent": {"size": 50, "path": "/workspace"}},
                "startSsh": True,
            }
        },
        template=_id,
    ),
    S(
        "create_template",
        lambda c: {"body": {"name": "worker", "image": "alice/sd-worker:1.4", "serverless": True, "disk": 20}},
        worker_template=_id,
    ),
    S("list_templates"),
    S("get_template", lambda c: {"id": c.ids["template"]}),
    S("update_template", lambda c: {"id": c.ids["template"], "body": {"env": {"WANDB_PROJECT": "llm-v2"}}}),
    S(
        "create_pod",
        lambda c: {
            "body": {
                "name": "trainer-1",
                "templateId": c.ids["template"],
                "gpu": {"id": "NVIDIA RTX A6000", "count": 1},
                "cloud": "SECURE",
                "mounts": {"network": [{"volumeId": c.ids["volume"], "path": "/data"}]},
                "ports": ["8888/http", "22/tcp"],
            }
        },
        pod=_id,
    ),
    S("list_pods", lambda c: {"include_cluster_pods": False}),
    S("get_pod", lambda c: {"id": c.ids["pod"]}, advance=120),
    S("get_pod_logs", lambda c: {"id": c.ids["pod"], "tail": 5}, advance=300),
    S("update_pod", lambda c: {"id": c.ids["pod"], "body": {"name": "trainer-one", "locked": True}}),
    S("run_pod_action", lambda c: {"id": c.ids["pod"], "body": {"action": "stop"}}),
    S(
        "create_endpoint",
        lambda c: {
            "body": {
                "name": "sd-worker",
                "type": "QUEUE",
                "templateId": c.ids["worker_template"],
                "gpu": {"pools": ["ADA_24"], "count": 1},
                "workers": {"min": 1, "max": 3, "idleTimeout": 5},
                "scaling": {"type": "QUEUE_DELAY", "queueDelay": 4},
                "dataCenterIds": ["EU-RO-1"],
            }
        },
        endpoint=_id,
    ),
    S("list_endpoints"),
    S("get_endpoint", lambda c: {"id": c.ids["endpoint"]}),
    S("update_endpoint", lambda c: {"id": c.ids["endpoint"], "body": {"workers": {"max": 5}}}),
    S(
        "list_endpoint_workers",
        lambda c: {"id": c.ids["endpoint"]},
        advance=60,
        worker=lambda a: str(a["workers"][0]["id"]),
    ),
    S("list_endpoint_releases", lambda c: {"id": c.ids["endpoint"]}),
    S("get_endpoint_worker_logs", lambda c: {"id": c.ids["endpoint"], "worker_id": c.ids["worker"], "tail": 3}),
    S(
        "create_cluster",
        lambda c: {
            "body": {
                "name": "pretrain",
                "type": "TRAINING",
                "image": "nvcr.io/nvidia/pytorch:24.10-py3",
                "compute": {"gpuTypeId": "NVIDIA H100 80GB HBM3", "gpuCountPerPod": 8, "podCount": 2},
            }
        },
        cluster=_id,
    ),
    S("list_clusters"),
    S("get_cluster", lambda c: {"id": c.ids["cluster"]}, advance=60),
    S("update_cluster", lambda c: {"id": c.ids["cluster"], "body": {"name": "pretrain-7b"}}),
    S("list_cluster_pods", lambda c: {"id": c.ids["cluster"]}),
    S("get_billing", lambda c: {"bucket_size": "hour", "last_n": 4}, advance=3600),
    S("list_billing_pods", lambda c: {"bucket_size": "hour", "start_time": c.now() - timedelta(hours=3)}),
    S("list_billing_endpoints", lambda c: {"bucket_size": "day", "last_n": 2}),
    S("list_billing_public_endpoints", lambda c: {"bucket_size": "day", "last_n": 2}),
    S("list_billing_network_volumes", lambda c: {"network_volume_id": c.ids["volume"], "bucket_size": "day"}),
    S("list_billing_clusters", lambda c: {"bucket_size": "hour", "last_n": 3}),
    S("delete_cluster", lambda c: {"id": c.ids["cluster"]}),
    S("delete_endpoint", lambda c: {"id": c.ids["endpoint"]}),
    S("delete_pod", lambda c: {"id": c.ids["pod"]}),
    S("delete_template", lambda c: {"id": c.ids["worker_template"]}),
    S("delete_template", lambda c: {"id": c.ids["template"]}),
    S("delete_network_volume", lambda c: {"id": c.ids["volume"]}),
    S("delete_registry_delegation", lambda c: {"id": c.ids["delegation"]}),
    S("delete_registry", lambda c: {"id": c.ids["registry"]}),
]

# --- RunPod REST v1 (deprecated) --------------------------------------------------------------------

RUNPOD_V1 = [
    S("get_openapi_json"),
    S("get_docs"),
    S(
        "create_container_registry_auth",
        lambda c: {"body": {"name": "docker-hub", "username": "bob", "password": "dckr_pat_7"}},
        registry=_id,
    ),
    S("list_container_registry_auths"),
    S("get_container_registry_auth", lambda c: {"container_registry_auth_id": c.ids["registry"]}),
    S(
        "create_network_volume",
        lambda c: {"body": {"name": "checkpoints", "size": 200, "dataCenterId": "US-TX-3"}},
        volume=_id,
    ),
    S("list_network_volumes"),
    S("get_network_volume", lambda c: {"network_volume_id": c.ids["volume"]}),
    S("update_network_volume", lambda c: {"network_volume_id": c.ids["volume"], "body": {"size": 250}}),
    S(
        "update_network_volume_via_post",
        lambda c: {"network_volume_id": c.ids["volume"], "body": {"name": "checkpoints-tx"}},
    ),
    S(
        "create_template",
        lambda c: {
            "body": {
                "name": "notebook",
                "imageName": "runpod/pytorch:2.4.0-py3.11-cuda12.4.1-devel-ubuntu22.04",
                "containerDiskInGb": 30,
                "volumeInGb": 50,
                "volumeMountPath": "/workspace",
                "ports": ["8888/http", "22/tcp"],
                "env": {"JUPYTER_TOKEN": "nb"},
                "containerRegistryAuthId": c.ids["registry"],
                "readme": "A notebook pod.",
            }
        },
        template=_id,
    ),
    S(
        "create_template",
        lambda c: {
            "body": {"name": "embedder", "imageName": "bob/embedder:0.9", "isServerless": True, "containerDiskInGb": 20}
        },
        worker_template=_id,
    ),
    S("list_templates", lambda c: {"include_runpod_templates": True}),
    S("get_template", lambda c: {"template_id": c.ids["template"]}),
    S("update_template", lambda c: {"template_id": c.ids["template"], "body": {"readme": "A notebook pod, v2."}}),
    S("update_template_via_post", lambda c: {"template_id": c.ids["template"], "body": {"ports": ["8888/http"]}}),
    S(
        "create_pod",
        lambda c: {
            "body": {
                "name": "notebook-1",
                "templateId": c.ids["template"],
                "gpuTypeIds": ["NVIDIA B200", "NVIDIA RTX A6000"],
                "gpuCount": 1,
                "networkVolumeId": c.ids["volume"],
                "cloudType": "SECURE",
            }
        },
        pod=_id,
    ),
    S("list_pods", lambda c: {"include_machine": True, "include_network_volume": True}),
    S("get_pod", lambda c: {"pod_id": c.ids["pod"], "include_machine": True}, advance=120),
    S("update_pod", lambda c: {"pod_id": c.ids["pod"], "body": {"name": "notebook-one"}}),
    S("update_pod_via_post", lambda c: {"pod_id": c.ids["pod"], "body": {"env": {"JUPYTER_TOKEN": "nb2"}}}),
    S("restart_pod", lambda c: {"pod_id": c.ids["pod"]}),
    S("reset_pod", lambda c: {"pod_id": c.ids["pod"]}, advance=60),
    S("stop_pod", lambda c: {"pod_id": c.ids["pod"]}),
    S("start_pod", lambda c: {"pod_id": c.ids["pod"]}, advance=30),
    S(
        "create_endpoint",
        lambda c: {
            "body": {
                "name": "embedder",
                "templateId": c.ids["worker_template"],
                "gpuTypeIds": ["NVIDIA RTX A5000"],
                "gpuCount": 1,
                "workersMin": 1,
                "workersMax": 2,
                "idleTimeout": 10,
                "scalerType": "QUEUE_DELAY",
                "scalerValue": 4,
                "executionTimeoutMs": 600000,
            }
        },
        endpoint=_id,
    ),
    S("list_endpoints", lambda c: {"include_template": True}),
    S("get_endpoint", lambda c: {"endpoint_id": c.ids["endpoint"], "include_workers": True}, advance=60),
    S("update_endpoint", lambda c: {"endpoint_id": c.ids["endpoint"], "body": {"workersMax": 4}}),
    S("update_endpoint_via_post", lambda c: {"endpoint_id": c.ids["endpoint"], "body": {"idleTimeout": 20}}),
    S("list_billing_pods", lambda c: {"bucket_size": "hour", "start_time": c.now() - timedelta(hours=2)}, advance=3600),
    S(
        "list_billing_endpoints",
        lambda c: {"bucket_size": "hour", "grouping": "endpointId", "start_time": c.now() - timedelta(hours=2)},
    ),
    S("list_billing_network_volumes", lambda c: {"bucket_size": "day"}),
    S("delete_endpoint", lambda c: {"endpoint_id": c.ids["endpoint"]}),
    S("delete_pod", lambda c: {"pod_id": c.ids["pod"]}),
    S("delete_template", lambda c: {"template_id": c.ids["worker_template"]}),
    S("delete_template", lambda c: {"template_id": c.ids["template"]}),
    S("delete_network_volume", lambda c: {"network_volume_id": c.ids["volume"]}),
    S("delete_container_registry_auth", lambda c: {"container_registry_auth_id": c.ids["registry"]}),
]

# --- Prime Intellect ------------------------------------------------------------------------------------

PRIMEINTELLECT = [
    S("list_availability_gpus", lambda c: {"gpu_type": "H100_80GB", "page_size": 2, "page": 1}),
    S("get_availability_multi_node"),
    S("get_availability", lambda c: {"gpu_count": 1}),
    S("list_availability_clusters"),
    S("get_availability_gpu_summary"),
    S("get_availability_multi_node_summary"),
    S("list_availability_disks", lambda c: {"regions": ["eu_north"]}),
    S("create_ssh_key", lambda c: {"body": {"name": "laptop", "publicKey": SSH_KEY}}, key=_id),
    S("list_ssh_keys"),
    S("update_ssh_key", lambda c: {"key_id": c.ids["key"], "body": {"isPrimary": True}}),
    S(
        "create_disk",
        lambda c: {
            "body": {
                "disk": {"size": 500, "name": "datasets", "dataCenterId": "NO-1"},
                "provider": {"type": "hyperstack"},
            }
        },
        disk=_id,
    ),
    S("list_disks", lambda c: {"offset": 0, "limit": 10}),
    S("get_disk", lambda c: {"disk_id": c.ids["disk"]}, advance=30),
    S("update_disk", lambda c: {"disk_id": c.ids["disk"], "body": {"name": "datasets-no"}}),
    S(
        "create_pod",
        lambda c: {
            "body": {
                "pod": {
                    "cloudId": "hyperstack-h100-sxm-1",
                    "gpuType": "H100_80GB",
                    "socket": "SXM5",
                    "gpuCount": 1,
                    "name": "finetune",
                    "image": "cuda_12_4_pytorch_2_5",
                    "diskSize": 200,
                    "sshKeyId": c.ids["key"],
                },
                "provider": {"type": "hyperstack"},
                "disks": [c.ids["disk"]],
            }
        },
        pod=_id,
    ),
    S("list_pods", lambda c: {"offset": 0, "limit": 50}),
    S("get_pod", lambda c: {"pod_id": c.ids["pod"]}, advance=120),
    S("get_pod_status", lambda c: {"pod_ids": [c.ids["pod"]]}),
    S("get_pod_log", lambda c: {"pod_id": c.ids["pod"], "tail": 10}),
    S("get_billing_wallet", lambda c: {"limit": 10}, advance=3600),
    S("get_billing_run_usage", lambda c: {"run_id": "run_4b8e2c91f0a7"}),
    S("list_template_registry_credentials"),
    S(
        "check_docker_image",
        lambda c: {"body": {"image": "ghcr.io/alice/trainer:3.1", "registry_credentials_id": "rc_7f3a9d21e4b84c0f"}},
    ),
    S("delete_pod", lambda c: {"pod_id": c.ids["pod"]}),
    S("get_pod_history", lambda c: {"sort_by": "createdAt", "sort_order": "desc"}, advance=60),
    S("delete_disk", lambda c: {"disk_id": c.ids["disk"]}),
    S("delete_ssh_key", lambda c: {"key_id": c.ids["key"]}),
]

# --- Novita ------------------------------------------------------------------------------------------------


def _first(key: str) -> Callable[[Any], str]:
    return lambda answer: str(answer[key][0]["Id" if key in ("networks", "network") else "id"])


NOVITA = [
    S("list_clusters"),
    S("list_products", lambda c: {"cluster_id": "us-ca-1"}),
    S("list_cpu_products"),
    S("get_endpoint_limit"),
    S("get_image_prewarm_quota"),
    S(
        "save_repository_auth",
        lambda c: {"body": {"name": "registry.example.org", "username": "carol", "password": "s3cret"}},
    ),
    S("list_repository_auths", auth=_first("data")),
    S(
        "create_network_storage",
        lambda c: {"body": {"clusterId": "us-ca-1", "storageName": "data", "storageSize": 200}},
        storage=str,
    ),
    S("list_network_storages", lambda c: {"page_no": 1, "page_size": 10}),
    S(
        "update_network_storage",
        lambda c: {"body": {"storageId": c.ids["storage"], "storageName": "data-ca", "storageSize": 300}},
    ),
    S("create_network", lambda c: {"body": {"clusterId": "us-ca-1", "name": "train-vpc"}}, network=_first("network")),
    S("list_networks", lambda c: {"page_num": 1, "page_size": 10}),
    S("get_network", lambda c: {"network_id": c.ids["network"]}),
    S("update_network", lambda c: {"body": {"networkId": c.ids["network"], "name": "train-vpc-2"}}),
    S(
        "create_template",
        lambda c: {
            "body": {
                "template": {
                    "name": "jupyter-cu124",
                    "readme": "JupyterLab on CUDA 12.4",
                    "type": "instance",
                    "channel": "private",
                    "image": "pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime",
                    "startCommand": "jupyter lab --allow-root",
                    "rootfsSize": 60,
                    "ports": [{"type": "http", "ports": [8888]}, {"type": "tcp", "ports": [22]}],
                    "volumes": [{"type": "local", "size": 30, "mountPath": "/workspace"}],
                    "envs": [{"key": "HF_HOME", "value": "/workspace/hf"}],
                }
            }
        },
        template=lambda a: str(a["templateId"]),
    ),
    S("list_templates", lambda c: {"page_size": 10, "page_num": 1}),
    S("get_template", lambda c: {"template_id": c.ids["template"]}),
    S(
        "create_gpu_instance",
        lambda c: {
            "body": {
                "name": "train-1",
                "productId": "1",
                "gpuNum": 1,
                "rootfsSize": 60,
                "imageUrl": "pytorch/pytorch:latest",
                "kind": "gpu",
                "ports": "22/tcp,8888/http",
                "clusterId": "us-ca-1",
                "envs": [{"key": "RUN", "value": "1"}],
                "networkStorages": [{"Id": c.ids["storage"], "mountPoint": "/mnt/data"}],
                "networkId": c.ids["network"],
                "imageAuthId": c.ids["auth"],
            }
        },
        instance=_id,
    ),
    S("list_gpu_instances", lambda c: {"page_size": 10, "page_num": 1}),
    S("get_gpu_instance", lambda c: {"instance_id": c.ids["instance"]}, advance=600),
    S("get_gpu_instance_metrics", lambda c: {"instance_id": c.ids["instance"]}),
    S(
        "edit_gpu_instance",
        lambda c: {
            "body": {
                "instanceId": c.ids["instance"],
                "expandRootDisk": 40,
                "ports": [{"port": 22, "type": "tcp"}, {"port": 7860, "type": "http"}],
            }
        },
    ),
    S("restart_gpu_instance", lambda c: {"body": {"instanceId": c.ids["instance"]}}),
    S("stop_gpu_instance", lambda c: {"body": {"instanceId": c.ids["instance"]}}, advance=600),
    S("start_gpu_instance", lambda c: {"body": {"instanceId": c.ids["instance"]}}, advance=600),
    S(
        "upgrade_gpu_instance",
        lambda c: {
            "body": {
                "instanceId": c.ids["instance"],
                "imageUrl": "pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime",
                "envs": [{"key": "RUN", "value": "2"}],
                "command": "",
                "save": True,
                "networkVolume": {
                    "volumeMounts": [{"type": "network", "id": c.ids["storage"], "mountPath": "/mnt/data"}]
                },
            }
        },
        advance=600,
    ),
    S(
        "convert_gpu_instance_to_monthly",
        lambda c: {"body": {"instanceId": c.ids["instance"], "month": 1}},
        advance=600,
    ),
    S("renew_gpu_instance", lambda c: {"body": {"instanceId": c.ids["instance"], "month": 3}}),
    S("migrate_gpu_instance", lambda c: {"body": {"instanceId": c.ids["instance"]}}),
    S(
        "save_instance_image",
        lambda c: {
            "body": {
                "instanceId": c.ids["instance"],
                "registryAuthId": c.ids["auth"],
                "image": "registry.example.org/carol/train:snap1",
            }
        },
        job=lambda a: str(a["jobId"]),
    ),
    S("list_jobs", lambda c: {"page_size": 10, "page_num": 1}),
    S("break_job", lambda c: {"body": {"jobId": c.ids["job"]}}),
    S(
        "create_image_prewarm",
        lambda c: {
            "body": {
                "imageUrl": "pytorch/pytorch:latest",
                "clusterId": "us-ca-1",
                "productIds": ["1", "2"],
                "note": "nightly",
            }
        },
        prewarm=_id,
    ),
    S("list_image_prewarm_tasks", lambda c: {"page": 1, "page_size": 10}),
    S("edit_image_prewarm", lambda c: {"body": {"id": c.ids["prewarm"], "note": "weekly"}}),
    S(
        "create_endpoint",
        lambda c: {
            "body": {
                "endpoint": {
                    "name": "llm",
                    "appName": "llm-app",
                    "workerConfig": {"minNum": 1, "maxNum": 3, "freeTimeout": 300, "maxConcurrent": 8, "gpuNum": 1},
                    "ports": {"port": "8000"},
                    "policy": {"type": "queue", "value": 30},
                    "image": {"image": "vllm/vllm-openai:v0.6.4", "command": ""},
                    "products": [{"id": "2"}],
                    "rootfsSize": 100,
                    "volumeMounts": [{"type": "local", "size": 30, "mountPath": "/data"}],
                    "healthy": {"path": "/health"},
                }
            }
        },
        endpoint=_id,
    ),
    S("list_endpoints", lambda c: {"page_size": 10, "page_num": 1}, advance=60),
    S("get_endpoint", lambda c: {"id": c.ids["endpoint"]}),
    S(
        "update_endpoint",
        lambda c: {
            "body": {
                "id": c.ids["endpoint"],
                "workerConfig": [{"minNum": 0, "maxNum": 4, "freeTimeout": 300, "maxConcurrent": 8, "gpuNum": 1}],
                "ports": [{"port": "8000"}],
                "policy": [{"type": "queue", "value": 20}],
                "image": [{"image": "vllm/vllm-openai:v0.6.5", "command": ""}],
            }
        },
    ),
    S("delete_endpoint", lambda c: {"body": {"name": "llm"}}),
    S("delete_image_prewarm", lambda c: {"body": {"ids": [c.ids["prewarm"]]}}),
    S("delete_gpu_instance", lambda c: {"body": {"instanceId": c.ids["instance"]}}),
    S("delete_template", lambda c: {"body": {"templateId": c.ids["template"]}}),
    S("delete_network_storage", lambda c: {"body": {"storageId": c.ids["storage"]}}, advance=30),
    S("delete_network", lambda c: {"body": {"networkId": c.ids["network"]}}),
    S("delete_repository_auth", lambda c: {"body": {"id": c.ids["auth"]}}),
]

SCENARIOS: dict[str, list[Step]] = {
    "runpod_v2": RUNPOD_V2,
    "runpod_v1": RUNPOD_V1,
    "primeintellect": PRIMEINTELLECT,
    "novita": NOVITA,
}
