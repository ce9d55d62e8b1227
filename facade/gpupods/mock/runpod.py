"""The RunPod mock cloud: REST v2, REST v1 and GraphQL over one set of pods.

A pod created through any of the three APIs is visible through the others, moves
PROVISIONING -> STARTING -> RUNNING on the mock's clock (restarts skip provisioning), stops
to EXITED, and is gone after terminate. GPU stock is finite: a create that would exceed it
fails the way RunPod does (400 on v2, 500 on v1, an ``errors`` entry on GraphQL).
"""

from __future__ import annotations

import functools
import json
import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .._clock import RealClock
from ._core import ApiError, Call, MockRequest, MockResponse, Reply, SpecMock, handles
from ._faults import FaultPlan
from ._lifecycle import Lifecycle, phase_at
from ._sshd import SshdStandIns

if TYPE_CHECKING:
    from ._runpod_graphql import RunPodGraphQLMock

NO_CAPACITY = (
    "There are no longer any instances available with the requested specifications. Please refresh and try again."
)


@dataclass
class GpuStock:
    """One GPU type in the seeded catalog (prices are RunPod's: USD/hour per GPU)."""

    id: str
    name: str
    memory: int
    pool: str | None
    secure_price: float
    community_price: float
    secure_spot: float
    community_spot: float
    available: int  # GPUs free right now
    max_count: int = 8
    manufacturer: str = "NVIDIA"
    data_centers: tuple[str, ...] = ("US-TX-3", "EU-RO-1")

    def availability(self) -> str:
        if self.available <= 0:
            return "NONE"
        return "LOW" if self.available < 4 else ("MEDIUM" if self.available < 16 else "HIGH")


def seeded_catalog() -> list[GpuStock]:
    return [
        GpuStock("NVIDIA H100 80GB HBM3", "H100 SXM", 80, "HOPPER_80", 2.69, 1.99, 1.49, 1.25, 24),
        GpuStock("NVIDIA H100 PCIe", "H100 PCIe", 80, "HOPPER_80", 2.39, 1.99, 1.29, 1.09, 8),
        GpuStock("NVIDIA H100 NVL", "H100 NVL", 94, "HOPPER_94", 2.79, 2.59, 1.59, 1.39, 4),
        GpuStock("NVIDIA H200", "H200 SXM", 141, "HOPPER_141", 3.99, 3.59, 2.29, 1.99, 8),
        GpuStock("NVIDIA A100-SXM4-80GB", "A100 SXM", 80, "AMPERE_80", 1.74, 1.39, 0.99, 0.79, 16),
        GpuStock("NVIDIA A100 80GB PCIe", "A100 PCIe", 80, "AMPERE_80", 1.64, 1.19, 0.89, 0.69, 16),
        GpuStock("NVIDIA L40S", "L40S", 48, "ADA_48_PRO", 0.86, 0.79, 0.49, 0.39, 32),
        GpuStock("NVIDIA RTX A6000", "RTX A6000", 48, "AMPERE_48", 0.49, 0.33, 0.25, 0.19, 40),
        GpuStock("NVIDIA GeForce RTX 4090", "RTX 4090", 24, "ADA_24", 0.69, 0.34, 0.35, 0.2, 64),
        GpuStock("NVIDIA B200", "B200", 180, None, 5.99, 5.99, 3.59, 3.59, 0),
    ]


@dataclass
class RunPodPod:
    id: str
    name: str
    image: str
    gpu_id: str | None
    gpu_count: int
    cloud: str
    data_center: str
    env: dict[str, str]
    ports: list[str]
    disk: int
    volume_gb: int
    volume_path: str
    args: str
    template_id: str | None
    created_at: float
    run_started_at: float
    first_run: bool
    price_per_gpu: float
    interruptible: bool = False
    bid_per_gpu: float | None = None
    desired: str = "RUNNING"  # RUNNING, EXITED, TERMINATED
    failed: bool = False
    locked: bool = False
    ssh_port: int = 0
    vcpus: int = 8
    memory_gb: int = 62
    started_at: float | None = None
    pod_host: str = ""
    cpu_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cost(self) -> float:
        return round(self.price_per_gpu * max(self.gpu_count, 1), 4)


class RunPodCloud:
    """All three RunPod APIs on shared state. ``hosts`` are the real hosts it answers for."""

    hosts = ("api.runpod.io", "rest.runpod.io")

    def __init__(
        self,
        *,
        clock: RealClock | None = None,
        lifecycle: Lifecycle | None = None,
        faults: FaultPlan | None = None,
        api_keys: Iterable[str] | None = None,
        seed: int = 0,
        sshd: bool = True,
        validate_responses: bool = True,
        public_host: str = "127.0.0.1",
    ) -> None:
        self.clock = clock or RealClock()
        self.lifecycle = lifecycle or Lifecycle()
        self.faults = faults or FaultPlan(seed=seed)
        self.catalog = {g.id: g for g in seeded_catalog()}
        self.pods: dict[str, RunPodPod] = {}
        self.endpoints: dict[str, dict[str, Any]] = {}  # serverless endpoints, as v2 shows them
        self.ssh_keys: list[str] = []
        self.sshd = SshdStandIns() if sshd else None
        self.public_host = public_host
        self._lock = threading.RLock()
        common = {"clock": self.clock, "faults": self.faults, "api_keys": api_keys, "seed": seed,
                  "validate_responses": validate_responses}  # fmt: skip
        self._common, self._api_keys = common, api_keys
        self.v2 = RunPodV2Mock(self, **common)
        self.created = 0

    # REST v1 and GraphQL are built on their first use: most sessions never call them, and
    # their spec and schema take most of a cold start.
    @functools.cached_property
    def v1(self) -> RunPodV1Mock:
        return RunPodV1Mock(self, **self._common)

    @functools.cached_property
    def graphql(self) -> RunPodGraphQLMock:
        from ._runpod_graphql import RunPodGraphQLMock

        return RunPodGraphQLMock(self, api_keys=self._api_keys)

    # --- routing -----------------------------------------------------------------------------

    def handle(self, request: MockRequest) -> MockResponse:
        if request.path.rstrip("/") == "/graphql":
            return self.graphql.handle(request)
        if request.path.startswith("/v1/") or request.path == "/v1":
            return self.v1.handle(request)
        return self.v2.handle(request)

    # --- state ---------------------------------------------------------------------------------

    def phases(self, pod: RunPodPod) -> list[tuple[str, float]]:
        lc = self.lifecycle
        if pod.first_run:
            return [("PROVISIONING", lc.provisioning), ("STARTING", lc.starting), ("RUNNING", math.inf)]
        return [("STARTING", lc.starting), ("RUNNING", math.inf)]

    def status(self, pod: RunPodPod) -> str:
        """The v2 status (PROVISIONING, STARTING, RUNNING, EXITED, ERROR, TERMINATED)."""
        if pod.failed:
            return "ERROR"
        if pod.desired != "RUNNING":
            return pod.desired
        phase, _ = phase_at(self.phases(pod), self.clock.time() - pod.run_started_at)
        if phase == "RUNNING" and pod.started_at is None:
            pod.started_at = pod.run_started_at + sum(d for n, d in self.phases(pod) if n != "RUNNING")
        return phase

    def sshd_up(self, pod: RunPodPod) -> bool:
        """Whether the pod's sshd answers (opens the stand-in port when it is time)."""
        if self.status(pod) != "RUNNING" or "22/tcp" not in pod.ports:
            return False
        up = self.clock.time() >= (pod.started_at or 0) + self.lifecycle.sshd_delay
        if up and self.sshd is not None:
            self.sshd.open(pod.id)
        return up

    def seed_pod(self, name: str, image: str, family: str = "H100") -> str:
        """A pod placed straight into the cloud's state (no request), on the cheapest GPU type of
        ``family`` in stock; returns its id. For demos and tools that need a pod to act on."""
        stocks = sorted(
            (g for g in self.catalog.values() if family in g.name and g.available > 0), key=lambda g: g.secure_price
        )
        pod = self.new_pod(
            name=name,
            image=image,
            gpu_id=stocks[0].id,
            gpu_count=1,
            cloud="SECURE",
            env={},
            ports=["22/tcp"],
            disk=50,
            volume_gb=0,
            volume_path="/workspace",
            args="",
            template_id=None,
        )
        return pod.id

    def new_pod(self, *, name: str, image: str, gpu_id: str | None, gpu_count: int, cloud: str,
                env: dict[str, str], ports: list[str], disk: int, volume_gb: int, volume_path: str, args: str,
                template_id: str | None, interruptible: bool = False, bid_per_gpu: float | None = None,
                data_centers: list[str] | None = None, cpu_id: str | None = None) -> RunPodPod:  # fmt: skip
        """Place a pod (one GPU type, no fallback, as RunPod does); ApiError(400) when full."""
        with self._lock:
            price = 0.06 * 4
            data_center = (data_centers or ["US-TX-3"])[0]
            if gpu_id is not None:
                stock = self.catalog.get(gpu_id)
                if stock is None:
                    raise ApiError(400, f"GPU type {gpu_id!r} does not exist")
                if gpu_count > stock.max_count:
                    raise ApiError(400, f"{gpu_id} pods have at most {stock.max_count} GPUs")
                if stock.available < gpu_count:
                    raise ApiError(400, NO_CAPACITY)
                if interruptible:
                    floor = stock.secure_spot if cloud == "SECURE" else stock.community_spot
                    if bid_per_gpu is None or bid_per_gpu < floor:
                        raise ApiError(400, f"the bid is below the current minimum of ${floor}/GPU/hour")
                    price = bid_per_gpu
                else:
                    price = stock.secure_price if cloud == "SECURE" else stock.community_price
                stock.available -= gpu_count
                if data_centers:
                    data_center = next((d for d in data_centers if d in stock.data_centers), data_centers[0])
                else:
                    data_center = stock.data_centers[0]
            now = self.clock.time()
            pod_id = self.v2.new_id()
            pod = RunPodPod(
                id=pod_id, name=name, image=image, gpu_id=gpu_id, gpu_count=gpu_count if gpu_id else 0,
                cloud=cloud, data_center=data_center, env=dict(env), ports=list(ports), disk=disk,
                volume_gb=volume_gb, volume_path=volume_path, args=args, template_id=template_id,
                created_at=now, run_started_at=now, first_run=True, price_per_gpu=price,
                interruptible=interruptible, bid_per_gpu=bid_per_gpu, pod_host=f"{pod_id}-{self.created:08x}",
                cpu_id=cpu_id,
            )  # fmt: skip
            if self.sshd is not None:
                pod.ssh_port = self.sshd.reserve(pod_id)
            else:
                pod.ssh_port = 20000 + len(self.pods) % 40000
            self.pods[pod_id] = pod
            self.created += 1
            return pod

    def find(self, pod_id: str) -> RunPodPod:
        pod = self.pods.get(pod_id)
        if pod is None:
            raise ApiError(404, f"pod {pod_id} not found")
        return pod

    def start(self, pod: RunPodPod, bid_per_gpu: float | None = None) -> None:
        with self._lock:
            if pod.desired == "RUNNING" and not pod.failed:
                return
            stock = self.catalog.get(pod.gpu_id or "")
            if stock is not None:
                if stock.available < pod.gpu_count:
                    raise ApiError(400, NO_CAPACITY)
                stock.available -= pod.gpu_count
            if bid_per_gpu is not None:
                pod.bid_per_gpu = pod.price_per_gpu = bid_per_gpu
            pod.desired, pod.failed, pod.first_run = "RUNNING", False, False
            pod.run_started_at, pod.started_at = self.clock.time(), None

    def stop(self, pod: RunPodPod) -> None:
        with self._lock:
            if pod.desired == "RUNNING":
                self._release(pod)
            pod.desired = "EXITED"
            pod.started_at = None
            if self.sshd is not None:
                self.sshd.close(pod.id)
                pod.ssh_port = self.sshd.reserve(pod.id)

    def restart(self, pod: RunPodPod) -> None:
        with self._lock:
            pod.first_run, pod.run_started_at, pod.started_at = False, self.clock.time(), None
            if self.sshd is not None:
                self.sshd.close(pod.id)
                pod.ssh_port = self.sshd.reserve(pod.id)

    def terminate(self, pod: RunPodPod) -> None:
        with self._lock:
            if pod.desired == "RUNNING":
                self._release(pod)
            pod.desired = "TERMINATED"
            self.pods.pop(pod.id, None)
            if self.sshd is not None:
                self.sshd.close(pod.id)

    def _release(self, pod: RunPodPod) -> None:
        stock = self.catalog.get(pod.gpu_id or "")
        if stock is not None:
            stock.available += pod.gpu_count

    # --- controls for tests ------------------------------------------------------------------

    def set_stock(self, gpu_id: str, available: int) -> None:
        self.catalog[gpu_id].available = available

    def fail(self, pod_id: str) -> None:
        """Put a pod in ERROR (a crashed container, a host failure)."""
        self.find(pod_id).failed = True

    def reclaim(self, pod_id: str) -> None:
        """Take a spot pod's machine back (it stops, as RunPod's interruptible pods do)."""
        self.stop(self.find(pod_id))

    def iso(self, when: float | None) -> str | None:
        if when is None:
            return None
        return datetime.fromtimestamp(when, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")

    def close(self) -> None:
        if self.sshd is not None:
            self.sshd.shutdown()


# --- REST v2 -------------------------------------------------------------------------------------

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


# --- REST v1 (deprecated) ------------------------------------------------------------------------


class RunPodV1Mock(SpecMock):
    api = "runpod_v1"
    base_path = "/v1"

    def __init__(self, cloud: RunPodCloud, **kwargs: Any) -> None:
        self.cloud = cloud
        super().__init__(**kwargs)

    def validation_status(self, op: Any) -> int:
        return 400

    def pod_json(self, pod: RunPodPod) -> dict[str, Any]:
        cloud = self.cloud
        running = cloud.status(pod) == "RUNNING"
        stock = cloud.catalog.get(pod.gpu_id or "")
        body: dict[str, Any] = {
            "id": pod.id, "name": pod.name, "desiredStatus": pod.desired, "image": pod.image,
            "env": pod.env, "ports": pod.ports, "costPerHr": pod.cost, "adjustedCostPerHr": pod.cost,
            "containerDiskInGb": pod.disk, "volumeInGb": pod.volume_gb, "volumeMountPath": pod.volume_path,
            "interruptible": pod.interruptible, "locked": pod.locked, "machineId": pod.pod_host.split("-")[-1],
            "memoryInGb": pod.memory_gb, "vcpuCount": pod.vcpus, "lastStartedAt": cloud.iso(pod.run_started_at),
            "lastStatusChange": f"Rented by User: {cloud.iso(pod.run_started_at)}",
            "publicIp": cloud.public_host if running else None,
            "portMappings": {"22": pod.ssh_port} if running and "22/tcp" in pod.ports else {},
            "templateId": pod.template_id,
        }  # fmt: skip
        if running:
            cloud.sshd_up(pod)
        if stock is not None:
            body["gpu"] = {"id": stock.id, "count": pod.gpu_count, "displayName": stock.name}
        return {k: v for k, v in body.items() if v is not None}

    @handles("list_pods")
    def list_pods(self, call: Call) -> Reply:
        pods = list(self.cloud.pods.values())
        if "name" in call.query:
            pods = [p for p in pods if p.name == call.query["name"]]
        return Reply(200, [self.pod_json(p) for p in pods])

    @handles("get_pod")
    def get_pod(self, call: Call) -> Reply:
        return Reply(200, self.pod_json(self.cloud.find(call.path["podId"])))

    @handles("create_pod")
    def create_pod(self, call: Call) -> Reply:
        body = call.body or {}
        candidates = body.get("gpuTypeIds") or ["NVIDIA GeForce RTX 4090"]
        last: ApiError | None = None
        for gpu_id in candidates:  # v1 tries its list in order: the fallback v2 dropped
            try:
                pod = self.cloud.new_pod(
                    name=body.get("name", "my pod"), image=body.get("imageName", "runpod/base"), gpu_id=gpu_id,
                    gpu_count=body.get("gpuCount", 1), cloud=body.get("cloudType", "SECURE"),
                    env=body.get("env") or {}, ports=body.get("ports") or ["8888/http", "22/tcp"],
                    disk=body.get("containerDiskInGb") or 50, volume_gb=body.get("volumeInGb") or 20,
                    volume_path=body.get("volumeMountPath", "/workspace"), args="", template_id=body.get("templateId"),
                    interruptible=bool(body.get("interruptible")),
                    bid_per_gpu=self.cloud.catalog[gpu_id].secure_spot if body.get("interruptible") and gpu_id in
                    self.cloud.catalog else None,
                )  # fmt: skip
                return Reply(201, self.pod_json(pod))
            except ApiError as error:
                last = error
        assert last is not None
        raise ApiError(400, last.message)

    @handles("update_pod", "update_pod_via_post")
    def update_pod(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["podId"])
        body = call.body or {}
        for key, attr in (("name", "name"), ("imageName", "image"), ("env", "env"), ("ports", "ports"),
                          ("containerDiskInGb", "disk"), ("locked", "locked")):  # fmt: skip
            if key in body and body[key] is not None:
                setattr(pod, attr, body[key])
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
            self.cloud.restart(pod)
        return Reply(200, self.pod_json(pod))
