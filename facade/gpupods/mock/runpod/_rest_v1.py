"""RunPod REST v1 (``https://rest.runpod.io/v1``; deprecated) over the shared RunPod account.

v1 names things differently from v2 (``imageName``, ``containerDiskInGb``, GPU type ids
instead of pools for endpoints, ``containerregistryauth``) but shows the same objects.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._billing import buckets
from .._core import ApiError, Call, Reply, SpecMock, handles
from ._account import USER_ID, NetworkVolume, Template

if TYPE_CHECKING:
    from ._account import RunPodPod
    from ._cloud import RunPodCloud

_CUDA_VERSIONS = ("13.0", "12.9", "12.8", "12.7", "12.6", "12.5", "12.4", "12.3", "12.2", "12.1", "12.0", "11.8")
_DOCS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>RunPod REST API v1</title></head>
<body><h1>RunPod REST API v1</h1>
<p>Manage pods, serverless endpoints, templates, network volumes and container registry
credentials. This API is deprecated: use <a href="https://api.runpod.io/v2">REST v2</a>.</p>
<p>The machine-readable description is at <a href="/v1/openapi.json">/v1/openapi.json</a>.</p>
</body></html>
"""


class RunPodV1Mock(SpecMock):
    api = "runpod_v1"
    base_path = "/v1"

    def __init__(self, cloud: RunPodCloud, **kwargs: Any) -> None:
        self.cloud = cloud
        super().__init__(**kwargs)

    def validation_status(self, op: Any) -> int:
        return 400

    # --- documents ------------------------------------------------------------------------------

    @handles("get_openapi_json")
    def get_openapi_json(self, call: Call) -> Reply:
        return Reply(200, self.spec.document)

    @handles("get_docs")
    def get_docs(self, call: Call) -> Reply:
        return Reply(200, _DOCS, media_type="text/html")

    # --- pods ------------------------------------------------------------------------------------

    def gpu_type_json(self, gpu_id: str, count: int | None = None) -> dict[str, Any]:
        g = self.cloud.catalog[gpu_id]
        week, month, three, six, _ = g.commitment
        body = {
            "id": g.id,
            "displayName": g.name,
            "securePrice": g.secure_price,
            "communityPrice": g.community_price,
            "oneWeekPrice": week,
            "oneMonthPrice": month,
            "threeMonthPrice": three,
            "sixMonthPrice": six,
            "communitySpotPrice": g.community_spot,
            "secureSpotPrice": g.secure_spot,
        }
        if count is not None:
            body["count"] = count
        return body

    def machine_json(self, pod: RunPodPod) -> dict[str, Any]:
        cloud = self.cloud
        center = cloud.data_centers.get(pod.data_center)
        body: dict[str, Any] = {
            "costPerHr": pod.cost,
            "cpuCount": pod.vcpus * 4,
            "cpuTypeId": "AMD EPYC 9554 64-Core Processor",
            "cpuType": {
                "id": "AMD EPYC 9554 64-Core Processor",
                "displayName": "AMD EPYC 9554",
                "cores": 64,
                "threadsPerCore": 2,
                "groupId": "AMD EPYC 9004",
            },
            "dataCenterId": pod.data_center,
            "diskThroughputMBps": 2900,
            "location": center.location if center else "",
            "maxDownloadSpeedMbps": 9100,
            "maxUploadSpeedMbps": 8400,
            "secureCloud": pod.cloud == "SECURE",
            "supportPublicIp": True,
            "note": "",
            "minPodGpuCount": 1,
        }
        stock = cloud.catalog.get(pod.gpu_id or "")
        if stock is not None:
            body.update(
                {
                    "currentPricePerGpu": pod.price_per_gpu,
                    "gpuAvailable": stock.available,
                    "gpuDisplayName": stock.name,
                    "gpuTypeId": stock.id,
                    "gpuType": self.gpu_type_json(stock.id),
                }
            )
        return body

    def pod_json(self, pod: RunPodPod, query: dict[str, Any] | None = None) -> dict[str, Any]:
        cloud = self.cloud
        query = query or {}
        running = cloud.status(pod) == "RUNNING"
        body: dict[str, Any] = {
            "id": pod.id,
            "name": pod.name,
            "desiredStatus": pod.desired,
            "image": pod.image,
            "env": pod.env,
            "ports": pod.ports,
            "costPerHr": pod.cost,
            "adjustedCostPerHr": pod.cost,
            "containerDiskInGb": pod.disk,
            "volumeInGb": pod.volume_gb,
            "volumeMountPath": pod.volume_path,
            "interruptible": pod.interruptible,
            "locked": pod.locked,
            "machineId": pod.machine_id,
            "memoryInGb": pod.memory_gb,
            "vcpuCount": pod.vcpus,
            "lastStartedAt": cloud.iso(pod.run_started_at),
            "lastStatusChange": f"{'Rented' if pod.desired == 'RUNNING' else 'Stopped'} by User: "
            f"{cloud.iso(pod.run_started_at)}",
            "publicIp": cloud.public_host if running else None,
            "portMappings": {"22": pod.ssh_port} if running and "22/tcp" in pod.ports else {},
            "templateId": pod.template_id,
            "consumerUserId": USER_ID,
            "volumeEncrypted": False,
            "containerRegistryAuthId": pod.registry_id,
            "dockerStartCmd": shlex.split(pod.args),
            "dockerEntrypoint": pod.entrypoint,
            "cpuFlavorId": pod.cpu_id if not pod.gpu_id else None,
        }
        if running:
            cloud.sshd_up(pod)
        if pod.gpu_id in cloud.catalog:
            body["gpu"] = self.gpu_type_json(pod.gpu_id, pod.gpu_count)
        if query.get("includeMachine"):
            body["machine"] = self.machine_json(pod)
        if pod.network_volume_id and query.get("includeNetworkVolume") and pod.network_volume_id in cloud.volumes:
            body["networkVolume"] = self.volume_json(cloud.volumes[pod.network_volume_id])
        if query.get("includeSavingsPlans"):
            body["savingsPlans"] = []
        if pod.network_volume_id:
            body["networkVolumeId"] = pod.network_volume_id
        return {k: v for k, v in body.items() if v is not None}

    @handles("list_pods")
    def list_pods(self, call: Call) -> Reply:
        q = call.query
        pods = [p for p in list(self.cloud.pods.values()) if p.cluster_id is None]
        single = {
            "name": "name",
            "id": "id",
            "imageName": "image",
            "templateId": "template_id",
            "networkVolumeId": "network_volume_id",
            "desiredStatus": "desired",
        }
        for key, attr in single.items():
            if q.get(key):
                pods = [p for p in pods if getattr(p, attr) == q[key]]
        if q.get("computeType"):
            pods = [p for p in pods if ("GPU" if p.gpu_id else "CPU") == q["computeType"]]
        for key, attr in (("gpuTypeId", "gpu_id"), ("dataCenterId", "data_center"), ("cpuFlavorId", "cpu_id")):
            if q.get(key):
                pods = [p for p in pods if getattr(p, attr) in q[key]]
        if q.get("endpointId"):
            pods = []  # pods made here never belong to an endpoint
        return Reply(200, [self.pod_json(p, q) for p in pods])

    @handles("get_pod")
    def get_pod(self, call: Call) -> Reply:
        return Reply(200, self.pod_json(self.cloud.find(call.path["podId"]), call.query))

    @handles("create_pod")
    def create_pod(self, call: Call) -> Reply:
        body = call.body or {}
        if body.get("computeType") == "CPU":
            flavors = body.get("cpuFlavorIds") or ["cpu3c"]
            candidates: list[tuple[str | None, str | None]] = [(None, f) for f in flavors]
        else:
            candidates = [(g, None) for g in body.get("gpuTypeIds") or ["NVIDIA GeForce RTX 4090"]]
        last: ApiError | None = None
        for gpu_id, cpu_id in candidates:  # v1 tries its list in order: the fallback v2 dropped
            try:
                pod = self.cloud.new_pod(
                    name=body.get("name", "my pod"),
                    image=body.get("imageName", ""),
                    gpu_id=gpu_id,
                    gpu_count=body.get("gpuCount", 1),
                    cloud=body.get("cloudType", "SECURE"),
                    env=body.get("env") or {},
                    ports=body.get("ports") or ["8888/http", "22/tcp"],
                    disk=body.get("containerDiskInGb") or 50,
                    volume_gb=body.get("volumeInGb", 20),
                    volume_path=body.get("volumeMountPath", "/workspace"),
                    args=shlex.join(body.get("dockerStartCmd") or []),
                    template_id=body.get("templateId"),
                    interruptible=bool(body.get("interruptible")),
                    bid_per_gpu=self.cloud.catalog[gpu_id].secure_spot
                    if body.get("interruptible") and gpu_id in self.cloud.catalog
                    else None,
                    data_centers=body.get("dataCenterIds"),
                    cpu_id=cpu_id,
                    vcpus=body.get("vcpuCount") if cpu_id else None,
                    registry_id=body.get("containerRegistryAuthId"),
                    network_volume_id=body.get("networkVolumeId"),
                    entrypoint=body.get("dockerEntrypoint"),
                    cuda_versions=body.get("allowedCudaVersions"),
                    global_networking=bool(body.get("globalNetworking")),
                )
                pod.locked = bool(body.get("locked"))
                return Reply(201, self.pod_json(pod))
            except ApiError as error:
                if error.status == 404:
                    raise
                last = error
        assert last is not None
        raise ApiError(400, last.message)

    @handles("update_pod", "update_pod_via_post")
    def update_pod(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["podId"])
        body = call.body or {}
        if body.get("containerRegistryAuthId"):
            pod.registry_id = self.cloud.registry(body["containerRegistryAuthId"]).id
        for key, attr in (
            ("name", "name"),
            ("imageName", "image"),
            ("env", "env"),
            ("ports", "ports"),
            ("containerDiskInGb", "disk"),
            ("locked", "locked"),
            ("volumeMountPath", "volume_path"),
            ("dockerEntrypoint", "entrypoint"),
            ("globalNetworking", "global_networking"),
        ):
            if key in body and body[key] is not None:
                setattr(pod, attr, body[key])
        if body.get("dockerStartCmd") is not None:
            pod.args = shlex.join(body["dockerStartCmd"])
        if body.get("volumeInGb") is not None:
            if body["volumeInGb"] < pod.volume_gb:
                raise ApiError(400, f"the pod volume can only grow: it has {pod.volume_gb} GB")
            pod.volume_gb = body["volumeInGb"]
        return Reply(200, self.pod_json(pod))

    @handles("delete_pod")
    def delete_pod(self, call: Call) -> Reply:
        self.cloud.terminate(self.cloud.find(call.path["podId"]))
        return Reply(204)

    @handles("start_pod", "stop_pod", "reset_pod", "restart_pod")
    def action(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["podId"])
        verb = call.op.name.split("_")[0]
        if verb == "start":
            self.cloud.start(pod)
        elif verb == "stop":
            self.cloud.stop(pod)
        else:
            if pod.desired != "RUNNING":
                raise ApiError(400, f"pod {pod.id} is not running; start it instead")
            self.cloud.restart(pod)
        return Reply(200, self.pod_json(pod))

    # --- templates ---------------------------------------------------------------------------------

    def template_json(self, t: Template) -> dict[str, Any]:
        body = {
            "id": t.id,
            "name": t.name,
            "imageName": t.image,
            "dockerStartCmd": shlex.split(t.args),
            "dockerEntrypoint": t.entrypoint,
            "env": t.env,
            "ports": t.ports,
            "containerDiskInGb": t.disk,
            "volumeInGb": t.volume_gb,
            "volumeMountPath": t.volume_path,
            "isPublic": t.public,
            "isServerless": t.serverless,
            "isRunpod": t.official,
            "category": t.category,
            "readme": t.readme,
            "earned": 0.0,
            "runtimeInMin": t.runtime_minutes,
        }
        if t.registry_id:
            body["containerRegistryAuthId"] = t.registry_id
        return body

    @handles("list_templates")
    def list_templates(self, call: Call) -> Reply:
        q = call.query
        bound = {e.get("templateId") for e in self.cloud.endpoints.values()}
        found = [
            t for t in self.cloud.templates.values() if q.get("includeEndpointBoundTemplates") or t.id not in bound
        ]
        if q.get("includeRunpodTemplates"):
            found += list(self.cloud.official.values())
        return Reply(200, [self.template_json(t) for t in found])

    @handles("get_template")
    def get_template(self, call: Call) -> Reply:
        return Reply(200, self.template_json(self.cloud.template(call.path["templateId"])))

    @handles("create_template")
    def create_template(self, call: Call) -> Reply:
        body = call.body
        template = Template(
            id=self.new_id(),
            name=body["name"],
            image=body["imageName"],
            args=shlex.join(body.get("dockerStartCmd") or []),
            entrypoint=body.get("dockerEntrypoint") or [],
            env=body.get("env") or {},
            ports=body.get("ports") or [],
            disk=body.get("containerDiskInGb", 50),
            volume_gb=body.get("volumeInGb", 20),
            volume_path=body.get("volumeMountPath", "/workspace"),
            registry_id=body.get("containerRegistryAuthId") or None,
            serverless=bool(body.get("isServerless")),
            public=bool(body.get("isPublic")),
            category=body.get("category", "NVIDIA"),
            readme=body.get("readme", ""),
        )
        return Reply(200, self.template_json(self.cloud.add_template(template)))

    @handles("update_template", "update_template_via_post")
    def update_template(self, call: Call) -> Reply:
        template = self.cloud.own_template(call.path["templateId"])
        body = call.body or {}
        if body.get("containerRegistryAuthId"):
            self.cloud.registry(body["containerRegistryAuthId"])
        fields = {
            "name": "name",
            "imageName": "image",
            "dockerEntrypoint": "entrypoint",
            "env": "env",
            "ports": "ports",
            "containerDiskInGb": "disk",
            "volumeInGb": "volume_gb",
            "volumeMountPath": "volume_path",
            "containerRegistryAuthId": "registry_id",
            "isPublic": "public",
            "readme": "readme",
        }
        for key, attr in fields.items():
            if key in body:
                setattr(template, attr, body[key])
        if "dockerStartCmd" in body:
            template.args = shlex.join(body["dockerStartCmd"])
        return Reply(200, self.template_json(template))

    @handles("delete_template")
    def delete_template(self, call: Call) -> Reply:
        self.cloud.delete_template(call.path["templateId"])
        return Reply(204)

    # --- endpoints -----------------------------------------------------------------------------------

    def endpoint_json(self, record: dict[str, Any], query: dict[str, Any] | None = None) -> dict[str, Any]:
        query = query or {}
        gpu = record.get("gpu")
        scaling = record["scaling"]
        volumes = record.get("networkVolumes") or []
        body: dict[str, Any] = {
            "id": record["id"],
            "name": record["name"],
            "templateId": record.get("templateId"),
            "computeType": "GPU" if gpu else "CPU",
            "workersMin": record["workers"]["min"],
            "workersMax": record["workers"]["max"],
            "idleTimeout": record["workers"].get("idleTimeout", 5),
            "scalerType": scaling["type"],
            "scalerValue": int(scaling.get("queueDelay") or scaling.get("requestCount") or 1),
            "dataCenterIds": [d for d in record.get("dataCenterIds") or [] if d in self.cloud.data_centers],
            "networkVolumeIds": volumes,
            "executionTimeoutMs": record.get("timeout", 600000),
            "env": record.get("env") or {},
            "userId": USER_ID,
            "version": record.get("_version", 1),
            "createdAt": record["createdAt"],
        }
        if volumes:
            body["networkVolumeId"] = volumes[0]
        if gpu:
            pools = set(gpu.get("pools") or [])
            excluded = set(gpu.get("excludedTypes") or [])
            body["gpuTypeIds"] = [g.id for g in self.cloud.catalog.values() if g.pool in pools and g.id not in excluded]
            body["gpuCount"] = gpu.get("count", 1)
            body["allowedCudaVersions"] = [v for v in gpu.get("allowedCudaVersions") or [] if v in _CUDA_VERSIONS]
            if gpu.get("minCudaVersion") in _CUDA_VERSIONS:
                body["minCudaVersion"] = gpu["minCudaVersion"]
        else:
            body["instanceIds"] = [f"{c['id']}-{c['vcpuCount']}-{c['memory']}" for c in record.get("cpu") or []]
        if query.get("includeTemplate") and record.get("templateId"):
            template = self.cloud.templates.get(record["templateId"]) or self.cloud.official.get(record["templateId"])
            if template is not None:
                body["template"] = self.template_json(template)
        if query.get("includeWorkers"):
            body["workers"] = [self._worker_pod(record, w) for w in self.cloud.v2.workers(record)]
        return {k: v for k, v in body.items() if v is not None}

    def _worker_pod(self, record: dict[str, Any], worker: dict[str, Any]) -> dict[str, Any]:
        stock = self.cloud.catalog.get(worker["gpuTypeId"] or "")
        rate = (stock.serverless_price if stock else 0.0) * max(worker["gpuCount"], 1)
        body = {
            "id": worker["id"],
            "name": f"{record['name']}-worker",
            "desiredStatus": "RUNNING",
            "image": worker["image"],
            "endpointId": record["id"],
            "costPerHr": rate,
            "adjustedCostPerHr": rate,
            "machineId": worker["id"][:12],
            "slsVersion": worker["version"],
            "lastStartedAt": worker["startedAt"],
            "consumerUserId": USER_ID,
        }
        if stock is not None:
            body["gpu"] = self.gpu_type_json(stock.id, worker["gpuCount"])
        return {k: v for k, v in body.items() if v is not None}

    def _from_v1(self, body: dict[str, Any], record: dict[str, Any]) -> None:
        """Apply v1 endpoint fields onto a stored (v2-shaped) endpoint record."""
        if "gpuTypeIds" in body or "gpuCount" in body or "allowedCudaVersions" in body or "minCudaVersion" in body:
            if "cpu" in record:
                raise ApiError(400, "an endpoint cannot switch between GPU and CPU")
            gpu = dict(
                record.get("gpu") or {"pools": [], "count": 1, "allowedCudaVersions": [], "minCudaVersion": None}
            )
            if body.get("gpuTypeIds"):
                stocks = [self.cloud.catalog.get(g) for g in body["gpuTypeIds"]]
                pools = sorted({s.pool for s in stocks if s is not None and s.pool})
                if not pools:
                    raise ApiError(400, "none of the GPU types has a serverless pool")
                gpu["pools"] = pools
            for key, target in (
                ("gpuCount", "count"),
                ("allowedCudaVersions", "allowedCudaVersions"),
                ("minCudaVersion", "minCudaVersion"),
            ):
                if key in body:
                    gpu[target] = body[key]
            record["gpu"] = gpu
        if body.get("cpuFlavorIds"):
            vcpus = body.get("vcpuCount") or 2
            record["cpu"] = [
                {"id": f, "vcpuCount": vcpus, "memory": int(self.cloud.cpus[f].ram_per_vcpu * vcpus)}
                for f in body["cpuFlavorIds"]
                if f in self.cloud.cpus
            ]
        workers = dict(record.get("workers") or {"min": 0, "max": 3, "idleTimeout": 5})
        for key, target in (("workersMin", "min"), ("workersMax", "max"), ("idleTimeout", "idleTimeout")):
            if key in body:
                workers[target] = body[key]
        if workers["min"] > workers["max"]:
            raise ApiError(400, "workersMin is more than workersMax")
        record["workers"] = workers
        if "scalerType" in body or "scalerValue" in body:
            kind = body.get("scalerType") or record["scaling"]["type"]
            value = body.get("scalerValue", 4)
            record["scaling"] = (
                {"type": kind, "queueDelay": float(value)}
                if kind == "QUEUE_DELAY"
                else {"type": kind, "requestCount": int(value)}
            )
        if "networkVolumeIds" in body or "networkVolumeId" in body:
            ids = body.get("networkVolumeIds") or ([body["networkVolumeId"]] if body.get("networkVolumeId") else [])
            for volume in ids:
                self.cloud.volume(volume)
            record["networkVolumes"] = ids
        for key, target in (("name", "name"), ("dataCenterIds", "dataCenterIds"), ("executionTimeoutMs", "timeout")):
            if key in body:
                record[target] = body[key]
        if "flashboot" in body:
            record["flashboot"] = "FLASHBOOT" if body["flashboot"] else "OFF"
        if body.get("templateId"):
            template = self.cloud.template(body["templateId"])
            if not template.serverless:
                raise ApiError(400, f"template {template.id} is not a serverless template")
            record["templateId"], record["image"] = template.id, template.image

    @handles("list_endpoints")
    def list_endpoints(self, call: Call) -> Reply:
        return Reply(200, [self.endpoint_json(e, call.query) for e in self.cloud.endpoints.values()])

    @handles("get_endpoint")
    def get_endpoint(self, call: Call) -> Reply:
        return Reply(200, self.endpoint_json(self.cloud.endpoint(call.path["endpointId"]), call.query))

    @handles("create_endpoint")
    def create_endpoint(self, call: Call) -> Reply:
        body = call.body
        cpu = body.get("computeType") == "CPU"
        record = self.cloud.v2.new_endpoint_record(
            self.new_id(), body.get("name") or "endpoint", "QUEUE", {"type": "QUEUE_DELAY", "queueDelay": 4.0}
        )
        record.update({"dataCenterIds": [], "networkVolumes": [], "timeout": 600000, "flashboot": "OFF"})
        if cpu:
            record["cpu"] = [{"id": "cpu3c", "vcpuCount": 2, "memory": 4}]
            body = {"cpuFlavorIds": ["cpu3c"], **body}
        else:
            body = {"gpuTypeIds": ["NVIDIA GeForce RTX 4090"], **body}
        self._from_v1(body, record)
        self.cloud.add_endpoint(record)
        return Reply(200, self.endpoint_json(record))

    @handles("update_endpoint", "update_endpoint_via_post")
    def update_endpoint(self, call: Call) -> Reply:
        record = self.cloud.endpoint(call.path["endpointId"])
        before = dict(record)
        self._from_v1(call.body or {}, record)
        self.cloud.changed_endpoint(record, before)
        return Reply(200, self.endpoint_json(record))

    @handles("delete_endpoint")
    def delete_endpoint(self, call: Call) -> Reply:
        self.cloud.remove_endpoint(call.path["endpointId"])
        return Reply(204)

    # --- network volumes and registry credentials ------------------------------------------------------

    @staticmethod
    def volume_json(v: NetworkVolume) -> dict[str, Any]:
        return {"id": v.id, "name": v.name, "size": v.size, "dataCenterId": v.data_center}

    @handles("list_network_volumes")
    def list_network_volumes(self, call: Call) -> Reply:
        return Reply(200, [self.volume_json(v) for v in self.cloud.volumes.values()])

    @handles("get_network_volume")
    def get_network_volume(self, call: Call) -> Reply:
        return Reply(200, self.volume_json(self.cloud.volume(call.path["networkVolumeId"])))

    @handles("create_network_volume")
    def create_network_volume(self, call: Call) -> Reply:
        body = call.body
        return Reply(200, self.volume_json(self.cloud.add_volume(body["name"], body["size"], body["dataCenterId"])))

    @handles("update_network_volume", "update_network_volume_via_post")
    def update_network_volume(self, call: Call) -> Reply:
        volume = self.cloud.volume(call.path["networkVolumeId"])
        body = call.body or {}
        return Reply(200, self.volume_json(self.cloud.resize_volume(volume, body.get("name"), body.get("size"))))

    @handles("delete_network_volume")
    def delete_network_volume(self, call: Call) -> Reply:
        self.cloud.delete_volume(call.path["networkVolumeId"])
        return Reply(204)

    @handles("list_container_registry_auths")
    def list_container_registry_auths(self, call: Call) -> Reply:
        return Reply(200, [{"id": r.id, "name": r.name} for r in self.cloud.registries.values()])

    @handles("get_container_registry_auth")
    def get_container_registry_auth(self, call: Call) -> Reply:
        found = self.cloud.registry(call.path["containerRegistryAuthId"])
        return Reply(200, {"id": found.id, "name": found.name})

    @handles("create_container_registry_auth")
    def create_container_registry_auth(self, call: Call) -> Reply:
        body = call.body
        found = self.cloud.add_registry(body["name"], body["username"], body["password"])
        return Reply(200, {"id": found.id, "name": found.name})

    @handles("delete_container_registry_auth")
    def delete_container_registry_auth(self, call: Call) -> Reply:
        self.cloud.delete_registry(call.path["containerRegistryAuthId"])
        return Reply(204)

    # --- billing ----------------------------------------------------------------------------------------

    def _spans(self, call: Call) -> list[tuple[float, float]]:
        """The period's buckets: the latest 1000 when it holds more, none when it is empty (v1
        documents no error answer for its billing routes)."""
        q = call.query
        now = self.cloud.now()
        end = _timestamp(q["endTime"]) if q.get("endTime") else now
        start = _timestamp(q["startTime"]) if q.get("startTime") else end - 30 * 86400
        if start >= end:
            return []
        return buckets(start, end, q.get("bucketSize") or "day", limit=1000)

    def _pod_records(self, call: Call, pods: Iterable[RunPodPod], grouping: str, endpoint: str | None) -> Reply:
        now = self.cloud.now()
        records = []
        for start, end in self._spans(call):
            groups: dict[str, list[RunPodPod]] = {}
            for pod in pods:
                key = pod.id if grouping == "podId" else (pod.gpu_id or pod.cpu_id or "")
                groups.setdefault(key, []).append(pod)
            for key, members in groups.items():
                amount = sum(p.meter.amount(start, end, now) for p in members)
                if amount <= 0:
                    continue
                seconds = sum(p.meter.seconds(start, end, now) for p in members)
                record = {
                    "time": self.cloud.iso(start),
                    "amount": round(amount, 6),
                    "timeBilledMs": int(seconds * 1000),
                    "diskSpaceBilledGb": sum(p.disk + p.volume_gb for p in members),
                }
                if grouping == "podId":
                    record["podId"] = key
                    if members[0].gpu_id:
                        record["gpuTypeId"] = members[0].gpu_id
                else:
                    record["gpuTypeId"] = key
                if endpoint:
                    record["endpointId"] = endpoint
                records.append(record)
        return Reply(200, records)

    @handles("list_billing_pods")
    def list_billing_pods(self, call: Call) -> Reply:
        q = call.query
        pods = [p for p in self.cloud.all_pods() if p.cluster_id is None]
        if q.get("podId"):
            pods = [p for p in pods if p.id == q["podId"]]
        if q.get("gpuTypeId"):
            pods = [p for p in pods if p.gpu_id == q["gpuTypeId"]]
        return self._pod_records(call, pods, q.get("grouping") or "podId", None)

    @handles("list_billing_endpoints")
    def list_billing_endpoints(self, call: Call) -> Reply:
        q = call.query
        now = self.cloud.now()
        records = []
        for start, end in self._spans(call):
            for endpoint_id, meter in self.cloud.endpoint_meters.items():
                record = self.cloud.endpoints.get(endpoint_id)
                if q.get("endpointId") and endpoint_id != q["endpointId"]:
                    continue
                if q.get("templateId") and (record or {}).get("templateId") != q["templateId"]:
                    continue
                stock = self.cloud.endpoint_gpu(record) if record else None
                if q.get("gpuTypeId") and (stock is None or stock.id not in q["gpuTypeId"]):
                    continue
                amount = meter.amount(start, end, now)
                if amount <= 0:
                    continue
                row = {
                    "time": self.cloud.iso(start),
                    "amount": round(amount, 6),
                    "endpointId": endpoint_id,
                    "timeBilledMs": int(meter.seconds(start, end, now) * 1000),
                    "diskSpaceBilledGb": int((record or {}).get("disk", 0)),
                }
                if stock is not None:
                    row["gpuTypeId"] = stock.id
                records.append(row)
        return Reply(200, records)

    @handles("list_billing_network_volumes")
    def list_billing_network_volumes(self, call: Call) -> Reply:
        now = self.cloud.now()
        volumes = [*self.cloud.volumes.values(), *self.cloud.gone_volumes]
        records = []
        for start, end in self._spans(call):
            standard = [v for v in volumes if v.type == "STANDARD" and v.meter.amount(start, end, now) > 0]
            fast = [v for v in volumes if v.type == "HIGH_PERFORMANCE" and v.meter.amount(start, end, now) > 0]
            if not standard and not fast:
                continue
            records.append(
                {
                    "time": self.cloud.iso(start),
                    "amount": round(sum(v.meter.amount(start, end, now) for v in standard), 6),
                    "diskSpaceBilledGb": sum(v.size for v in standard),
                    "highPerformanceStorageAmount": round(sum(v.meter.amount(start, end, now) for v in fast), 6),
                    "highPerformanceStorageDiskSpaceBilledGb": sum(v.size for v in fast),
                }
            )
        return Reply(200, records)


def _timestamp(value: Any) -> float:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()


__all__ = ["RunPodV1Mock"]
