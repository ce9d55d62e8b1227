"""RunPod REST v2 (``https://api.runpod.io/v2``) over the shared RunPod account."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .._core import ApiError, Call, Reply, SpecMock, handles
from ._catalog import GpuStock

if TYPE_CHECKING:
    from ._cloud import RunPodCloud, RunPodPod

ACTIONS = {
    "RUNNING": ["stop", "restart", "terminate"],
    "EXITED": ["start", "terminate"],
    "ERROR": ["start", "terminate"],
    "PROVISIONING": ["stop", "terminate"],
    "STARTING": ["stop", "terminate"],
}


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
        proxy = {"host": "ssh.runpod.io", "port": 22, "username": pod.pod_host,
                 "command": f"ssh {pod.pod_host}@ssh.runpod.io"}  # fmt: skip
        body: dict[str, Any] = {
            "id": pod.id,
            "name": pod.name,
            "status": status,
            "actions": ACTIONS.get(status, ["terminate"]),
            "image": pod.image,
            "args": pod.args,
            "disk": pod.disk,
            "mounts": {"persistent": {"size": pod.volume_gb, "path": pod.volume_path}} if pod.volume_gb else {},
            "ports": pod.ports,
            "env": pod.env,
            "registry": None,
            "cloud": pod.cloud,
            "dataCenterId": pod.data_center,
            "cudaVersion": "12.8" if pod.gpu_id else None,
            "ssh": {"proxy": proxy, "direct": direct},
            "template": pod.template_id,
            "cost": pod.cost,
            "locked": pod.locked,
            "globalNetworking": {"enabled": False},
            "runtime": {
                "uptime": int(cloud.clock.time() - (pod.started_at or cloud.clock.time())),
                "gpus": [{"util": 0, "memoryUtil": 0} for _ in range(pod.gpu_count)],
                "cpu": {"util": 1},
                "memory": {"util": 3},
                "ports": [{"private": int(p.split("/")[0]), "public": pod.ssh_port if p == "22/tcp" else None,
                           "type": p.split("/")[1], "ip": cloud.public_host} for p in pod.ports],
            } if running else None,
            "createdAt": cloud.iso(pod.created_at),
            "startedAt": cloud.iso(pod.started_at) if running else None,
        }  # fmt: skip
        if pod.gpu_id:
            body["gpu"] = {"id": pod.gpu_id, "count": pod.gpu_count}
        else:
            body["cpu"] = {"id": pod.cpu_id or "cpu3c", "vcpuCount": pod.vcpus, "memory": pod.memory_gb}
        return body

    @handles("list_pods")
    def list_pods(self, call: Call) -> Reply:
        return Reply(200, {"pods": [self.pod_json(p) for p in list(self.cloud.pods.values())]})

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
        mounts = body.get("mounts") or {}
        persistent = mounts.get("persistent") or {}
        pod = self.cloud.new_pod(
            name=body["name"], image=body.get("image", "runpod/base"), gpu_id=gpu["id"] if gpu else None,
            gpu_count=int(gpu.get("count", 1)) if gpu else 0, cloud=body.get("cloud", "SECURE"),
            env=body.get("env") or {}, ports=body.get("ports") or [], disk=body.get("disk", 50),
            volume_gb=persistent.get("size", 0), volume_path=persistent.get("path", "/workspace"),
            args=body.get("args", ""), template_id=body.get("templateId"), data_centers=body.get("dataCenterIds"),
            cpu_id=cpu["id"] if cpu else None,
        )  # fmt: skip
        return Reply(201, self.pod_json(pod))

    @handles("update_pod")
    def update_pod(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["id"])
        body = call.body or {}
        for key, attr in (("name", "name"), ("image", "image"), ("env", "env"), ("ports", "ports"),
                          ("args", "args"), ("disk", "disk"), ("locked", "locked")):  # fmt: skip
            if key in body:
                setattr(pod, attr, body[key])
        return Reply(200, self.pod_json(pod))

    @handles("delete_pod")
    def delete_pod(self, call: Call) -> Reply:
        self.cloud.terminate(self.cloud.find(call.path["id"]))
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
        tail = call.query.get("tail", 100)
        since = call.headers.get("last-event-id") or call.query.get("since")
        lines = _log_lines(pod.id, pod.created_at, self.cloud.clock.time(), self.cloud.iso)
        if since:
            lines = [line for line in lines if line[0] > since]
        events = "".join(
            f"id: {ts}\ndata: {json.dumps({'source': call.query.get('source', 'container'), 'line': text, 'ts': ts})}\n\n"
            for ts, text in lines[-tail:] if tail
        )  # fmt: skip
        return Reply(200, events, media_type="text/event-stream")

    @handles("list_catalog_gpus")
    def list_catalog_gpus(self, call: Call) -> Reply:
        availability = "AVAILABILITY" in (call.query.get("include") or [])
        return Reply(200, {"gpus": [self.gpu_json(g, availability) for g in self.cloud.catalog.values()]})

    @handles("get_catalog_gpu")
    def get_catalog_gpu(self, call: Call) -> Reply:
        stock = self.cloud.catalog.get(call.path["id"])
        if stock is None:
            raise ApiError(404, f"GPU type {call.path['id']} not found")
        return Reply(200, self.gpu_json(stock, "AVAILABILITY" in (call.query.get("include") or [])))

    def gpu_json(self, g: GpuStock, availability: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": g.id, "name": g.name, "pool": g.pool, "manufacturer": g.manufacturer, "memory": g.memory,
            "secure": True, "community": True,
            "price": {"secure": g.secure_price, "community": g.community_price},
            "maxCount": {"secure": g.max_count, "community": g.max_count},
        }  # fmt: skip
        if availability:
            body["availability"] = g.availability()
            body["dataCenters"] = [{"id": d, "name": d, "availability": g.availability()} for d in g.data_centers]
        return body

    # --- serverless endpoints -------------------------------------------------------------------

    def endpoint(self, call: Call) -> dict[str, Any]:
        found = self.cloud.endpoints.get(call.path["id"])
        if found is None:
            raise ApiError(404, f"serverless endpoint {call.path['id']} not found")
        return found

    @handles("list_endpoints")
    def list_endpoints(self, call: Call) -> Reply:
        return Reply(200, {"endpoints": list(self.cloud.endpoints.values())})

    @handles("get_endpoint")
    def get_endpoint(self, call: Call) -> Reply:
        return Reply(200, self.endpoint(call))

    @handles("create_endpoint")
    def create_endpoint(self, call: Call) -> Reply:
        body = call.body
        if bool(body.get("gpu")) == bool(body.get("cpu")):
            raise ApiError(400, "give exactly one of gpu or cpu")
        gpu = body.get("gpu")
        if gpu and gpu.get("allowedCudaVersions") and gpu.get("minCudaVersion"):
            raise ApiError(400, "allowedCudaVersions and minCudaVersion cannot be combined")
        endpoint_id = self.new_id()
        kind = body["type"]
        if kind == "QUEUE":
            base = f"https://api.runpod.ai/v2/{endpoint_id}"
            urls = {"run": f"{base}/run", "runSync": f"{base}/runsync", "status": f"{base}/status",
                    "stream": f"{base}/stream", "cancel": f"{base}/cancel", "retry": f"{base}/retry",
                    "purgeQueue": f"{base}/purge-queue", "health": f"{base}/health"}  # fmt: skip
        else:
            urls = {
                "base": f"https://{endpoint_id}.api.runpod.ai",
                "health": f"https://{endpoint_id}.api.runpod.ai/ping",
            }
        workers = {"min": 0, "max": 3, "idleTimeout": 10, **(body.get("workers") or {})}
        record: dict[str, Any] = {
            "id": endpoint_id, "name": body["name"], "type": kind, "requestUrls": urls, "workers": workers,
            "scaling": body["scaling"], "dataCenterIds": body.get("dataCenterIds") or [],
            "networkVolumes": body.get("networkVolumes") or [], "timeout": body.get("timeout", 300000),
            "flashboot": body.get("flashboot", "OFF"), "createdAt": self.cloud.iso(self.cloud.clock.time()),
        }  # fmt: skip
        if gpu:
            record["gpu"] = {"pools": gpu["pools"], "count": gpu.get("count", 1),
                             "allowedCudaVersions": gpu.get("allowedCudaVersions", []),
                             "minCudaVersion": gpu.get("minCudaVersion")}  # fmt: skip
            if gpu.get("excludedTypes"):
                record["gpu"]["excludedTypes"] = gpu["excludedTypes"]
        else:
            record["cpu"] = [{**c, "memory": c["vcpuCount"] * 4} for c in body["cpu"]]
        for key in ("image", "args", "disk", "ports", "env", "registry", "templateId"):
            if key in body:
                record[key] = body[key]
        record["_changed"] = self.cloud.clock.time()
        self.cloud.endpoints[endpoint_id] = record
        return Reply(201, self.public(record))

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
        record["workers"] = workers
        for key, value in body.items():
            if key == "gpu":
                record["gpu"] = {**record["gpu"], **value}
            elif key != "workers":
                record[key] = value
        record["_changed"] = self.cloud.clock.time()
        return Reply(200, self.public(record))

    @handles("delete_endpoint")
    def delete_endpoint(self, call: Call) -> Reply:
        self.endpoint(call)
        del self.cloud.endpoints[call.path["id"]]
        return Reply(204)

    @handles("list_endpoint_workers")
    def list_endpoint_workers(self, call: Call) -> Reply:
        """``workers.min`` workers are kept warm: INITIALIZING for a short while after each change,
        then IDLE."""
        record = self.endpoint(call)
        ready = self.cloud.clock.time() - record["_changed"] >= self.cloud.lifecycle.starting
        pools = (record.get("gpu") or {}).get("pools") or []
        gpu_type = next((g.id for g in self.cloud.catalog.values() if g.pool in pools), None)
        workers = [
            {"id": f"{record['id']}-w{n}", "status": "IDLE" if ready else "INITIALIZING", "isStale": False,
             "version": 1, "gpuCount": (record.get("gpu") or {}).get("count", 0), "image": record.get("image"),
             "uptimeSeconds": int(self.cloud.clock.time() - record["_changed"]), "gpuTypeId": gpu_type,
             "dataCenterId": "EU-RO-1", "startedAt": self.cloud.iso(record["_changed"])}
            for n in range(record["workers"]["min"])
        ]  # fmt: skip
        count = len(workers)
        summary = {"running": 0, "idle": count if ready else 0, "initializing": 0 if ready else count,
                   "throttled": 0, "unhealthy": 0, "total": count}  # fmt: skip
        return Reply(200, {"workers": workers, "summary": summary, "endpointVersion": 1})

    @handles("list_account_ssh_keys")
    def list_ssh_keys(self, call: Call) -> Reply:
        return Reply(200, {"keys": list(self.cloud.ssh_keys)})

    @handles("update_account_ssh_keys")
    def update_ssh_keys(self, call: Call) -> Reply:
        self.cloud.ssh_keys = list(call.body.get("keys", []))
        return Reply(200, {"keys": list(self.cloud.ssh_keys)})


_TITLES = {400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 409: "Conflict", 422: "Unprocessable Entity", 429: "Too Many Requests",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}  # fmt: skip


def _log_lines(pod_id: str, created: float, now: float, iso: Any) -> list[tuple[str, str]]:
    """A few deterministic log lines, one every 10 seconds of the pod's life (at most 50)."""
    count = min(50, max(1, int((now - created) // 10) + 1))
    start = max(created, now - 10 * (count - 1))
    return [(iso(start + 10 * i), f"[{pod_id}] container log line {i + 1}") for i in range(count)]
