"""RunPod REST v2 (``https://api.runpod.io/v2``) over the shared RunPod account.

As RunPod answers since September 2026: the pod, endpoint, template, release and build lists
come in cursor pages (``_paging``), a pod create whose body (or body with its template
expanded) is over 102,400 bytes is a 413 before the key is checked, containers answer
``args``, ``cmd`` and ``entrypoint`` (``_command``), and the account has secrets, limits
(``spendRate``, enforced by the cloud) and a balance. The inner fields of ``spendRate`` and
``serverlessWorkers`` are not published: this mock answers ``{limit, current}`` in each, its
own choice.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._billing import BUCKETS, Meter, buckets, last_n
from .._core import ApiError, Call, Reply, SpecMock, handles
from .._messages import MockRequest, MockResponse
from ._account import USER_ID, Build, Cluster, Delegation, NetworkVolume, StoredSecret, Template
from ._catalog import NO_CAPACITY, CpuFlavor, GpuStock, availability_level
from ._command import Command
from ._paging import page

if TYPE_CHECKING:
    from ._account import RunPodPod
    from ._cloud import RunPodCloud

ACTIONS = {
    "RUNNING": ["stop", "restart", "terminate"],
    "EXITED": ["start", "terminate"],
    "ERROR": ["start", "terminate"],
    "PROVISIONING": ["stop", "terminate"],
    "STARTING": ["stop", "terminate"],
}
_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    402: "Payment Required",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Content Too Large",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
BILLING_WINDOW = 30 * 86400  # what billing answers cover when no window is given
MAX_BUCKETS = 1000
#: The largest pod create RunPod takes (the body, and the body with its template expanded).
MAX_CREATE_POD_BYTES = 102_400


class RunPodV2Mock(SpecMock):
    api = "runpod_v2"
    quota_headers = True

    def __init__(self, cloud: RunPodCloud, **kwargs: Any) -> None:
        self.cloud = cloud
        super().__init__(**kwargs)

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        body: dict[str, Any] = {"title": _TITLES.get(status, "Error"), "status": status, "detail": message}
        if details:
            body["errors"] = [f"{where}: {text}" for where, text in details]
        return body, "application/problem+json"

    def validation_status(self, op: Any) -> int:
        return 422

    def handle(self, request: MockRequest) -> MockResponse:
        """An oversized pod create is refused before anything else, authentication included."""
        if (
            request.method.upper() == "POST"
            and request.path.rstrip("/") == "/v2/pods"
            and request.size > MAX_CREATE_POD_BYTES
        ):
            with self._lock:
                self.requests += 1
            return self._shape(self.spec.operations["create_pod"], 413, _too_large(request.size), [])
        return super().handle(request)

    # --- pods ----------------------------------------------------------------------------------

    def pod_json(self, pod: RunPodPod) -> dict[str, Any]:
        cloud = self.cloud
        status = cloud.status(pod)
        running = status == "RUNNING"
        ssh_up = running and "22/tcp" in pod.ports
        direct = None
        if ssh_up:
            host, port = cloud.public_host, pod.ssh_port
            direct = {"host": host, "port": port, "username": "root", "command": f"ssh root@{host} -p {port}"}
            cloud.sshd_up(pod)
        proxy = {
            "host": "ssh.runpod.io",
            "port": 22,
            "username": pod.pod_host,
            "command": f"ssh {pod.pod_host}@ssh.runpod.io",
        }
        mounts: dict[str, Any] = {}
        if pod.volume_gb:
            mounts["persistent"] = {"size": pod.volume_gb, "path": pod.volume_path}
        if pod.network_volume_id:
            mounts["network"] = [{"volumeId": pod.network_volume_id, "path": pod.network_volume_path}]
        uptime = int(cloud.now() - (pod.started_at or cloud.now()))
        body: dict[str, Any] = {
            "id": pod.id,
            "name": pod.name,
            "status": status,
            "actions": ACTIONS.get(status, ["terminate"]),
            "image": pod.image,
            **Command.of(pod.args, pod.entrypoint).fields(),
            "disk": pod.disk,
            "mounts": mounts,
            "ports": pod.ports,
            "env": pod.env,
            "registry": pod.registry_id,
            "cloud": pod.cloud,
            "dataCenterId": pod.data_center,
            "cudaVersion": pod.cuda_version,
            "ssh": {"proxy": proxy, "direct": direct},
            "template": pod.template_id,
            "cost": pod.cost if status != "EXITED" else pod.stopped_cost,
            "locked": pod.locked,
            "globalNetworking": {"enabled": pod.global_networking},
            "runtime": {
                "uptime": uptime,
                "gpus": [
                    {"util": pod.gpu_util(cloud.clock.time(), _util(pod, i, 40)), "memoryUtil": _util(pod, i, 25)}
                    for i in range(pod.gpu_count)
                ],
                "cpu": {"util": _util(pod, 97, 12)},
                "memory": {"util": _util(pod, 98, 18)},
                "ports": [
                    {
                        "private": int(p.split("/")[0]),
                        "public": pod.ssh_port if p == "22/tcp" else None,
                        "type": p.split("/")[1],
                        "ip": cloud.public_host,
                    }
                    for p in pod.ports
                ],
            }
            if running
            else None,
            "createdAt": cloud.iso(pod.created_at),
            "startedAt": cloud.iso(pod.started_at) if running else None,
        }
        if pod.global_networking:
            body["globalNetworking"].update(
                {"ip": f"10.65.{len(pod.id)}.{int(pod.docker_id[:2], 16)}", "internalDns": f"{pod.id}.runpod.internal"}
            )
        if pod.gpu_id:
            body["gpu"] = {
                "id": pod.gpu_id,
                "count": pod.gpu_count,
                "vcpuCount": float(max(pod.vcpus, 1)),
                "memory": float(max(pod.memory_gb, 1)),
            }
        else:
            body["cpu"] = {"id": pod.cpu_id or "cpu3c", "vcpuCount": pod.vcpus, "memory": pod.memory_gb}
        if pod.cluster_id is not None:
            body["cluster"] = {
                "id": pod.cluster_id,
                "rank": pod.cluster_rank,
                "ip": f"10.128.0.{(pod.cluster_rank or 0) + 2}",
            }
            if pod.cluster_role:
                body["cluster"]["role"] = pod.cluster_role
        return body

    @handles("list_pods")
    def list_pods(self, call: Call) -> Reply:
        members = bool(call.query.get("includeClusterPods"))
        # cluster members are dropped after the page is cut, as RunPod does
        pods, pagination = page(
            list(self.cloud.pods.values()),
            call,
            lambda p: (p.created_at, p.id),
            keep=lambda p: members or p.cluster_id is None,
        )
        return Reply(200, {"pods": [self.pod_json(p) for p in pods], "pagination": pagination})

    @handles("get_pod")
    def get_pod(self, call: Call) -> Reply:
        return Reply(200, self.pod_json(self.cloud.find(call.path["id"])))

    @handles("create_pod")
    def create_pod(self, call: Call) -> Reply:
        body = call.body
        gpu = body.get("gpu")
        cpu = body.get("cpu")
        if bool(gpu) == bool(cpu):
            raise ApiError(400, "give exactly one of gpu or cpu")
        if gpu and gpu.get("allowedCudaVersions") and gpu.get("minCudaVersion"):
            raise ApiError(400, "allowedCudaVersions and minCudaVersion cannot be combined")
        mounts = body.get("mounts") or {}
        persistent = mounts.get("persistent") or {}
        network = mounts.get("network") or []
        if len(network) > 1:
            raise ApiError(400, "a pod mounts at most one network volume")
        if body.get("templateId"):
            self._check_expanded_size(body)
        if gpu:
            self._check_host_filters(gpu)
        command = Command().updated(body)
        cuda = (gpu or {}).get("allowedCudaVersions") or None
        if gpu and gpu.get("minCudaVersion"):
            stock = self.cloud.catalog.get(gpu["id"])
            cuda = [v for v in (stock.cuda_versions if stock else ()) if _version(v) >= _version(gpu["minCudaVersion"])]
            cuda = cuda or ["99.0"]
        pod = self.cloud.new_pod(
            name=body["name"],
            image=body.get("image", ""),
            gpu_id=gpu["id"] if gpu else None,
            gpu_count=int(gpu.get("count", 1)) if gpu else 0,
            cloud=body.get("cloud", "SECURE"),
            env=body.get("env") or {},
            ports=body.get("ports") or [],
            disk=body.get("disk", 50),
            volume_gb=persistent.get("size", 0),
            volume_path=persistent.get("path", "/workspace"),
            args=command.stored()[0],
            template_id=body.get("templateId"),
            data_centers=body.get("dataCenterIds"),
            cpu_id=cpu["id"] if cpu else None,
            vcpus=cpu["vcpuCount"] if cpu else None,
            registry_id=body.get("registry"),
            network_volume_id=network[0]["volumeId"] if network else None,
            cuda_versions=cuda,
            global_networking=bool(body.get("globalNetworking")),
            entrypoint=command.stored()[1] or None,
        )
        if network:
            pod.network_volume_path = network[0]["path"]
        return Reply(201, self.pod_json(pod))

    def _check_expanded_size(self, body: dict[str, Any]) -> None:
        """The 413 also covers the create with its template's settings filled in."""
        template = self.cloud.template(body["templateId"])
        expanded = {**self.template_json(template), **body, "env": {**template.env, **(body.get("env") or {})}}
        size = len(json.dumps(expanded, separators=(",", ":")).encode())
        if size > MAX_CREATE_POD_BYTES:
            raise ApiError(413, _too_large(size) + " once the template's settings are filled in")

    def _check_host_filters(self, gpu: dict[str, Any]) -> None:
        """minRamPerGpu and minVcpuCountPerGpu choose hosts: none offering that much is no capacity."""
        stock = self.cloud.catalog.get(gpu["id"])
        if stock is None:
            return  # the cloud answers for unknown types
        ram, vcpus = self.cloud.host_per_gpu(stock)
        if gpu.get("minRamPerGpu", 0) > ram or gpu.get("minVcpuCountPerGpu", 0) > vcpus:
            raise ApiError(400, NO_CAPACITY)

    @handles("update_pod")
    def update_pod(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["id"])
        body = call.body or {}
        if "templateId" in body:
            template = self.cloud.template(body["templateId"])
            pod.template_id, pod.image = template.id, body.get("image") or template.image
        if body.get("registry") is not None:
            pod.registry_id = self.cloud.registry(body["registry"]).id
        pod.args, pod.entrypoint = Command.of(pod.args, pod.entrypoint).updated(body).stored()
        for key, attr in (
            ("name", "name"),
            ("image", "image"),
            ("env", "env"),
            ("ports", "ports"),
            ("disk", "disk"),
            ("locked", "locked"),
            ("globalNetworking", "global_networking"),
        ):
            if key in body:
                setattr(pod, attr, body[key])
        persistent = (body.get("mounts") or {}).get("persistent")
        if persistent:
            if persistent["size"] < pod.volume_gb:
                raise ApiError(400, f"the pod volume can only grow: it has {pod.volume_gb} GB")
            pod.volume_gb, pod.volume_path = persistent["size"], persistent["path"]
        return Reply(200, self.pod_json(pod))

    @handles("delete_pod")
    def delete_pod(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["id"])
        if pod.cluster_id is not None:
            raise ApiError(400, f"pod {pod.id} belongs to cluster {pod.cluster_id}: delete the cluster")
        self.cloud.terminate(pod)
        return Reply(204)

    @handles("run_pod_action")
    def run_pod_action(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["id"])
        action = call.body["action"]
        status = self.cloud.status(pod)
        if action not in ACTIONS.get(status, []):
            raise ApiError(409, f"cannot {action} a pod that is {status}")
        if action == "terminate":
            self.cloud.terminate(pod)
            return Reply(204)
        if action == "start":
            self.cloud.start(pod)
        elif action == "stop":
            self.cloud.stop(pod)
        else:
            self.cloud.restart(pod)
        return Reply(200, self.pod_json(pod))

    @handles("get_pod_logs")
    def get_pod_logs(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["id"])
        lines = _log_lines(pod.id, pod.image, pod.created_at, self.cloud.now(), self.cloud.iso)
        return Reply(200, _events(lines, call), media_type="text/event-stream")

    # --- catalog ------------------------------------------------------------------------------------

    def _availability(self, call: Call) -> bool:
        wanted = "AVAILABILITY" in (call.query.get("include") or [])
        if wanted and not call.query.get("product"):
            raise ApiError(400, "include=AVAILABILITY needs product (POD, CLUSTER or SERVERLESS)")
        return wanted

    def gpu_json(self, g: GpuStock, availability: bool, query: dict[str, Any] | None = None) -> dict[str, Any]:
        query = query or {}
        body: dict[str, Any] = {
            "id": g.id,
            "name": g.name,
            "pool": g.pool,
            "manufacturer": g.manufacturer,
            "memory": g.memory,
            "secure": True,
            "community": True,
            "price": {"secure": g.secure_price, "community": g.community_price},
            "maxCount": {"secure": g.max_count, "community": g.max_count},
        }
        if g.pool is not None:
            body["price"]["serverless"] = g.serverless_price
        if availability:
            count = int(query.get("count") or 1)
            centers = [d for d in g.data_centers if self._in_countries(d, query.get("countryCodes"))]
            cuda = set(query.get("cudaVersions") or []) or {
                v for v in g.cuda_versions if _version(v) >= _version(query.get("minCudaVersion") or "0")
            }
            free = g.available if count <= g.max_count and cuda & set(g.cuda_versions) else 0
            level = availability_level(free // count if centers else 0)
            body["availability"] = level
            body["dataCenters"] = [
                {"id": d, "name": self.cloud.data_centers[d].name, "availability": level} for d in centers
            ]
            body["cudaVersions"] = [{"version": v, "available": free > 0 and v in cuda} for v in g.cuda_versions]
        return body

    def _in_countries(self, data_center: str, countries: Iterable[str] | None) -> bool:
        return not countries or self.cloud.data_centers[data_center].country in set(countries)

    @handles("list_catalog_gpus")
    def list_catalog_gpus(self, call: Call) -> Reply:
        availability = self._availability(call)
        if call.query.get("cudaVersions") and call.query.get("minCudaVersion"):
            raise ApiError(400, "give cudaVersions or minCudaVersion, not both")
        return Reply(200, {"gpus": [self.gpu_json(g, availability, call.query) for g in self.cloud.catalog.values()]})

    @handles("get_catalog_gpu")
    def get_catalog_gpu(self, call: Call) -> Reply:
        stock = self.cloud.catalog.get(call.path["id"])
        if stock is None:
            raise ApiError(404, f"GPU type {call.path['id']} not found")
        return Reply(200, self.gpu_json(stock, self._availability(call), call.query))

    def cpu_json(self, c: CpuFlavor, availability: bool, query: dict[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": c.id,
            "name": c.name,
            "group": c.group,
            "vcpu": {"min": c.vcpu_min, "max": c.vcpu_max},
            "ramGbPerVcpu": c.ram_per_vcpu,
            "price": {"securePerVcpu": c.secure_per_vcpu, "serverlessPerVcpu": c.serverless_per_vcpu},
        }
        if availability:
            level = availability_level(c.available // max(int(query.get("vcpuCount") or 2), 1))
            body["availability"] = level
            body["dataCenters"] = [
                {"id": d, "name": self.cloud.data_centers[d].name, "availability": level} for d in c.data_centers
            ]
        return body

    @handles("list_catalog_cpus")
    def list_catalog_cpus(self, call: Call) -> Reply:
        availability = self._availability(call)
        return Reply(200, {"cpus": [self.cpu_json(c, availability, call.query) for c in self.cloud.cpus.values()]})

    @handles("get_catalog_cpu")
    def get_catalog_cpu(self, call: Call) -> Reply:
        flavor = self.cloud.cpus.get(call.path["id"])
        if flavor is None:
            raise ApiError(404, f"CPU flavor {call.path['id']} not found")
        return Reply(200, self.cpu_json(flavor, self._availability(call), call.query))

    def data_center_json(self, center_id: str, include: Iterable[str]) -> dict[str, Any]:
        info = self.cloud.data_centers[center_id]
        body: dict[str, Any] = {
            "id": info.id,
            "name": info.name,
            "region": info.region,
            "globalNetwork": info.global_network,
            "networkVolumeTypes": list(info.volume_types),
            "compliance": list(info.compliance),
        }
        include = set(include)
        if "GPU_AVAILABILITY" in include:
            body["gpuAvailability"] = [
                {"id": g.id, "name": g.name, "availability": g.availability()}
                for g in self.cloud.catalog.values()
                if info.id in g.data_centers
            ]
        if "CPU_AVAILABILITY" in include:
            body["cpuAvailability"] = [
                {"id": c.id, "name": c.name, "availability": availability_level(c.available // 2)}
                for c in self.cloud.cpus.values()
                if info.id in c.data_centers
            ]
        return body

    @handles("list_catalog_datacenters")
    def list_catalog_datacenters(self, call: Call) -> Reply:
        q = call.query
        found = []
        for info in self.cloud.data_centers.values():
            if q.get("regions") and info.region not in q["regions"]:
                continue
            if q.get("networkVolumeTypes") and not set(q["networkVolumeTypes"]) <= set(info.volume_types):
                continue
            if q.get("compliance") and not set(q["compliance"]) <= set(info.compliance):
                continue
            if "globalNetwork" in q and q["globalNetwork"] is not None and info.global_network != q["globalNetwork"]:
                continue
            found.append(self.data_center_json(info.id, q.get("include") or []))
        return Reply(200, {"dataCenters": found})

    @handles("get_catalog_datacenter")
    def get_catalog_datacenter(self, call: Call) -> Reply:
        if call.path["id"] not in self.cloud.data_centers:
            raise ApiError(404, f"data center {call.path['id']} not found")
        return Reply(200, self.data_center_json(call.path["id"], call.query.get("include") or []))

    @handles("list_catalog_templates")
    def list_catalog_templates(self, call: Call) -> Reply:
        source = call.query.get("source") or "official"
        if source == "official":
            found = list(self.cloud.official.values())
        elif source == "community":
            found = [t for t in self.cloud.templates.values() if t.public]
        else:
            found = [t for t in self.cloud.official.values() if t.serverless]
        return Reply(200, {"templates": [self.template_json(t) for t in found][:100]})

    # --- templates ------------------------------------------------------------------------------------

    def template_json(self, t: Template) -> dict[str, Any]:
        mounts = {"persistent": {"size": t.volume_gb, "path": t.volume_path}} if t.volume_gb else {}
        return {
            "id": t.id,
            "name": t.name,
            "image": t.image,
            **Command.of(t.args, t.entrypoint).fields(),
            "disk": t.disk,
            "mounts": mounts,
            "ports": t.ports,
            "env": t.env,
            "registry": t.registry_id,
            "serverless": t.serverless,
            "public": t.public,
            "category": t.category,
            "startSsh": t.start_ssh,
            "startJupyter": t.start_jupyter,
            "allowedCudaVersions": t.allowed_cuda,
        }

    @handles("list_templates")
    def list_templates(self, call: Call) -> Reply:
        found, pagination = page(list(self.cloud.templates.values()), call, lambda t: (t.created_at, t.id))
        return Reply(200, {"templates": [self.template_json(t) for t in found], "pagination": pagination})

    @handles("get_template")
    def get_template(self, call: Call) -> Reply:
        return Reply(200, self.template_json(self.cloud.template(call.path["id"])))

    @handles("create_template")
    def create_template(self, call: Call) -> Reply:
        body = call.body
        if not body.get("image"):
            raise ApiError(400, "a template needs an image")
        persistent = (body.get("mounts") or {}).get("persistent") or {}
        args, entrypoint = Command().updated(body).stored()
        template = Template(
            id=self.new_id(),
            name=body["name"],
            image=body["image"],
            args=args,
            entrypoint=entrypoint,
            env=body.get("env") or {},
            ports=body.get("ports") or [],
            disk=body.get("disk", 20),
            volume_gb=persistent.get("size", 0),
            volume_path=persistent.get("path", "/workspace"),
            registry_id=body.get("registry"),
            serverless=bool(body.get("serverless")),
            public=bool(body.get("public")),
            category=body.get("category", "NVIDIA"),
            start_ssh=body.get("startSsh", True),
            start_jupyter=bool(body.get("startJupyter")),
            allowed_cuda=body.get("allowedCudaVersions") or [],
        )
        return Reply(201, self.template_json(self.cloud.add_template(template)))

    @handles("update_template")
    def update_template(self, call: Call) -> Reply:
        template = self.cloud.own_template(call.path["id"])
        body = call.body or {}
        if body.get("registry") is not None:
            self.cloud.registry(body["registry"])
        template.args, template.entrypoint = Command.of(template.args, template.entrypoint).updated(body).stored()
        fields = {
            "name": "name",
            "image": "image",
            "env": "env",
            "ports": "ports",
            "disk": "disk",
            "registry": "registry_id",
            "serverless": "serverless",
            "public": "public",
            "category": "category",
            "startSsh": "start_ssh",
            "startJupyter": "start_jupyter",
            "allowedCudaVersions": "allowed_cuda",
        }
        for key, attr in fields.items():
            if key in body:
                setattr(template, attr, body[key])
        persistent = (body.get("mounts") or {}).get("persistent")
        if persistent:
            template.volume_gb, template.volume_path = persistent["size"], persistent["path"]
        return Reply(200, self.template_json(template))

    @handles("delete_template")
    def delete_template(self, call: Call) -> Reply:
        self.cloud.delete_template(call.path["id"])
        return Reply(204)

    # --- network volumes --------------------------------------------------------------------------------

    @staticmethod
    def volume_json(v: NetworkVolume) -> dict[str, Any]:
        return {"id": v.id, "name": v.name, "size": v.size, "dataCenter": v.data_center, "type": v.type}

    @handles("list_network_volumes")
    def list_network_volumes(self, call: Call) -> Reply:
        return Reply(200, {"networkVolumes": [self.volume_json(v) for v in self.cloud.volumes.values()]})

    @handles("get_network_volume")
    def get_network_volume(self, call: Call) -> Reply:
        return Reply(200, self.volume_json(self.cloud.volume(call.path["id"])))

    @handles("create_network_volume")
    def create_network_volume(self, call: Call) -> Reply:
        body = call.body
        volume = self.cloud.add_volume(body["name"], body["size"], body["dataCenter"], body.get("type", "STANDARD"))
        return Reply(201, self.volume_json(volume))

    @handles("update_network_volume")
    def update_network_volume(self, call: Call) -> Reply:
        volume = self.cloud.volume(call.path["id"])
        body = call.body or {}
        return Reply(200, self.volume_json(self.cloud.resize_volume(volume, body.get("name"), body.get("size"))))

    @handles("delete_network_volume")
    def delete_network_volume(self, call: Call) -> Reply:
        self.cloud.delete_volume(call.path["id"])
        return Reply(204)

    # --- registries ---------------------------------------------------------------------------------------

    @handles("list_registries")
    def list_registries(self, call: Call) -> Reply:
        return Reply(200, {"registries": [{"id": r.id, "name": r.name} for r in self.cloud.registries.values()]})

    @handles("get_registry")
    def get_registry(self, call: Call) -> Reply:
        found = self.cloud.registry(call.path["id"])
        return Reply(200, {"id": found.id, "name": found.name})

    @handles("create_registry")
    def create_registry(self, call: Call) -> Reply:
        body = call.body
        found = self.cloud.add_registry(body["name"], body["username"], body["password"])
        return Reply(201, {"id": found.id, "name": found.name})

    @handles("delete_registry")
    def delete_registry(self, call: Call) -> Reply:
        self.cloud.delete_registry(call.path["id"])
        return Reply(204)

    def delegation_json(self, d: Delegation) -> dict[str, Any]:
        return {
            "id": d.id,
            "name": d.name,
            "delegatorUserId": USER_ID,
            "awsUser": _AWS_USER,
            "repository": d.repository,
            "tag": d.tag,
            "awsRegion": d.region,
            "dockerRegistryUri": d.registry_uri,
            "createdAt": self.cloud.iso(d.created_at),
        }

    @handles("list_registry_delegations")
    def list_registry_delegations(self, call: Call) -> Reply:
        return Reply(200, {"delegations": [self.delegation_json(d) for d in self.cloud.delegations.values()]})

    @handles("create_registry_delegation")
    def create_registry_delegation(self, call: Call) -> Reply:
        delegation = self.cloud.add_delegation(call.body["resource"], call.body.get("name"))
        return Reply(201, self.delegation_json(delegation))

    @handles("delete_registry_delegation")
    def delete_registry_delegation(self, call: Call) -> Reply:
        if self.cloud.delegations.pop(call.path["id"], None) is None:
            raise ApiError(404, f"registry delegation {call.path['id']} not found")
        return Reply(204)

    # --- serverless endpoints -------------------------------------------------------------------

    def endpoint(self, call: Call) -> dict[str, Any]:
        return self.cloud.endpoint(call.path["id"])

    @handles("list_endpoints")
    def list_endpoints(self, call: Call) -> Reply:
        found, pagination = page(
            list(self.cloud.endpoints.values()), call, lambda e: (_timestamp(e["createdAt"]), e["id"])
        )
        return Reply(200, {"endpoints": [self.public(e) for e in found], "pagination": pagination})

    @handles("get_endpoint")
    def get_endpoint(self, call: Call) -> Reply:
        return Reply(200, self.public(self.endpoint(call)))

    @handles("create_endpoint")
    def create_endpoint(self, call: Call) -> Reply:
        body = call.body
        if bool(body.get("gpu")) == bool(body.get("cpu")):
            raise ApiError(400, "give exactly one of gpu or cpu")
        gpu = body.get("gpu")
        if gpu and gpu.get("allowedCudaVersions") and gpu.get("minCudaVersion"):
            raise ApiError(400, "allowedCudaVersions and minCudaVersion cannot be combined")
        if not body.get("image") and not body.get("templateId"):
            raise ApiError(400, "give an image or a serverless template")
        for volume in body.get("networkVolumes") or []:
            self.cloud.volume(volume)
        record = self.new_endpoint_record(self.new_id(), body["name"], body["type"], body["scaling"])
        record["workers"] = {"min": 0, "max": 3, "idleTimeout": 5, **(body.get("workers") or {})}
        if record["workers"]["min"] > record["workers"]["max"]:
            raise ApiError(400, "workers.min is more than workers.max")
        record.update(
            {
                "dataCenterIds": body.get("dataCenterIds") or [],
                "networkVolumes": body.get("networkVolumes") or [],
                "timeout": body.get("timeout", 300000),
                "flashboot": body.get("flashboot", "OFF"),
            }
        )
        if gpu:
            record["gpu"] = {
                "pools": gpu["pools"],
                "count": gpu.get("count", 1),
                "allowedCudaVersions": gpu.get("allowedCudaVersions", []),
                "minCudaVersion": gpu.get("minCudaVersion"),
            }
            if gpu.get("excludedTypes"):
                record["gpu"]["excludedTypes"] = gpu["excludedTypes"]
            if self.cloud.endpoint_gpu(record) is None:
                raise ApiError(400, f"no GPU type is in the pools {', '.join(gpu['pools'])}")
        else:
            record["cpu"] = [
                {**c, "memory": int(self._flavor(c["id"]).ram_per_vcpu * c["vcpuCount"])} for c in body["cpu"]
            ]
        for key in ("image", "args", "disk", "ports", "env", "registry", "templateId"):
            if key in body:
                record[key] = body[key]
        self.cloud.add_endpoint(record)
        return Reply(201, self.public(record))

    def _flavor(self, flavor_id: str) -> CpuFlavor:
        flavor = self.cloud.cpus.get(flavor_id)
        if flavor is None:
            raise ApiError(400, f"CPU flavor {flavor_id!r} does not exist")
        return flavor

    @staticmethod
    def new_endpoint_record(endpoint_id: str, name: str, kind: str, scaling: dict[str, Any]) -> dict[str, Any]:
        if kind == "QUEUE":
            base = f"https://api.runpod.ai/v2/{endpoint_id}"
            urls = {
                "run": f"{base}/run",
                "runSync": f"{base}/runsync",
                "status": f"{base}/status",
                "stream": f"{base}/stream",
                "cancel": f"{base}/cancel",
                "retry": f"{base}/retry",
                "purgeQueue": f"{base}/purge-queue",
                "health": f"{base}/health",
            }
        else:
            urls = {
                "base": f"https://{endpoint_id}.api.runpod.ai",
                "health": f"https://{endpoint_id}.api.runpod.ai/ping",
            }
        return {"id": endpoint_id, "name": name, "type": kind, "requestUrls": urls, "scaling": scaling}

    @staticmethod
    def public(record: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if not k.startswith("_")}

    @handles("update_endpoint")
    def update_endpoint(self, call: Call) -> Reply:
        record = self.endpoint(call)
        body = call.body or {}
        if ("gpu" in body and "cpu" in record) or ("cpu" in body and "gpu" in record):
            raise ApiError(400, "an endpoint cannot switch between GPU and CPU")
        scaling = body.get("scaling")
        if scaling and record["type"] == "LOAD_BALANCER" and scaling["type"] != "REQUEST_COUNT":
            raise ApiError(400, "a LOAD_BALANCER endpoint scales on REQUEST_COUNT only")
        workers = {**record["workers"], **(body.get("workers") or {})}
        if workers["min"] > workers["max"]:
            raise ApiError(400, "workers.min is more than workers.max")
        if body.get("templateId"):
            template = self.cloud.template(body["templateId"])
            if not template.serverless:
                raise ApiError(422, f"template {template.id} is not a serverless template")
        before = dict(record)
        record["workers"] = workers
        for key, value in body.items():
            if key == "gpu":
                record["gpu"] = {**record["gpu"], **value}
            elif key == "cpu":
                record["cpu"] = [
                    {**c, "memory": int(self._flavor(c["id"]).ram_per_vcpu * c["vcpuCount"])} for c in value
                ]
            elif key != "workers":
                record[key] = value
        self.cloud.changed_endpoint(record, before)
        return Reply(200, self.public(record))

    @handles("delete_endpoint")
    def delete_endpoint(self, call: Call) -> Reply:
        self.cloud.remove_endpoint(call.path["id"])
        return Reply(204)

    def workers(self, record: dict[str, Any]) -> list[dict[str, Any]]:
        """``workers.min`` workers are kept warm: INITIALIZING for a short while after each change,
        then IDLE. Their ids are kept with the endpoint so that logs can be asked for by id."""
        now = self.cloud.now()
        ready = now - record["_changed"] >= self.cloud.lifecycle.starting
        ids: list[str] = record.setdefault("_workers", [])
        while len(ids) < record["workers"]["min"]:
            ids.append(self.new_id())
        stock = self.cloud.endpoint_gpu(record)
        centers = record.get("dataCenterIds") or list(stock.data_centers if stock else ["EU-RO-1"])
        return [
            {
                "id": worker_id,
                "status": "IDLE" if ready else "INITIALIZING",
                "isStale": False,
                "version": record.get("_version", 1),
                "gpuCount": (record.get("gpu") or {}).get("count", 0),
                "image": record.get("image") or self._template_image(record),
                "uptimeSeconds": int(now - record["_changed"]),
                "gpuTypeId": stock.id if stock else None,
                "dataCenterId": centers[n % len(centers)],
                "startedAt": self.cloud.iso(record["_changed"]),
            }
            for n, worker_id in enumerate(ids[: record["workers"]["min"]])
        ]

    def _template_image(self, record: dict[str, Any]) -> str | None:
        template_id = record.get("templateId")
        found = self.cloud.templates.get(template_id or "") or self.cloud.official.get(template_id or "")
        return found.image if found else None

    @handles("list_endpoint_workers")
    def list_endpoint_workers(self, call: Call) -> Reply:
        record = self.endpoint(call)
        workers = self.workers(record)
        ready = sum(1 for w in workers if w["status"] == "IDLE")
        summary = {
            "running": 0,
            "idle": ready,
            "initializing": len(workers) - ready,
            "throttled": 0,
            "unhealthy": 0,
            "total": len(workers),
        }
        return Reply(200, {"workers": workers, "summary": summary, "endpointVersion": record.get("_version", 1)})

    @handles("list_endpoint_releases")
    def list_endpoint_releases(self, call: Call) -> Reply:
        record = self.endpoint(call)
        workers = self.workers(record)
        versions = self.cloud.endpoint_versions[record["id"]]
        latest = versions[-1].version
        on_latest = sum(1 for w in workers if w["version"] == latest)
        shown, pagination = page(versions, call, lambda v: (v.created_at, f"{v.version:012d}"))
        releases = [
            {
                "id": v.release_id,
                "version": v.version,
                "source": "MANUAL",
                "buildId": None,
                "createdByUserId": USER_ID,
                "workerCount": on_latest if v.version == latest else 0,
                "createdAt": self.cloud.iso(v.created_at),
                "diff": v.diff,
            }
            for v in shown
        ]
        rollout = {
            "inProgress": on_latest < len(workers),
            "workersOnLatest": on_latest,
            "workersTotal": len(workers),
            "percentOnLatest": 100 * on_latest // len(workers) if workers else 100,
        }
        body = {"endpointVersion": latest, "rollout": rollout, "releases": releases, "pagination": pagination}
        return Reply(200, body)

    def build_json(self, b: Build) -> dict[str, Any]:
        iso = self.cloud.iso
        return {
            "id": b.id,
            "status": b.status,
            "commitHash": b.commit_hash,
            "commitMessage": b.commit_message,
            "commitDate": iso(b.created_at),
            "branch": b.branch,
            "imageName": b.image_name,
            "error": b.error,
            "startedAt": iso(b.started_at),
            "completedAt": iso(b.completed_at),
        }

    @handles("list_endpoint_builds")
    def list_endpoint_builds(self, call: Call) -> Reply:
        builds = list(enumerate(self.cloud.builds.get(self.endpoint(call)["id"], [])))
        shown, pagination = page(builds, call, lambda ib: (ib[1].created_at, f"{ib[0]:012d}"), default_limit=100)
        return Reply(200, {"builds": [self.build_json(b) for _, b in shown], "pagination": pagination})

    @handles("get_endpoint_build")
    def get_endpoint_build(self, call: Call) -> Reply:
        record = self.endpoint(call)
        found = next((b for b in self.cloud.builds.get(record["id"], []) if b.id == call.path["buildId"]), None)
        if found is None:
            raise ApiError(404, f"build {call.path['buildId']} not found on endpoint {record['id']}")
        return Reply(200, self.build_json(found))

    @handles("get_endpoint_worker_logs")
    def get_endpoint_worker_logs(self, call: Call) -> Reply:
        record = self.endpoint(call)
        worker = next((w for w in self.workers(record) if w["id"] == call.path["workerId"]), None)
        if worker is None:
            raise ApiError(404, f"worker {call.path['workerId']} not found on endpoint {record['id']}")
        lines = _log_lines(
            worker["id"], worker["image"] or "worker", record["_changed"], self.cloud.now(), self.cloud.iso
        )
        return Reply(200, _events(lines, call), media_type="text/event-stream")

    # --- clusters ---------------------------------------------------------------------------------------

    def cluster_json(self, c: Cluster) -> dict[str, Any]:
        pods = self.cloud.cluster_pods(c)
        by_status: dict[str, int] = {}
        for pod in pods:
            status = self.cloud.status(pod)
            by_status[status] = by_status.get(status, 0) + 1
        body: dict[str, Any] = {
            "id": c.id,
            "name": c.name,
            "type": c.type,
            "compute": {"gpuTypeId": c.gpu_type_id, "gpuCountPerPod": c.gpu_count_per_pod, "podCount": c.pod_count},
            "dataCenterId": c.data_center,
            "pods": {"total": len(pods), "byStatus": by_status},
            "network": {"cidr": "10.128.0.0/24", "vxlanId": c.vxlan_id, "vxlanPort": 4789},
            "createdAt": self.cloud.iso(c.created_at),
        }
        if c.template_id:
            body["template"] = c.template_id
        if pods:
            primary = pods[0]
            body["primary"] = {
                "podId": primary.id,
                "status": self.cloud.status(primary),
                "sshEndpoint": f"{self.cloud.public_host}:{primary.ssh_port}",
            }
        return body

    @handles("list_clusters")
    def list_clusters(self, call: Call) -> Reply:
        return Reply(200, {"clusters": [self.cluster_json(c) for c in self.cloud.clusters.values()]})

    @handles("get_cluster")
    def get_cluster(self, call: Call) -> Reply:
        return Reply(200, self.cluster_json(self.cloud.cluster(call.path["id"])))

    @handles("create_cluster")
    def create_cluster(self, call: Call) -> Reply:
        body = call.body
        compute = body["compute"]
        persistent = (body.get("mounts") or {}).get("persistent") or {}
        if not body.get("image"):
            raise ApiError(400, "a cluster needs an image")
        cluster = self.cloud.add_cluster(
            name=body["name"],
            kind=body["type"],
            gpu_type_id=compute["gpuTypeId"],
            per_pod=compute["gpuCountPerPod"],
            pod_count=compute["podCount"],
            image=body["image"],
            template_id=None,
            data_centers=body.get("dataCenterIds"),
            env=body.get("env") or {},
            ports=body.get("ports") or [],
            disk=body.get("disk", 50),
            volume_gb=persistent.get("size", 0),
            volume_path=persistent.get("path", "/workspace"),
        )
        return Reply(201, self.cluster_json(cluster))

    @handles("update_cluster")
    def update_cluster(self, call: Call) -> Reply:
        cluster = self.cloud.cluster(call.path["id"])
        if call.body and "name" in call.body:
            cluster.name = call.body["name"]
        return Reply(200, self.cluster_json(cluster))

    @handles("delete_cluster")
    def delete_cluster(self, call: Call) -> Reply:
        self.cloud.remove_cluster(call.path["id"])
        return Reply(204)

    @handles("list_cluster_pods")
    def list_cluster_pods(self, call: Call) -> Reply:
        cluster = self.cloud.cluster(call.path["id"])
        return Reply(200, {"pods": [self.pod_json(p) for p in self.cloud.cluster_pods(cluster)]})

    # --- SSH keys -------------------------------------------------------------------------------------

    @handles("list_account_ssh_keys")
    def list_ssh_keys(self, call: Call) -> Reply:
        return Reply(200, {"keys": list(self.cloud.ssh_keys)})

    # --- secrets, limits, balance ---------------------------------------------------------------

    def secret_json(self, secret: StoredSecret) -> dict[str, Any]:
        return {
            "id": secret.id,
            "name": secret.name,
            "description": secret.description,
            "createdAt": self.cloud.iso(secret.created_at),
            "valueLastUpdatedAt": self.cloud.iso(secret.value_updated_at),
        }

    @handles("list_account_secrets")
    def list_secrets(self, call: Call) -> Reply:
        found = list(self.cloud.secrets.values())
        if call.query.get("name") is not None:
            found = [s for s in found if s.name.lower() == call.query["name"].lower()]
        return Reply(200, {"secrets": [self.secret_json(s) for s in found]})

    @handles("create_account_secret")
    def create_secret(self, call: Call) -> Reply:
        body = call.body
        secret = self.cloud.add_secret(body["name"], body["value"], body.get("description") or None)
        return Reply(201, self.secret_json(secret))

    @handles("get_account_secret")
    def get_secret(self, call: Call) -> Reply:
        return Reply(200, self.secret_json(self.cloud.secret(call.path["id"])))

    @handles("update_account_secret")
    def update_secret(self, call: Call) -> Reply:
        secret = self.cloud.update_secret(self.cloud.secret(call.path["id"]), call.body)
        return Reply(200, self.secret_json(secret))

    @handles("delete_account_secret")
    def delete_secret(self, call: Call) -> Reply:
        self.cloud.secrets.pop(self.cloud.secret(call.path["id"]).id)
        return Reply(204)

    @handles("get_account_limits")
    def get_account_limits(self, call: Call) -> Reply:
        workers = sum(int(e["workers"].get("max", 0)) for e in self.cloud.endpoints.values())
        limit = self.cloud.spend_limit
        return Reply(
            200,
            {
                "spendRate": {"limit": None if math.isinf(limit) else limit, "current": self.cloud.running_rate()},
                "serverlessWorkers": {"limit": SERVERLESS_WORKER_LIMIT, "current": workers},
            },
        )

    @handles("get_billing_balance")
    def get_billing_balance(self, call: Call) -> Reply:
        return Reply(200, {"balanceAmount": self.cloud.balance(), "billingMode": "PREPAID"})

    @handles("update_account_ssh_keys")
    def update_ssh_keys(self, call: Call) -> Reply:
        keys = list(call.body.get("keys", []))
        bad = [k for k in keys if not k.strip().startswith(("ssh-", "ecdsa-", "sk-"))]
        if bad:
            raise ApiError(400, f"not an OpenSSH public key: {bad[0][:40]!r}")
        self.cloud.ssh_keys = keys
        return Reply(200, {"keys": list(self.cloud.ssh_keys)})

    # --- billing ---------------------------------------------------------------------------------------

    def window(self, call: Call) -> tuple[list[tuple[float, float]], dict[str, Any]]:
        """The buckets a billing request asks for, and the ``query`` part of its metadata."""
        q = call.query
        size = q.get("bucketSize") or "day"
        if size not in BUCKETS:
            raise ApiError(400, f"bucketSize must be one of {', '.join(BUCKETS)}")
        now = self.cloud.now()
        if q.get("lastN") is not None:
            if q.get("startTime") or q.get("endTime"):
                raise ApiError(400, "lastN cannot be combined with startTime or endTime")
            if q["lastN"] > MAX_BUCKETS:
                raise ApiError(400, f"at most {MAX_BUCKETS} buckets")
            spans = last_n(now, size, q["lastN"])
        else:
            end = _timestamp(q["endTime"]) if q.get("endTime") else now
            start = _timestamp(q["startTime"]) if q.get("startTime") else end - BILLING_WINDOW
            if start >= end:
                raise ApiError(400, "startTime must be before endTime")
            spans = buckets(start, end, size, limit=MAX_BUCKETS + 1)
            if len(spans) > MAX_BUCKETS:
                raise ApiError(400, f"the window holds more than {MAX_BUCKETS} {size} buckets")
        query = {"startTime": self.cloud.iso(spans[0][0]), "endTime": self.cloud.iso(spans[-1][1]), "bucketSize": size}
        return spans, query

    def _per_resource(
        self, call: Call, meters: dict[str, list[Meter]], key: str, amounts: Any
    ) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, float], int]:
        spans, query = self.window(call)
        now = self.cloud.now()
        records: list[dict[str, Any]] = []
        totals: dict[str, float] = {}
        seen: set[str] = set()
        for start, end in spans:
            for resource_id, resource_meters in meters.items():
                total = sum(m.amount(start, end, now) for m in resource_meters)
                if total <= 0:
                    continue
                parts = {name: round(value, 6) for name, value in amounts(resource_id, total).items()}
                records.append(
                    {"startTime": self.cloud.iso(start), "endTime": self.cloud.iso(end), **parts, key: resource_id}
                )
                seen.add(resource_id)
                for name, value in parts.items():
                    totals[name] = round(totals.get(name, 0.0) + value, 6)
        return records, query, totals, len(seen)

    @handles("get_billing")
    def get_billing(self, call: Call) -> Reply:
        spans, query = self.window(call)
        now = self.cloud.now()
        cloud = self.cloud
        records = []
        totals = dict.fromkeys(_ACCOUNT_AMOUNTS, 0.0)
        for start, end in spans:
            pods = [p for p in cloud.all_pods() if p.cluster_id is None]
            clustered = [p for p in cloud.all_pods() if p.cluster_id is not None]
            volumes = [*cloud.volumes.values(), *cloud.gone_volumes]
            row = dict.fromkeys(_ACCOUNT_AMOUNTS, 0.0)
            row["podGpuAmount"] = sum(p.meter.amount(start, end, now) for p in pods if p.gpu_id)
            row["podCpuAmount"] = sum(p.meter.amount(start, end, now) for p in pods if not p.gpu_id)
            row["serverlessGpuAmount"] = sum(m.amount(start, end, now) for m in cloud.endpoint_meters.values())
            row["storageStandardAmount"] = sum(v.meter.amount(start, end, now) for v in volumes if v.type == "STANDARD")
            row["storageHighPerformanceAmount"] = sum(
                v.meter.amount(start, end, now) for v in volumes if v.type == "HIGH_PERFORMANCE"
            )
            row["clusterGpuAmount"] = sum(p.meter.amount(start, end, now) for p in clustered)
            row = {k: round(v, 6) for k, v in row.items()}
            row["totalAmount"] = round(sum(v for k, v in row.items() if k != "totalAmount"), 6)
            records.append({"startTime": cloud.iso(start), "endTime": cloud.iso(end), **row})
            for k, v in row.items():
                totals[k] = round(totals[k] + v, 6)
        return Reply(
            200, {"records": records, "metadata": {"query": query, "recordCount": len(records), "totals": totals}}
        )

    @handles("list_billing_pods")
    def list_billing_pods(self, call: Call) -> Reply:
        pods = {p.id: p for p in self.cloud.all_pods() if p.cluster_id is None}
        if call.query.get("podId"):
            pods = {k: v for k, v in pods.items() if k == call.query["podId"]}

        def amounts(pod_id: str, total: float) -> dict[str, float]:
            gpu = total if pods[pod_id].gpu_id else 0.0
            return {"totalAmount": total, "gpuAmount": gpu, "cpuAmount": total - gpu, "diskAmount": 0.0}

        records, query, totals, unique = self._per_resource(
            call, {k: [p.meter] for k, p in pods.items()}, "podId", amounts
        )
        query["podId"] = call.query.get("podId")
        totals = {k: totals.get(k, 0.0) for k in ("totalAmount", "gpuAmount", "cpuAmount", "diskAmount")}
        return Reply(
            200,
            {
                "records": records,
                "metadata": {"query": query, "recordCount": len(records), "uniquePodCount": unique, "totals": totals},
            },
        )

    @handles("list_billing_endpoints")
    def list_billing_endpoints(self, call: Call) -> Reply:
        meters = {k: [m] for k, m in self.cloud.endpoint_meters.items()}
        if call.query.get("serverlessId"):
            meters = {k: v for k, v in meters.items() if k == call.query["serverlessId"]}

        def amounts(_: str, total: float) -> dict[str, float]:
            return {"totalAmount": total, "gpuAmount": total, "cpuAmount": 0.0, "diskAmount": 0.0, "feeAmount": 0.0}

        records, query, totals, unique = self._per_resource(call, meters, "serverlessId", amounts)
        query["serverlessId"] = call.query.get("serverlessId")
        totals = {k: totals.get(k, 0.0) for k in ("totalAmount", "gpuAmount", "cpuAmount", "diskAmount", "feeAmount")}
        return Reply(
            200,
            {
                "records": records,
                "metadata": {
                    "query": query,
                    "recordCount": len(records),
                    "uniqueServerlessCount": unique,
                    "totals": totals,
                },
            },
        )

    @handles("list_billing_public_endpoints")
    def list_billing_public_endpoints(self, call: Call) -> Reply:
        """Public (RunPod-hosted) endpoints: this account has not called any, so every bucket is zero."""
        spans, query = self.window(call)
        records = [{"startTime": self.cloud.iso(s), "endTime": self.cloud.iso(e), "totalAmount": 0.0} for s, e in spans]
        return Reply(
            200,
            {
                "records": records,
                "metadata": {"query": query, "recordCount": len(records), "totals": {"totalAmount": 0.0}},
            },
        )

    @handles("list_billing_network_volumes")
    def list_billing_network_volumes(self, call: Call) -> Reply:
        volumes = {v.id: v for v in [*self.cloud.volumes.values(), *self.cloud.gone_volumes]}
        if call.query.get("networkVolumeId"):
            volumes = {k: v for k, v in volumes.items() if k == call.query["networkVolumeId"]}

        def amounts(volume_id: str, total: float) -> dict[str, float]:
            high = total if volumes[volume_id].type == "HIGH_PERFORMANCE" else 0.0
            return {"totalAmount": total, "standardAmount": total - high, "highPerformanceAmount": high}

        records, query, totals, unique = self._per_resource(
            call, {k: [v.meter] for k, v in volumes.items()}, "networkVolumeId", amounts
        )
        query["networkVolumeId"] = call.query.get("networkVolumeId")
        totals = {k: totals.get(k, 0.0) for k in ("totalAmount", "standardAmount", "highPerformanceAmount")}
        return Reply(
            200,
            {
                "records": records,
                "metadata": {
                    "query": query,
                    "recordCount": len(records),
                    "uniqueNetworkVolumeCount": unique,
                    "totals": totals,
                },
            },
        )

    @handles("list_billing_clusters")
    def list_billing_clusters(self, call: Call) -> Reply:
        clusters: dict[str, list[Meter]] = {}
        for pod in self.cloud.all_pods():
            if pod.cluster_id is not None:
                clusters.setdefault(pod.cluster_id, []).append(pod.meter)
        if call.query.get("clusterId"):
            clusters = {k: v for k, v in clusters.items() if k == call.query["clusterId"]}

        def amounts(_: str, total: float) -> dict[str, float]:
            return {"totalAmount": total, "gpuAmount": total, "diskAmount": 0.0, "networkingAmount": 0.0}

        records, query, totals, unique = self._per_resource(call, clusters, "clusterId", amounts)
        query["clusterId"] = call.query.get("clusterId")
        totals = {k: totals.get(k, 0.0) for k in ("totalAmount", "gpuAmount", "diskAmount", "networkingAmount")}
        return Reply(
            200,
            {
                "records": records,
                "metadata": {
                    "query": query,
                    "recordCount": len(records),
                    "uniqueClusterCount": unique,
                    "totals": totals,
                },
            },
        )


_ACCOUNT_AMOUNTS = (
    "totalAmount",
    "podGpuAmount",
    "podCpuAmount",
    "podDiskAmount",
    "serverlessGpuAmount",
    "serverlessCpuAmount",
    "serverlessDiskAmount",
    "serverlessFeeAmount",
    "storageStandardAmount",
    "storageHighPerformanceAmount",
    "endpointAmount",
    "clusterGpuAmount",
    "clusterDiskAmount",
    "clusterNetworkingAmount",
)
_AWS_USER = "arn:aws:iam::434232470316:user/runpod-ecr-puller"


#: The mock account's allowance of serverless workers (the sum of workersMax over its endpoints).
SERVERLESS_WORKER_LIMIT = 30


def _too_large(size: int) -> str:
    return f"the request body is {size} bytes; a pod create takes at most {MAX_CREATE_POD_BYTES}"


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def _timestamp(value: Any) -> float:
    text = value if isinstance(value, str) else str(value)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def _util(pod: RunPodPod, index: int, base: int) -> int:
    """A steady, plausible utilisation percentage for one pod resource."""
    return (base + (sum(map(ord, pod.id)) + 7 * index) % 45) % 100


_BOOT = (
    "Pulling image {image}",
    "Image pulled",
    "Starting container",
    "Container started",
    "Starting SSH service",
    "Jupyter Lab is running on port 8888",
)


def _log_lines(owner: str, image: str, created: float, now: float, iso: Any) -> list[tuple[str, str]]:
    """Deterministic log lines: the boot sequence, then one heartbeat a minute (at most 200)."""
    lines = [(created + 2 * i, text.format(image=image)) for i, text in enumerate(_BOOT)]
    beat = created + 60
    while beat <= now and len(lines) < 200:
        lines.append((beat, f"[{owner}] healthy, up {int(beat - created)}s"))
        beat += 60
    return [(iso(ts), f"container log line {n}: {text}") for n, (ts, text) in enumerate(lines, 1) if ts <= now]


def _events(lines: list[tuple[str, str]], call: Call) -> str:
    since = call.headers.get("last-event-id") or call.query.get("since")
    if since:
        since_ts = _timestamp(since)
        lines = [line for line in lines if _timestamp(line[0]) > since_ts]
    else:
        tail = call.query.get("tail", 100)
        lines = lines[-tail:] if tail else []
    source = call.query.get("source") or "container"
    return "".join(
        f"id: {ts}\ndata: {json.dumps({'source': source, 'line': text, 'ts': ts})}\n\n" for ts, text in lines
    )
