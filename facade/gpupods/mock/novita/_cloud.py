"""The Novita mock cloud (GPU instances API v1).

Instances go toCreate -> creating -> pulling -> running; stop is toStop -> stopping ->
exited, start toStart -> starting -> running, restart toRestart -> restarting -> running,
upgrade toReset -> resetting -> running, migrate migrating -> running, delete toRemove ->
removing -> removed (then the instance leaves the list). Prices are integers of 1/100000
USD per GPU-hour, as Novita quotes them. Spot instances carry ``spotStatus`` and can be
reclaimed (running -> notified -> reclaiming -> terminated). Templates, registry
credentials, network storage, VPC networks, serverless endpoints, image prewarm tasks and
background jobs are state like the instances; every mutation answers with a JSON body.

``novita-sdk`` spells a few request fields differently from the community spec (``endpoint_id``
where the spec has ``id`` or ``name``, ``job_id`` for ``jobId``, ``task_id`` for prewarm ids):
the mock takes either spelling (see ``SDK_SPELLINGS``; the real API's is not published).
"""

from __future__ import annotations

import json
import math
import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode

from .._cloud import ApiMock, CloudBase, CloudOptions, ControlError, LivePod, load_data
from .._core import ApiError, Call, Reply, SpecMock, handles
from .._lifecycle import phase_at
from .._limits import MAX_BODY_BYTES, BodyError, parse_json
from .._messages import MockRequest, MockResponse
from .._ratelimit import Quota
from .._sshd import PodIdentity
from .._time import unix_text

USER = "u_5f8c2a9e71d04b36"
STORAGE_PRICE = 7  # 1/100000 USD per GB-hour of network storage
CUDA_VERSIONS = ["11.8", "12.1", "12.2", "12.4", "12.6", "12.8"]
RESERVED_PORTS = {2222, 2223, 2224}


@dataclass
class NovitaProduct:
    id: str
    name: str
    price: int  # 1/100000 USD per GPU-hour
    spot_price: int | None
    cpu_per_gpu: int
    memory_per_gpu: int
    clusters: tuple[str, ...]
    available: int  # GPUs free
    disk_per_gpu: int = 100
    min_rootfs: int = 10
    max_rootfs: int = 2048
    max_local: int = 1000
    monthly: tuple[tuple[int, int], ...] = ()  # (months, price for the whole period)

    def inventory(self) -> str:
        if self.available <= 0:
            return "none"
        return "low" if self.available < 4 else ("normal" if self.available < 16 else "high")


def seeded_products() -> list[NovitaProduct]:
    return [_product(row) for row in load_data(__package__ or "", "products.json")]


def _product(row: dict[str, Any]) -> NovitaProduct:
    return NovitaProduct(
        row["id"],
        row["name"],
        row["price"],
        row["spotPrice"],
        row["cpuPerGpu"],
        row["memoryPerGpu"],
        tuple(row["regions"]),
        row["available"],
        row["diskPerGpu"],
        row["minRootFS"],
        row["maxRootFS"],
        row["maxLocalStorage"],
        tuple((m["month"], m["price"]) for m in row["monthlyPrice"]),
    )


_CLUSTERS: dict[str, dict[str, Any]] = {row["id"]: row for row in load_data(__package__ or "", "clusters.json")}


@dataclass
class NovitaInstance:
    id: str
    name: str
    product: NovitaProduct
    cluster: str
    gpu_num: int
    image: str
    rootfs: int
    envs: list[dict[str, str]]
    ports: str
    billing: str
    ssh_port: int
    password: str
    created_at: float
    phase_start: float
    track: str = "create"  # create, start, stop, restart, reset, migrate, remove, reclaim
    spot_status: str | None = None
    error: str | None = None
    holding: bool = True  # the instance holds its GPUs (released while stopped or removed)
    command: str = ""
    image_auth_id: str | None = None
    storages: list[dict[str, str]] = field(default_factory=list)  # [{"Id", "mountPoint"}]
    network_id: str | None = None
    network_ip: str | None = None
    end_time: float | None = None  # subscription end (monthly billing)
    job_ids: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class NovitaJob:
    id: str
    type: str
    instance_id: str
    created_at: float
    duration: float
    image: str | None = None
    broken: bool = False
    envs: list[dict[str, str]] = field(default_factory=list)


class NovitaCloud(CloudBase, SpecMock):
    """The Novita GPU-instance API on ``https://api.novita.ai/gpu-instance/openapi/v1``."""

    name: ClassVar[str] = "novita"
    hosts: ClassVar[tuple[str, ...]] = ("api.novita.ai",)
    facade_routes: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "offers": ("list_products",),
        "list": ("list_gpu_instances",),
        "get": ("get_gpu_instance",),
        "create": ("create_gpu_instance",),
        "delete": ("delete_gpu_instance",),
        "keys_read": (),
        "keys_write": (),
        "stop": ("stop_gpu_instance",),
    }
    stock_field: ClassVar[str] = "product_id"
    hostname_is_name: ClassVar[bool] = True
    api = "novita"
    id_alphabet = "0123456789abcdef"
    id_length = 16

    def __init__(self, options: CloudOptions | None = None) -> None:
        options = options or CloudOptions()
        self._init_cloud(options)
        SpecMock.__init__(self, **options.spec_kwargs(self.clock, self.faults))
        self.products = {p.id: p for p in seeded_products()}
        self.cpu_products: list[dict[str, Any]] = load_data(__package__ or "", "cpu_products.json")
        self.instances: dict[str, NovitaInstance] = {}
        self.templates: dict[str, dict[str, Any]] = {
            t["Id"]: dict(t, user="novita") for t in load_data(__package__ or "", "templates.json")
        }
        self.auths: dict[str, dict[str, str]] = {}
        self.storages: dict[str, dict[str, Any]] = {}
        self.networks: dict[str, dict[str, Any]] = {}
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.prewarms: dict[str, dict[str, Any]] = {}
        self.jobs: dict[str, NovitaJob] = {}
        self._state = threading.RLock()
        self._serial = 100  # template ids and similar counters

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        body: dict[str, Any] = {"message": message}
        if details:
            body["details"] = {where: text for where, text in details}
        return body, "application/json"

    def validation_status(self, op: Any) -> int:
        return 400

    def handle(self, request: MockRequest) -> MockResponse:
        return SpecMock.handle(self, _sdk_spellings(request))

    def _next(self) -> str:
        with self._state:
            self._serial += 1
            return str(self._serial)

    def now(self) -> float:
        return self.clock.time()

    # --- lifecycle -----------------------------------------------------------------------------

    def _tracks(self) -> dict[str, list[tuple[str, float]]]:
        lc = self.lifecycle
        step = lc.starting / 2
        return {
            "create": [
                ("toCreate", step),
                ("creating", lc.provisioning),
                ("pulling", lc.pulling),
                ("running", math.inf),
            ],
            "start": [("toStart", step), ("starting", lc.starting), ("running", math.inf)],
            "stop": [("toStop", step), ("stopping", lc.stopping), ("exited", math.inf)],
            "restart": [("toRestart", step), ("restarting", lc.starting), ("running", math.inf)],
            "reset": [("toReset", step), ("resetting", lc.pulling), ("running", math.inf)],
            "migrate": [("migrating", lc.provisioning), ("running", math.inf)],
            "remove": [("toRemove", step), ("removing", lc.terminating), ("removed", math.inf)],
            "reclaim": [("running", lc.stopping), ("removing", lc.terminating), ("removed", math.inf)],
        }

    def status(self, inst: NovitaInstance) -> str:
        if inst.error:
            return "exited"
        phase, _ = phase_at(self._tracks()[inst.track], self.clock.time() - inst.phase_start)
        return phase

    def _spot_status(self, inst: NovitaInstance) -> str | None:
        if inst.billing != "spot":
            return None
        if inst.track != "reclaim":
            return inst.spot_status or "running"
        elapsed = self.clock.time() - inst.phase_start
        lc = self.lifecycle
        return (
            "notified"
            if elapsed < lc.stopping / 2
            else ("reclaiming" if elapsed < lc.stopping + lc.terminating else "terminated")
        )

    def _running_since(self, inst: NovitaInstance) -> float | None:
        track = self._tracks()[inst.track]
        if track[-1][0] != "running":
            return None
        return inst.phase_start + sum(d for n, d in track[:-1])

    def instance_json(self, inst: NovitaInstance, full: bool = True) -> dict[str, Any]:
        status = self.status(inst)
        running = status == "running"
        ssh = running and "22/tcp" in _ports(inst.ports)  # an instance created without port 22 has no sshd
        if ssh and self.sshd is not None:
            since = self._running_since(inst)
            if since is not None and self.clock.time() >= since + self.lifecycle.sshd_delay:
                self.sshd.open(inst.id)
        host = self.public_host
        ports = _ports(inst.ports)
        mounts = [
            {
                "type": "network",
                "id": s["Id"],
                "mountPath": s["mountPoint"],
                "size": self.storages[s["Id"]]["storageSize"] if s["Id"] in self.storages else 0,
            }
            for s in inst.storages
        ]
        mounts.append(
            {
                "type": "local",
                "id": f"local-{inst.id[:8]}",
                "mountPath": "/data",
                "size": inst.product.disk_per_gpu * inst.gpu_num,
            }
        )
        for mount in mounts:
            mount["size"] = str(mount["size"])  # GB as a string (what clients of both shapes accept)
        body: dict[str, Any] = {
            "id": inst.id,
            "name": inst.name,
            "clusterId": inst.cluster,
            "clusterName": _CLUSTERS[inst.cluster]["name"],
            "status": status,
            "imageUrl": inst.image,
            "imageAuthId": inst.image_auth_id,
            "command": inst.command,
            "cpuNum": str(inst.product.cpu_per_gpu * inst.gpu_num),
            "memory": str(inst.product.memory_per_gpu * inst.gpu_num),
            "gpuNum": str(inst.gpu_num),
            "productId": inst.product.id,
            "productName": inst.product.name,
            "rootfsSize": inst.rootfs,
            "billingMode": inst.billing,
            "kind": "gpu",
            "endTime": unix_text(inst.end_time) if inst.end_time else "-1",
            "portMappings": [
                {
                    "port": int(p.split("/")[0]),
                    "endpoint": f"{host}:{inst.ssh_port}" if p.startswith("22/") else f"{host}:{p.split('/')[0]}",
                    "type": p.split("/")[1],
                }
                for p in ports
            ]
            if running
            else [],
            "volumeMounts": mounts,
            "envs": inst.envs,
            "statusError": {"state": "error", "message": inst.error} if inst.error else None,
            "spotStatus": self._spot_status(inst) or "",
            "spotReclaimTime": "0",
            # Fields of Novita's own answers that its published schema leaves out (unix seconds).
            "createdAt": str(int(inst.created_at)),
        }
        since = self._running_since(inst) if running else None
        if since is not None:
            body["lastStartedAt"] = str(int(since))
        if inst.network_id:
            body["network"] = {"id": inst.network_id, "ip": inst.network_ip}
        if full:
            body["connectComponentSSH"] = {
                "sshCommand": f"ssh root@{host} -p {inst.ssh_port}" if ssh else "",
                "password": inst.password,
                "isRunning": ssh,
            }
            body["connectComponentWebTerminal"] = {
                "address": f"https://{inst.id}-terminal.gpu-instance.novita.ai",
                "username": "root",
                "password": inst.password,
                "isRunning": running,
            }
            body["connectComponentJupyter"] = {
                "port": 8888,
                "address": f"https://{inst.id}-8888.gpu-instance.novita.ai",
                "isRunning": running and "8888/http" in ports,
            }
            body["connectComponentLog"] = {
                "systemLogAddress": f"https://api.novita.ai/gpu-instance/logs/{inst.id}/system",
                "instanceLogAddress": f"https://api.novita.ai/gpu-instance/logs/{inst.id}/instance",
                "isRunning": running,
            }
            body["jobs"] = [{"id": j, "type": self.jobs[j].type} for j in inst.job_ids if j in self.jobs]
            body["freeStorageSize"] = max(0, inst.rootfs - 12)
            body["keepDataDay"] = 15
        return body

    def _find(self, instance_id: str) -> NovitaInstance:
        inst = self.instances.get(instance_id)
        if inst is None or (self.status(inst) == "removed" and self._gone(inst)):
            raise ApiError(404, f"instance {instance_id} not found")
        return inst

    def _gone(self, inst: NovitaInstance) -> bool:
        """Removed instances stay visible for a minute, then disappear."""
        return self.clock.time() - inst.phase_start > 60 + self.lifecycle.terminating * 2

    def _move(self, inst: NovitaInstance, track: str, allowed: tuple[str, ...]) -> None:
        status = self.status(inst)
        if status not in allowed:
            raise ApiError(400, f"instance {inst.id} is {status}; cannot {track} it now")
        with self._state:
            if track == "start":
                if inst.product.available < inst.gpu_num:
                    raise ApiError(400, "insufficient resources: no GPUs of this product are free")
                inst.product.available -= inst.gpu_num
                inst.holding = True
            elif track in ("stop", "remove") and inst.holding:
                inst.product.available += inst.gpu_num
                inst.holding = False
            if track in ("stop", "remove", "restart", "reset", "migrate") and self.sshd is not None:
                if track == "remove":
                    self.sshd.forget(inst.id)  # gone for good: its files and keys go too
                else:
                    self.sshd.close(inst.id)
                    inst.ssh_port = self.sshd.reserve(inst.id)
            inst.track, inst.phase_start, inst.error = track, self.clock.time(), None

    # --- catalog -------------------------------------------------------------------------------------

    @handles("list_products")
    def list_products(self, call: Call) -> Reply:
        q = call.query
        rows = []
        for p in self.products.values():
            if q.get("clusterId") and q["clusterId"] not in p.clusters:
                continue
            if q.get("productName") and q["productName"].lower() not in p.name.lower():
                continue
            if q.get("billingMethod") == "spot" and p.spot_price is None:
                continue
            if q.get("minCpuPerGpu") and p.cpu_per_gpu < q["minCpuPerGpu"]:
                continue
            if q.get("minMemoryPerGpu") and p.memory_per_gpu < q["minMemoryPerGpu"]:
                continue
            if q.get("minRootFSSize") and p.max_rootfs < q["minRootFSSize"]:
                continue
            gpus = q.get("gpuNum") or 1
            row = {
                "id": p.id,
                "name": p.name,
                "cpuPerGpu": p.cpu_per_gpu,
                "memoryPerGpu": p.memory_per_gpu,
                "diskPerGpu": p.disk_per_gpu,
                "availableDeploy": p.available >= gpus,
                "minRootFS": p.min_rootfs,
                "maxRootFS": p.max_rootfs,
                "minLocalStorage": 0,
                "maxLocalStorage": p.max_local,
                "regions": list(p.clusters),
                "price": p.price,
                "monthlyPrice": [{"price": price, "month": months} for months, price in p.monthly],
                "billingMethods": ["onDemand", "monthly"] + (["spot"] if p.spot_price is not None else []),
                "inventoryState": p.inventory(),
            }
            if p.spot_price is not None:
                row["spotPrice"] = str(p.spot_price)
            rows.append(row)
        return Reply(200, {"data": rows})

    @handles("list_cpu_products")
    def list_cpu_products(self, call: Call) -> Reply:
        q = call.query
        rows = [
            {
                "id": c["id"],
                "name": c["name"],
                "cpuNum": c["cpuNum"],
                "memorySize": c["memorySize"],
                "rootfsSize": c["rootfsSize"],
                "localVolumeSize": c["localVolumeSize"],
                "availableDeploy": c["available"] > 0,
                "price": c["price"],
            }
            for c in self.cpu_products
            if (not q.get("clusterId") or q["clusterId"] in c["regions"])
            and (not q.get("productName") or q["productName"].lower() in c["name"].lower())
        ]
        return Reply(200, {"data": rows})

    @handles("list_clusters")
    def list_clusters(self, call: Call) -> Reply:
        rows = [
            {
                "id": cid,
                "name": c["name"],
                "availableGpuType": [p.name for p in self.products.values() if cid in p.clusters],
                "supportNetworkStorage": c["supportNetworkStorage"],
                "supportInstanceNetwork": c["supportInstanceNetwork"],
            }
            for cid, c in _CLUSTERS.items()
        ]
        return Reply(200, {"data": rows})

    def seed_pod(self, name: str, image: str, family: str = "H100", ssh_keys: Sequence[str] = ()) -> str:
        """A one-GPU instance placed straight into the cloud's state (no request), on the cheapest
        product of ``family`` in stock, with ``ssh_keys`` in its PUBLIC_KEY variable (Novita
        installs no key: the root password logs in); returns its id. For demos and tools that
        need a pod to act on."""
        product = sorted(
            (p for p in self.products.values() if p.name.startswith(family) and p.available > 0), key=lambda p: p.price
        )[0]
        with self._state:
            product.available -= 1
            instance_id = self.new_id()
            password = secrets.token_urlsafe(12)
            envs = [{"key": "PUBLIC_KEY", "value": "\n".join(ssh_keys)}] if ssh_keys else []
            who = PodIdentity(name, {e["key"]: e["value"] for e in envs}, product.name, 1, password=password)
            port = self.sshd.reserve(instance_id, who) if self.sshd is not None else 40000 + len(self.instances) % 20000
            now = self.clock.time()
            self.instances[instance_id] = NovitaInstance(
                id=instance_id,
                name=name,
                product=product,
                cluster=product.clusters[0],
                gpu_num=1,
                image=image,
                rootfs=50,
                envs=envs,
                ports="22/tcp",
                billing="onDemand",
                ssh_port=port,
                password=password,
                created_at=now,
                phase_start=now,
            )
        return instance_id

    # --- instances -----------------------------------------------------------------------------------

    @handles("create_gpu_instance")
    def create_instance(self, call: Call) -> Reply:
        body = call.body
        if body.get("kind") == "cpu":
            raise ApiError(400, "create CPU instances through the CPU instance API; this one creates GPU instances")
        product = self.products.get(body["productId"])
        if product is None:
            raise ApiError(400, f"product {body['productId']} does not exist")
        gpu_num = body["gpuNum"]
        billing = body.get("billingMode") or "onDemand"
        if billing == "spot" and product.spot_price is None:
            raise ApiError(400, f"product {product.name} has no spot billing")
        if billing == "monthly" and not body.get("month"):
            raise ApiError(400, "monthly billing needs month")
        cluster = body.get("clusterId") or product.clusters[0]
        if cluster not in product.clusters:
            raise ApiError(400, f"product {product.name} is not offered in cluster {cluster}")
        rootfs = max(10, body["rootfsSize"])
        if rootfs > product.max_rootfs:
            raise ApiError(400, f"rootfsSize is at most {product.max_rootfs} GB for {product.name}")
        ports = _ports(body.get("ports") or "22/tcp")
        if any(int(p.split("/")[0]) in RESERVED_PORTS for p in ports if p.split("/")[0].isdigit()):
            raise ApiError(400, "ports 2222-2224 are reserved")
        if body.get("imageAuthId") and body["imageAuthId"] not in self.auths:
            raise ApiError(400, f"image auth {body['imageAuthId']} does not exist")
        storages = body.get("networkStorages") or []
        for mount in storages:
            storage = self.storages.get(mount.get("Id", ""))
            if storage is None:
                raise ApiError(400, f"network storage {mount.get('Id')} does not exist")
            if storage["clusterId"] != cluster:
                raise ApiError(
                    400, f"network storage {storage['storageId']} is in {storage['clusterId']}, not {cluster}"
                )
        network = self.networks.get(body["networkId"]) if body.get("networkId") else None
        if body.get("networkId") and (network is None or network["clusterId"] != cluster):
            raise ApiError(400, f"network {body['networkId']} does not exist in cluster {cluster}")
        with self._state:
            if product.available < gpu_num:
                raise ApiError(400, "insufficient resources: no GPUs of this product are free")
            product.available -= gpu_num
            instance_id = self.new_id()
            password = secrets.token_urlsafe(12)  # Novita's root password, shown in connectComponentSSH
            who = PodIdentity(
                body.get("name") or instance_id,
                {e["key"]: e["value"] for e in body.get("envs") or []},
                product.name,
                gpu_num,
                password=password,
            )
            port = self.sshd.reserve(instance_id, who) if self.sshd is not None else 40000 + len(self.instances) % 20000
            now = self.clock.time()
            inst = NovitaInstance(
                id=instance_id,
                name=body.get("name") or instance_id,
                product=product,
                cluster=cluster,
                gpu_num=gpu_num,
                image=body["imageUrl"],
                rootfs=rootfs,
                envs=body.get("envs") or [],
                ports=",".join(ports),
                billing=billing,
                ssh_port=port,
                password=password,
                created_at=now,
                phase_start=now,
                command=body.get("command") or "",
                image_auth_id=body.get("imageAuthId"),
                storages=[{"Id": m["Id"], "mountPoint": m.get("mountPoint") or "/network"} for m in storages],
                end_time=now + 30 * 86400 * body["month"] if billing == "monthly" else None,
            )
            if network is not None:
                inst.network_id = network["Id"]
                inst.network_ip = f"{network['segment'].rsplit('.', 2)[0]}.{len(network['Addresses']) + 10}.2"
                network["Addresses"].append({"Id": instance_id, "Ip": inst.network_ip})
            self.instances[instance_id] = inst
        return Reply(200, {"id": instance_id})

    @handles("list_gpu_instances")
    def list_instances(self, call: Call) -> Reply:
        live = [i for i in list(self.instances.values()) if not (self.status(i) == "removed" and self._gone(i))]
        if call.query.get("name"):
            live = [i for i in live if call.query["name"] in i.name]
        if call.query.get("productName"):
            live = [i for i in live if call.query["productName"].lower() in i.product.name.lower()]
        if call.query.get("status"):
            live = [i for i in live if self.status(i) == call.query["status"]]
        size = call.query.get("pageSize") or 20
        page = max(1, call.query.get("pageNum") or 1)
        chunk = live[(page - 1) * size : page * size]
        return Reply(200, {"instances": [self.instance_json(i, full=False) for i in chunk], "total": len(live)})

    @handles("get_gpu_instance")
    def get_instance(self, call: Call) -> Reply:
        return Reply(200, self.instance_json(self._find(call.query["instanceId"])))

    @handles("start_gpu_instance")
    def start_instance(self, call: Call) -> Reply:
        self._move(self._find(call.body["instanceId"]), "start", ("exited",))
        return Reply(200, {})

    @handles("stop_gpu_instance")
    def stop_instance(self, call: Call) -> Reply:
        self._move(self._find(call.body["instanceId"]), "stop", ("running", "pulling", "starting", "restarting"))
        return Reply(200, {})

    @handles("restart_gpu_instance")
    def restart_instance(self, call: Call) -> Reply:
        self._move(self._find(call.body["instanceId"]), "restart", ("running",))
        return Reply(200, {})

    @handles("delete_gpu_instance")
    def delete_instance(self, call: Call) -> Reply:
        inst = self._find(call.body["instanceId"])
        if self.status(inst) in ("toRemove", "removing", "removed"):
            return Reply(200, {})
        self._move(inst, "remove", tuple(s for s in _ALL if s not in ("toRemove", "removing", "removed")))
        self._leave_network(inst)
        return Reply(200, {})

    def _leave_network(self, inst: NovitaInstance) -> None:
        network = self.networks.get(inst.network_id or "")
        if network is not None:
            network["Addresses"] = [a for a in network["Addresses"] if a["Id"] != inst.id]

    @handles("edit_gpu_instance")
    def edit_instance(self, call: Call) -> Reply:
        inst = self._find(call.body["instanceId"])
        body = call.body
        if body.get("ports") is not None:
            if len(body["ports"]) > 15:
                raise ApiError(400, "at most 15 ports")
            if any(p["port"] in RESERVED_PORTS for p in body["ports"]):
                raise ApiError(400, "ports 2222-2224 are reserved")
            inst.ports = ",".join(f"{p['port']}/{p['type']}" for p in body["ports"])
        if body.get("expandRootDisk"):
            if inst.rootfs + body["expandRootDisk"] > inst.product.max_rootfs:
                raise ApiError(400, f"rootfsSize is at most {inst.product.max_rootfs} GB for {inst.product.name}")
            inst.rootfs += body["expandRootDisk"]
        return Reply(200, {})

    @handles("migrate_gpu_instance")
    def migrate_instance(self, call: Call) -> Reply:
        inst = self._find(call.body["instanceId"])
        job = self._new_job("instanceMigrate", inst, duration=self.lifecycle.provisioning)
        self._move(inst, "migrate", ("running", "exited"))
        inst.job_ids.append(job.id)
        return Reply(200, {})

    @handles("upgrade_gpu_instance")
    def upgrade_instance(self, call: Call) -> Reply:
        inst = self._find(call.body["instanceId"])
        body = call.body
        if body.get("imageAuthId") and body["imageAuthId"] not in self.auths:
            raise ApiError(400, f"image auth {body['imageAuthId']} does not exist")
        mounts = body["networkVolume"]["volumeMounts"]
        for mount in mounts:
            if mount["id"] not in self.storages:
                raise ApiError(400, f"network storage {mount['id']} does not exist")
        self._move(inst, "reset", ("running", "exited"))
        inst.image, inst.envs, inst.command = body["imageUrl"], body["envs"], body["command"]
        inst.image_auth_id = body.get("imageAuthId")
        inst.storages = [{"Id": m["id"], "mountPoint": m["mountPath"]} for m in mounts]
        if not body["save"]:
            inst.rootfs = max(10, inst.rootfs)
        return Reply(200, {})

    @handles("renew_gpu_instance", "convert_gpu_instance_to_monthly")
    def monthly(self, call: Call) -> Reply:
        inst = self._find(call.body["instanceId"])
        months = call.body["month"]
        if months not in (1, 3, 6, 12):
            raise ApiError(400, "month must be 1, 3, 6 or 12")
        if call.op.name == "renew_gpu_instance":
            if inst.billing != "monthly":
                raise ApiError(400, f"instance {inst.id} is pay-as-you-go; convert it to monthly first")
            inst.end_time = (inst.end_time or self.now()) + 30 * 86400 * months
        else:
            if inst.billing == "monthly":
                raise ApiError(400, f"instance {inst.id} is already billed monthly")
            if inst.billing == "spot":
                raise ApiError(400, "spot instances cannot be billed monthly")
            inst.billing, inst.end_time = "monthly", self.now() + 30 * 86400 * months
        return Reply(200, {})

    @handles("get_gpu_instance_metrics")
    def get_metrics(self, call: Call) -> Reply:
        inst = self._find(call.query["instance_id"])
        now = self.now()
        running = self.status(inst) == "running"
        points = [(now - 60 * (9 - i)) for i in range(10)]
        seed = sum(map(ord, inst.id))

        def series(base: int) -> list[dict[str, Any]]:
            return [
                {"time": int(t), "value": ((base + seed + 7 * n) % 60 + 20) if running else 0}
                for n, t in enumerate(points)
            ]

        return Reply(
            200,
            {
                "instanceId": inst.id,
                "interval": 60,
                "gpu": [
                    {"index": g, "utilization": series(11 * g), "memoryUtilization": series(5 + g)}
                    for g in range(inst.gpu_num)
                ],
                "cpuUtilization": series(3),
                "memoryUtilization": series(7),
            },
        )

    # --- jobs -----------------------------------------------------------------------------------------

    def _new_job(self, kind: str, inst: NovitaInstance, duration: float, image: str | None = None) -> NovitaJob:
        job = NovitaJob(self.new_id(), kind, inst.id, self.now(), duration, image=image)
        self.jobs[job.id] = job
        return job

    def _job_state(self, job: NovitaJob) -> str:
        if job.broken:
            return "break"
        elapsed = self.now() - job.created_at
        if elapsed < job.duration / 3:
            return "pulling"
        return "running" if elapsed < job.duration else "success"

    @handles("list_jobs")
    def list_jobs(self, call: Call) -> Reply:
        q = call.query
        jobs = list(self.jobs.values())
        if q.get("jobId"):
            jobs = [j for j in jobs if j.id == q["jobId"]]
        if q.get("type"):
            jobs = [j for j in jobs if j.type == q["type"]]
        if q.get("state"):
            jobs = [j for j in jobs if self._job_state(j) == q["state"]]
        if q.get("startTime"):
            jobs = [j for j in jobs if j.created_at >= q["startTime"]]
        if q.get("endTime"):
            jobs = [j for j in jobs if j.created_at <= q["endTime"]]
        size, page = q.get("pageSize") or 10, max(1, q.get("pageNum") or 1)
        rows = [
            {
                "Id": j.id,
                "user": USER,
                "type": j.type,
                "envs": j.envs,
                "state": {"state": self._job_state(j), "message": f"saving to {j.image}" if j.image else ""},
                "logAddress": f"https://api.novita.ai/gpu-instance/jobs/{j.id}/log",
                "createdAt": unix_text(j.created_at),
                "instanceId": j.instance_id,
            }
            for j in jobs[(page - 1) * size : page * size]
        ]
        return Reply(200, {"jobs": rows, "total": len(jobs)})

    @handles("break_job")
    def break_job(self, call: Call) -> Reply:
        job = self.jobs.get(call.body["jobId"])
        if job is None:
            raise ApiError(404, f"job {call.body['jobId']} not found")
        if self._job_state(job) in ("success", "fail"):
            raise ApiError(400, f"job {job.id} has finished")
        job.broken = True
        return Reply(200, {"jobId": job.id})

    @handles("save_instance_image")
    def save_image(self, call: Call) -> Reply:
        inst = self._find(call.body["instanceId"])
        if call.body.get("registryAuthId") and call.body["registryAuthId"] not in self.auths:
            raise ApiError(400, f"registry auth {call.body['registryAuthId']} does not exist")
        job = self._new_job("saveImage", inst, duration=self.lifecycle.pulling * 4, image=call.body["image"])
        inst.job_ids.append(job.id)
        return Reply(200, {"jobId": job.id})

    # --- templates -------------------------------------------------------------------------------------

    @handles("list_templates")
    def list_templates(self, call: Call) -> Reply:
        q = call.query
        found = list(self.templates.values())
        if q.get("name"):
            found = [t for t in found if q["name"].lower() in t["name"].lower()]
        if q.get("type"):
            found = [t for t in found if t["type"] == q["type"]]
        if q.get("channel"):
            found = [t for t in found if t["channel"] in q["channel"]]
        size, page = q.get("pageSize") or 10, q.get("pageNum") or 1
        return Reply(
            200,
            {
                "template": found[(page - 1) * size : page * size],
                "pageSize": size,
                "pageNum": page,
                "total": len(found),
            },
        )

    @handles("get_template")
    def get_template(self, call: Call) -> Reply:
        found = self.templates.get(call.query.get("templateId") or "")
        if found is None:
            raise ApiError(404, f"template {call.query.get('templateId')} not found")
        return Reply(200, {"template": found})

    @handles("create_template")
    def create_template(self, call: Call) -> Reply:
        spec = call.body["template"]
        if spec["channel"] != "private":
            raise ApiError(400, "templates made through the API are private")
        if any(p for group in spec["ports"] for p in group["ports"] if p in RESERVED_PORTS):
            raise ApiError(400, "ports 2222-2224 are reserved")
        template_id = self._next()
        self.templates[template_id] = {
            **spec,
            "Id": template_id,
            "user": USER,
            "createTime": unix_text(self.now()),
            "tools": [],
            "logo": "",
        }
        return Reply(200, {"templateId": template_id})

    @handles("delete_template")
    def delete_template(self, call: Call) -> Reply:
        found = self.templates.get(call.body["templateId"])
        if found is None:
            raise ApiError(404, f"template {call.body['templateId']} not found")
        if found["user"] != USER:
            raise ApiError(403, f"template {found['Id']} belongs to Novita")
        del self.templates[found["Id"]]
        return Reply(200, {"templateId": found["Id"]})

    # --- registry credentials --------------------------------------------------------------------------

    @handles("list_repository_auths")
    def list_repository_auths(self, call: Call) -> Reply:
        return Reply(200, {"data": list(self.auths.values())})

    @handles("save_repository_auth")
    def save_repository_auth(self, call: Call) -> Reply:
        body = call.body
        if any(a["name"] == body["name"] and a["username"] == body["username"] for a in self.auths.values()):
            raise ApiError(400, f"credentials for {body['username']}@{body['name']} already exist")
        auth_id = self.new_id()
        self.auths[auth_id] = {
            "id": auth_id,
            "name": body["name"],
            "username": body["username"],
            "password": body["password"],
        }
        return Reply(204)

    @handles("delete_repository_auth")
    def delete_repository_auth(self, call: Call) -> Reply:
        auth = self.auths.pop(call.body["id"], None)
        if auth is None:
            raise ApiError(404, f"repository auth {call.body['id']} not found")
        return Reply(200, {"instance_id": auth["id"], "success": True, "message": "deleted"})

    # --- network storage --------------------------------------------------------------------------------

    @handles("list_network_storages")
    def list_network_storages(self, call: Call) -> Reply:
        q = call.query
        found = list(self.storages.values())
        if q.get("storageName"):
            found = [s for s in found if q["storageName"] in s["storageName"]]
        if q.get("storageId"):
            found = [s for s in found if s["storageId"] == q["storageId"]]
        size, page = q.get("pageSize") or 10, max(1, q.get("pageNo") or 1)
        return Reply(200, {"data": found[(page - 1) * size : page * size], "total": len(found)})

    @handles("create_network_storage")
    def create_network_storage(self, call: Call) -> Reply:
        body = call.body
        cluster = _CLUSTERS.get(body["clusterId"])
        if cluster is None or not cluster["supportNetworkStorage"]:
            raise ApiError(400, f"cluster {body['clusterId']} has no network storage")
        if not 10 <= body["storageSize"] <= 10240:
            raise ApiError(400, "storageSize must be between 10 and 10240 GB")
        storage_id = self.new_id()
        self.storages[storage_id] = self._storage(storage_id, body["storageName"], body["storageSize"], cluster)
        return Reply(200, storage_id)

    @staticmethod
    def _storage(storage_id: str, name: str, size: int, cluster: dict[str, Any]) -> dict[str, Any]:
        return {
            "storageId": storage_id,
            "storageName": name,
            "storageSize": size,
            "clusterId": cluster["id"],
            "clusterName": cluster["name"],
            "price": str(size * STORAGE_PRICE),
        }

    @handles("update_network_storage")
    def update_network_storage(self, call: Call) -> Reply:
        body = call.body
        storage = self.storages.get(body["storageId"])
        if storage is None:
            raise ApiError(404, f"network storage {body['storageId']} not found")
        if body["storageSize"] < storage["storageSize"]:
            raise ApiError(400, f"network storage can only grow: it has {storage['storageSize']} GB")
        storage.update(
            self._storage(
                storage["storageId"], body["storageName"], body["storageSize"], _CLUSTERS[storage["clusterId"]]
            )
        )
        return Reply(200, {})

    @handles("delete_network_storage")
    def delete_network_storage(self, call: Call) -> Reply:
        storage_id = call.body["storageId"]
        if storage_id not in self.storages:
            raise ApiError(404, f"network storage {storage_id} not found")
        users = [
            i.id
            for i in self.instances.values()
            if any(s["Id"] == storage_id for s in i.storages) and self.status(i) not in ("removing", "removed")
        ]
        if users:
            raise ApiError(400, f"network storage {storage_id} is mounted by instance {users[0]}")
        del self.storages[storage_id]
        return Reply(200, {})

    # --- VPC networks ---------------------------------------------------------------------------------------

    def _network_json(self, network: dict[str, Any]) -> dict[str, Any]:
        ready = self.now() - network["_created"] >= self.lifecycle.provisioning / 4
        return {
            **{k: v for k, v in network.items() if not k.startswith("_")},
            "state": {"state": "ready" if ready else "creating", "error": ""},
        }

    def _network(self, network_id: str) -> dict[str, Any]:
        found = self.networks.get(network_id)
        if found is None:
            raise ApiError(404, f"network {network_id} not found")
        return found

    @handles("list_networks")
    def list_networks(self, call: Call) -> Reply:
        q = call.query
        found = list(self.networks.values())
        if q.get("name"):
            found = [n for n in found if q["name"] in n["name"]]
        size, page = q.get("pageSize") or 10, max(1, q.get("pageNum") or 1)
        return Reply(
            200,
            {"networks": [self._network_json(n) for n in found[(page - 1) * size : page * size]], "total": len(found)},
        )

    @handles("get_network")
    def get_network(self, call: Call) -> Reply:
        return Reply(200, {"network": [self._network_json(self._network(call.query["networkId"]))]})

    @handles("create_network")
    def create_network(self, call: Call) -> Reply:
        cluster = _CLUSTERS.get(call.body["clusterId"])
        if cluster is None or not cluster["supportInstanceNetwork"]:
            raise ApiError(400, f"cluster {call.body['clusterId']} has no instance networks")
        network_id = self.new_id()
        number = len(self.networks) + 1
        network = {
            "Id": network_id,
            "user": USER,
            "name": call.body.get("name") or f"vpc-{network_id[:6]}",
            "segment": f"10.{100 + number}.0.0/16",
            "clusterId": cluster["id"],
            "Addresses": [],
            "createTime": unix_text(self.now()),
            "_created": self.now(),
        }
        self.networks[network_id] = network
        return Reply(200, {"network": [self._network_json(network)]})

    @handles("update_network")
    def update_network(self, call: Call) -> Reply:
        network = self._network(call.body["networkId"])
        if call.body.get("name"):
            network["name"] = call.body["name"]
        return Reply(200, {"network": [self._network_json(network)]})

    @handles("delete_network")
    def delete_network(self, call: Call) -> Reply:
        network = self._network(call.body["networkId"])
        if network["Addresses"]:
            raise ApiError(400, f"network {network['Id']} still has instances: delete them first")
        del self.networks[network["Id"]]
        return Reply(200, {})

    # --- image prewarm -----------------------------------------------------------------------------------

    def _prewarm_json(self, task: dict[str, Any]) -> dict[str, Any]:
        elapsed = self.now() - task["_created"]
        state = (
            "Pending"
            if elapsed < self.lifecycle.starting
            else ("Running" if elapsed < self.lifecycle.starting + self.lifecycle.pulling * 2 else "Succeeded")
        )
        body = {k: v for k, v in task.items() if not k.startswith("_")}
        body["state"] = state
        if state == "Succeeded":
            body["completeTime"] = unix_text(task["_created"] + self.lifecycle.starting + self.lifecycle.pulling * 2)
        return body

    @handles("get_image_prewarm_quota")
    def get_image_prewarm_quota(self, call: Call) -> Reply:
        return Reply(200, {"total": len(self.prewarms), "limit": 10, "perImageSize": 50})

    @handles("list_image_prewarm_tasks")
    def list_image_prewarm_tasks(self, call: Call) -> Reply:
        q = call.query
        found = [self._prewarm_json(t) for t in self.prewarms.values()]
        if q.get("state"):
            found = [t for t in found if t["state"] == q["state"]]
        if q.get("clusterId"):
            found = [t for t in found if t["clusterId"] == q["clusterId"]]
        if q.get("name"):
            found = [t for t in found if q["name"] in t["imageName"]]
        size, page = q.get("pageSize") or 10, q.get("page") or 1
        return Reply(200, {"data": found[(page - 1) * size : page * size], "total": len(found)})

    @handles("create_image_prewarm")
    def create_image_prewarm(self, call: Call) -> Reply:
        body = call.body
        cluster = _CLUSTERS.get(body["clusterId"])
        if cluster is None:
            raise ApiError(400, f"cluster {body['clusterId']} does not exist")
        if len(self.prewarms) >= 10:
            raise ApiError(400, "the prewarm quota (10 images) is used up")
        if body.get("repositoryAuth") and body["repositoryAuth"] not in self.auths:
            raise ApiError(400, f"repository auth {body['repositoryAuth']} does not exist")
        products = [self.products[p] for p in body.get("productIds") or [] if p in self.products]
        if len(products) != len(body.get("productIds") or []):
            raise ApiError(400, "a product id does not exist")
        task_id = self.new_id()
        image = body["imageUrl"]
        self.prewarms[task_id] = {
            "id": task_id,
            "imageName": image.rsplit("/", 1)[-1],
            "imageUrl": image,
            "repositoryAuth": body.get("repositoryAuth"),
            "clusterId": cluster["id"],
            "clusterName": cluster["name"],
            "products": [{"productId": p.id, "productName": p.name} for p in products],
            "imageSize": "7.6GB",
            "createTime": unix_text(self.now()),
            "note": body.get("note") or "",
            "reason": [],
            "_created": self.now(),
        }
        return Reply(200, {"id": task_id})

    @handles("edit_image_prewarm")
    def edit_image_prewarm(self, call: Call) -> Reply:
        task = self.prewarms.get(call.body["id"])
        if task is None:
            raise ApiError(404, f"prewarm task {call.body['id']} not found")
        if "note" in call.body:
            task["note"] = call.body["note"]
        return Reply(200, self._prewarm_json(task))

    @handles("delete_image_prewarm")
    def delete_image_prewarm(self, call: Call) -> Reply:
        missing = [i for i in call.body["ids"] if i not in self.prewarms]
        if missing:
            raise ApiError(404, f"prewarm task {missing[0]} not found")
        for task_id in call.body["ids"]:
            del self.prewarms[task_id]
        return Reply(200, {})

    # --- serverless endpoints -------------------------------------------------------------------------------

    @handles("get_endpoint_limit")
    def get_endpoint_limit(self, call: Call) -> Reply:
        return Reply(
            200,
            {
                "minRootfsSize": 10,
                "maxRootfsSize": 1000,
                "freeRootfsSize": 50,
                "minLocalVolumeSize": 0,
                "maxLocalVolumeSize": 1000,
                "freeLocalVolumeSize": 30,
                "minWorkerNum": 0,
                "maxWorkerNum": 50,
                "minFreeTimeout": 5,
                "maxFreeTimeout": 3600,
                "minConcurrencyNum": 1,
                "maxConcurrencyNum": 256,
                "minQueueWaitTime": 1,
                "maxQueueWaitTime": 300,
                "minRequestNum": 1,
                "maxRequestNum": 1000,
                "minGPUNum": 1,
                "maxGPUNum": 8,
                "cudaVersionList": CUDA_VERSIONS,
            },
        )

    def endpoint_json(self, record: dict[str, Any]) -> dict[str, Any]:
        elapsed = self.now() - record["_changed"]
        serving = elapsed >= self.lifecycle.starting
        workers = [
            {
                "id": w,
                "state": {"state": "running" if serving else "starting", "error": "", "message": ""},
                "log": f"https://api.novita.ai/serverless/workers/{w}/log",
                "metrics": {"requests": 0, "gpuUtilization": 0.0},
                "health": {"healthy": serving, "path": record["healthy"]["path"]},
            }
            for w in record["_workers"][: record["workerConfig"]["minNum"]]
        ]
        return {
            "id": record["id"],
            "name": record["name"],
            "appName": record["appName"],
            "url": f"https://{record['appName']}.novita.ai/",
            "state": {"state": "serving" if serving else "deploying", "error": "", "message": ""},
            "workerConfig": {**record["workerConfig"], "cudaVersion": CUDA_VERSIONS[-1]},
            "policy": record["policy"],
            "image": record["image"],
            "rootfsSize": record["rootfsSize"],
            "volumeMounts": record["volumeMounts"],
            "envs": record["envs"],
            "ports": [record["ports"]],
            "workers": workers,
            "products": record["products"],
            "healthy": record["healthy"],
            "clusterID": record["clusterID"],
            "log": f"https://api.novita.ai/serverless/endpoints/{record['id']}/log",
        }

    def _endpoint(self, key: str) -> dict[str, Any]:
        found = self.endpoints.get(key) or next((e for e in self.endpoints.values() if e["name"] == key), None)
        if found is None:
            raise ApiError(404, f"endpoint {key} not found")
        return found

    def _check_endpoint(self, spec: dict[str, Any]) -> None:
        workers = spec["workerConfig"]
        if workers["minNum"] > workers["maxNum"]:
            raise ApiError(400, "workerConfig.minNum is more than workerConfig.maxNum")
        if not 1 <= workers["gpuNum"] <= 8:
            raise ApiError(400, "workerConfig.gpuNum must be between 1 and 8")
        if not 10 <= spec.get("rootfsSize", 10) <= 1000:
            raise ApiError(400, "rootfsSize must be between 10 and 1000 GB")
        for mount in spec.get("volumeMounts") or []:
            if mount["type"] == "network" and mount.get("id") not in self.storages:
                raise ApiError(400, f"network storage {mount.get('id')} does not exist")
        if spec["image"].get("authId") and spec["image"]["authId"] not in self.auths:
            raise ApiError(400, f"image auth {spec['image']['authId']} does not exist")

    @handles("create_endpoint")
    def create_endpoint(self, call: Call) -> Reply:
        spec = call.body["endpoint"]
        products = [p["id"] for p in spec["products"]]
        if not products or any(p not in self.products for p in products):
            raise ApiError(400, "products must name existing GPU products")
        self._check_endpoint(spec)
        endpoint_id = self.new_id()
        name = spec.get("name") or f"endpoint-{endpoint_id[:6]}"
        if any(e["name"] == name for e in self.endpoints.values()):
            raise ApiError(400, f"an endpoint named {name!r} already exists")
        record = {
            "id": endpoint_id,
            "name": name,
            "appName": spec.get("appName") or f"{name}-{endpoint_id[:6]}",
            "workerConfig": spec["workerConfig"],
            "policy": spec["policy"],
            "image": {
                "image": spec["image"]["image"],
                "authId": spec["image"].get("authId", ""),
                "command": spec["image"].get("command", ""),
            },
            "rootfsSize": spec["rootfsSize"],
            "volumeMounts": spec["volumeMounts"],
            "envs": spec.get("envs") or [],
            "ports": spec["ports"],
            "products": [{"id": p} for p in products],
            "healthy": spec["healthy"],
            "clusterID": spec.get("clusterID") or self.products[products[0]].clusters[0],
            "_changed": self.now(),
            "_workers": [],
        }
        self._size_workers(record)
        self.endpoints[endpoint_id] = record
        return Reply(200, {"id": endpoint_id})

    def _size_workers(self, record: dict[str, Any]) -> None:
        while len(record["_workers"]) < record["workerConfig"]["minNum"]:
            record["_workers"].append(self.new_id())

    @handles("list_endpoints")
    def list_endpoints(self, call: Call) -> Reply:
        size, page = call.query.get("pageSize") or 10, max(0, call.query.get("pageNum") or 0)
        found = list(self.endpoints.values())
        start = page * size if page == 0 else (page - 1) * size
        return Reply(
            200, {"endpoints": [self.endpoint_json(e) for e in found[start : start + size]], "total": len(found)}
        )

    @handles("get_endpoint")
    def get_endpoint(self, call: Call) -> Reply:
        return Reply(200, self.endpoint_json(self._endpoint(call.query["id"])))

    @handles("update_endpoint")
    def update_endpoint(self, call: Call) -> Reply:
        body = call.body
        record = self._endpoint(body["id"])
        spec = {
            "workerConfig": (body.get("workerConfig") or [record["workerConfig"]])[0],
            "policy": (body.get("policy") or [record["policy"]])[0],
            "image": (body.get("image") or [record["image"]])[0],
            "ports": (body.get("ports") or [record["ports"]])[0],
            "healthy": (body.get("healthy") or [record["healthy"]])[0],
            "volumeMounts": body["volumeMounts"] if body.get("volumeMounts") is not None else record["volumeMounts"],
            "rootfsSize": record["rootfsSize"],
        }
        self._check_endpoint(spec)
        record.update({k: v for k, v in spec.items() if k != "image"})
        record["image"] = {
            "image": spec["image"]["image"],
            "authId": spec["image"].get("authId", ""),
            "command": spec["image"].get("command", ""),
        }
        for key in ("name", "clusterID", "envs"):
            if body.get(key) is not None:
                record[key] = body[key]
        record["_changed"] = self.now()
        self._size_workers(record)
        return Reply(200, self.endpoint_json(record))

    @handles("delete_endpoint")
    def delete_endpoint(self, call: Call) -> Reply:
        record = self._endpoint(call.body["name"])
        del self.endpoints[record["id"]]
        return Reply(200, {})

    # --- controls for tests ----------------------------------------------------------------------------

    @property
    def apis(self) -> dict[str, ApiMock]:
        return {self.api: self}

    def api_for(self, path: str) -> ApiMock:
        return self

    def live_pods(self) -> list[LivePod]:
        return [LivePod(i.id, i.name) for i in list(self.instances.values()) if i.track not in ("remove", "reclaim")]

    def stock(self) -> dict[str, int]:
        return {p.id: p.available for p in self.products.values()}

    def set_stock(self, product_id: str, available: int) -> None:
        if product_id not in self.products:
            raise ControlError(f"no Novita product {product_id!r}")
        self.products[product_id].available = available

    def _control(self, instance_id: str) -> NovitaInstance:
        inst = self.instances.get(instance_id)
        if inst is None:
            raise ControlError(f"no Novita instance {instance_id!r}")
        return inst

    def reclaim(self, instance_id: str) -> None:
        """Take a spot instance back: notified, then reclaiming, then removed."""
        inst = self._control(instance_id)
        with self._state:
            if inst.holding:
                inst.product.available += inst.gpu_num
                inst.holding = False
            if self.sshd is not None:
                self.sshd.forget(inst.id)  # a reclaimed spot instance ends removed
            inst.track, inst.phase_start = "reclaim", self.clock.time()
            self._leave_network(inst)

    def fail(self, instance_id: str, message: str = "container exited with code 1") -> None:
        self._control(instance_id).error = message

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        return SpecMock.limit_rate(self, limit, window)


_ALL = (
    "toCreate",
    "creating",
    "pulling",
    "running",
    "toStart",
    "starting",
    "toStop",
    "stopping",
    "exited",
    "toRestart",
    "restarting",
    "toRemove",
    "removing",
    "removed",
    "toReset",
    "resetting",
    "migrating",
    "freezing",
)


def _ports(text: str) -> list[str]:
    return [p.strip().replace(" ", "") for p in text.split(",") if p.strip()]


#: How ``novita-sdk`` spells request fields the community spec names otherwise: (method, path
#: suffix) -> {SDK name: (spec name, whether the spec wants a list)}. Both spellings are served.
SDK_SPELLINGS: dict[tuple[str, str], dict[str, tuple[str, bool]]] = {
    ("GET", "/endpoint"): {"endpoint_id": ("id", False)},
    ("POST", "/endpoint/update"): {"endpoint_id": ("id", False)},
    ("POST", "/endpoint/delete"): {"endpoint_id": ("name", False)},
    ("POST", "/job/break"): {"job_id": ("jobId", False)},
    ("POST", "/image/prewarm/edit"): {"task_id": ("id", False)},
    ("POST", "/image/prewarm/delete"): {"task_id": ("ids", True)},
}


def _sdk_spellings(request: MockRequest) -> MockRequest:
    """Rewrite the SDK's spelling of a request to the spec's, when the spec's is absent."""
    path = request.path.rstrip("/")
    method = request.method.upper()
    spellings = next((v for (m, suffix), v in SDK_SPELLINGS.items() if m == method and path.endswith(suffix)), None)
    if not spellings:
        return request
    if method == "GET":
        pairs = parse_qsl(request.query_string, keep_blank_values=True)
        names = {k for k, _ in pairs}
        renamed = [(spellings[k][0] if k in spellings and spellings[k][0] not in names else k, v) for k, v in pairs]
        if renamed == pairs:
            return request
        return MockRequest(request.method, request.path, urlencode(renamed), request.headers, request.body)
    if request.size > MAX_BODY_BYTES or not any(f'"{k}"'.encode() in request.body for k in spellings):
        return request
    try:
        body = parse_json(request.body)
    except BodyError:
        return request
    if not isinstance(body, dict):
        return request
    for sdk_name, (spec_name, listed) in spellings.items():
        if sdk_name in body:
            value = body.pop(sdk_name)
            if spec_name not in body:
                body[spec_name] = [value] if listed else value
    return MockRequest(request.method, request.path, request.query_string, request.headers, json.dumps(body).encode())
