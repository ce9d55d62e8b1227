"""The Novita mock cloud (GPU instances API v1).

Instances go toCreate -> creating -> pulling -> running; stop is toStop -> stopping ->
exited, start toStart -> starting -> running, restart toRestart -> restarting -> running,
delete toRemove -> removing -> removed (then the instance leaves the list). Prices are
integers of 1/100000 USD per GPU-hour, as Novita quotes them. Spot instances carry
``spotStatus`` and can be reclaimed (running -> notified -> reclaiming -> terminated).
"""

from __future__ import annotations

import math
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._cloud import ApiMock, CloudBase, CloudOptions, ControlError, LivePod, load_data
from .._core import ApiError, Call, Reply, SpecMock, handles
from .._lifecycle import phase_at
from .._ratelimit import Quota
from .._sshd import PodIdentity


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

    def inventory(self) -> str:
        if self.available <= 0:
            return "none"
        return "low" if self.available < 4 else ("normal" if self.available < 16 else "high")


def seeded_products() -> list[NovitaProduct]:
    return [_product(row) for row in load_data(__package__ or "", "products.json")]


def _product(row: dict[str, Any]) -> NovitaProduct:
    return NovitaProduct(row["id"], row["name"], row["price"], row["spotPrice"], row["cpuPerGpu"],
                         row["memoryPerGpu"], tuple(row["regions"]), row["available"])  # fmt: skip


_CLUSTERS = {row["id"]: row["name"] for row in load_data(__package__ or "", "clusters.json")}


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
    track: str = "create"  # create, start, stop, restart, remove, reclaim
    spot_status: str | None = None
    error: str | None = None
    holding: bool = True  # the instance holds its GPUs (released while stopped or removed)
    command: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class NovitaCloud(CloudBase, SpecMock):
    """The Novita GPU-instance API on ``https://api.novita.ai/gpu-instance/openapi/v1``."""

    name: ClassVar[str] = "novita"
    hosts: ClassVar[tuple[str, ...]] = ("api.novita.ai",)
    api = "novita"
    id_alphabet = "0123456789abcdef"
    id_length = 16

    def __init__(self, options: CloudOptions | None = None) -> None:
        options = options or CloudOptions()
        self._init_cloud(options)
        SpecMock.__init__(self, **options.spec_kwargs(self.clock, self.faults))
        self.products = {p.id: p for p in seeded_products()}
        self.instances: dict[str, NovitaInstance] = {}
        self._state = threading.RLock()

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        body: dict[str, Any] = {"message": message}
        if details:
            body["details"] = {where: text for where, text in details}
        return body, "application/json"

    def validation_status(self, op: Any) -> int:
        return 400

    # --- lifecycle -----------------------------------------------------------------------------

    def _tracks(self) -> dict[str, list[tuple[str, float]]]:
        lc = self.lifecycle
        step = lc.starting / 2
        return {
            "create": [("toCreate", step), ("creating", lc.provisioning), ("pulling", lc.pulling), ("running", math.inf)],
            "start": [("toStart", step), ("starting", lc.starting), ("running", math.inf)],
            "stop": [("toStop", step), ("stopping", lc.stopping), ("exited", math.inf)],
            "restart": [("toRestart", step), ("restarting", lc.starting), ("running", math.inf)],
            "remove": [("toRemove", step), ("removing", lc.terminating), ("removed", math.inf)],
            "reclaim": [("running", lc.stopping), ("removing", lc.terminating), ("removed", math.inf)],
        }  # fmt: skip

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
        return "notified" if elapsed < lc.stopping / 2 else ("reclaiming" if elapsed < lc.stopping + lc.terminating
                                                              else "terminated")  # fmt: skip

    def _running_since(self, inst: NovitaInstance) -> float | None:
        track = self._tracks()[inst.track]
        if track[-1][0] != "running":
            return None
        return inst.phase_start + sum(d for n, d in track[:-1])

    def instance_json(self, inst: NovitaInstance, full: bool = True) -> dict[str, Any]:
        status = self.status(inst)
        running = status == "running"
        if running and self.sshd is not None:
            since = self._running_since(inst)
            if since is not None and self.clock.time() >= since + self.lifecycle.sshd_delay:
                self.sshd.open(inst.id)
        body: dict[str, Any] = {
            "id": inst.id, "name": inst.name, "clusterId": inst.cluster, "clusterName": _CLUSTERS.get(inst.cluster),
            "status": status, "imageUrl": inst.image, "imageAuthId": None, "command": inst.command,
            "cpuNum": str(inst.product.cpu_per_gpu * inst.gpu_num),
            "memory": str(inst.product.memory_per_gpu * inst.gpu_num), "gpuNum": str(inst.gpu_num),
            "productId": inst.product.id, "productName": inst.product.name, "rootfsSize": inst.rootfs,
            "billingMode": inst.billing, "kind": "gpu", "endTime": "-1",
            "portMappings": [{"port": int(p.split("/")[0]), "endpoint": f"{self.public_host}:{inst.ssh_port}"
                              if p.startswith("22/") else f"{self.public_host}:{p.split('/')[0]}",
                              "type": p.split("/")[1]} for p in _ports(inst.ports)] if running else [],
            "envs": inst.envs,
            "statusError": {"state": "error", "message": inst.error} if inst.error else None,
            "spotStatus": self._spot_status(inst) or "", "spotReclaimTime": "0",
            # Fields of Novita's own answers that its published schema leaves out (unix seconds).
            "createdAt": str(int(inst.created_at)),
        }  # fmt: skip
        since = self._running_since(inst) if running else None
        if since is not None:
            body["lastStartedAt"] = str(int(since))
        if full:
            body["connectComponentSSH"] = {
                "sshCommand": f"ssh root@{self.public_host} -p {inst.ssh_port}" if running else "",
                "password": inst.password,
                "isRunning": running,
            }
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
            if track in ("stop", "remove", "restart") and self.sshd is not None:
                self.sshd.close(inst.id)
                if track != "remove":
                    inst.ssh_port = self.sshd.reserve(inst.id)
            inst.track, inst.phase_start, inst.error = track, self.clock.time(), None

    # --- operations ----------------------------------------------------------------------------------

    @handles("list_products")
    def list_products(self, call: Call) -> Reply:
        rows = []
        for p in self.products.values():
            if call.query.get("clusterId") and call.query["clusterId"] not in p.clusters:
                continue
            if call.query.get("productName") and call.query["productName"].lower() not in p.name.lower():
                continue
            if call.query.get("billingMethod") == "spot" and p.spot_price is None:
                continue
            rows.append({
                "id": p.id, "name": p.name, "cpuPerGpu": p.cpu_per_gpu, "memoryPerGpu": p.memory_per_gpu,
                "diskPerGpu": 100, "availableDeploy": p.available > 0, "minRootFS": 10, "maxRootFS": 6144,
                "minLocalStorage": 0, "maxLocalStorage": 1000, "regions": list(p.clusters), "price": p.price,
                "monthlyPrice": [{"price": p.price * 600, "month": 1}],
                "billingMethods": ["onDemand", "monthly"] + (["spot"] if p.spot_price else []),
                "spotPrice": str(p.spot_price) if p.spot_price is not None else "", "inventoryState": p.inventory(),
            })  # fmt: skip
        return Reply(200, {"data": rows})

    @handles("list_clusters")
    def list_clusters(self, call: Call) -> Reply:
        rows = [{"id": cid, "name": name, "availableGpuType": [p.name for p in self.products.values() if cid in p.clusters],
                 "supportNetworkStorage": True, "supportInstanceNetwork": cid != "as-sgp-2"}
                for cid, name in _CLUSTERS.items()]  # fmt: skip
        return Reply(200, {"data": rows})

    def seed_pod(self, name: str, image: str, family: str = "H100") -> str:
        """A one-GPU instance placed straight into the cloud's state (no request), on the cheapest
        product of ``family`` in stock; returns its id. For demos and tools that need a pod to act on."""
        product = sorted(
            (p for p in self.products.values() if p.name.startswith(family) and p.available > 0), key=lambda p: p.price
        )[0]
        with self._state:
            product.available -= 1
            instance_id = self.new_id()
            port = self.sshd.reserve(instance_id) if self.sshd is not None else 40000 + len(self.instances) % 20000
            now = self.clock.time()
            self.instances[instance_id] = NovitaInstance(
                id=instance_id,
                name=name,
                product=product,
                cluster=product.clusters[0],
                gpu_num=1,
                image=image,
                rootfs=50,
                envs=[],
                ports="22/tcp",
                billing="onDemand",
                ssh_port=port,
                password=f"pw{instance_id[:8]}",
                created_at=now,
                phase_start=now,
            )
        return instance_id

    @handles("create_gpu_instance")
    def create_instance(self, call: Call) -> Reply:
        body = call.body
        product = self.products.get(body["productId"])
        if product is None:
            raise ApiError(400, f"product {body['productId']} does not exist")
        gpu_num = body["gpuNum"]
        billing = body.get("billingMode") or "onDemand"
        if billing == "spot" and product.spot_price is None:
            raise ApiError(400, f"product {product.name} has no spot billing")
        cluster = body.get("clusterId") or product.clusters[0]
        if cluster not in product.clusters:
            raise ApiError(400, f"product {product.name} is not offered in cluster {cluster}")
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
            self.instances[instance_id] = NovitaInstance(
                id=instance_id,
                name=body.get("name") or instance_id,
                product=product,
                cluster=cluster,
                gpu_num=gpu_num,
                image=body["imageUrl"],
                rootfs=body["rootfsSize"],
                envs=body.get("envs") or [],
                ports=body.get("ports") or "22/tcp",
                billing=billing,
                ssh_port=port,
                password=password,
                created_at=now,
                phase_start=now,
                command=body.get("command") or "",
            )
        return Reply(200, {"id": instance_id})

    @handles("list_gpu_instances")
    def list_instances(self, call: Call) -> Reply:
        live = [i for i in list(self.instances.values()) if not (self.status(i) == "removed" and self._gone(i))]
        if call.query.get("name"):
            live = [i for i in live if call.query["name"] in i.name]
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
                self.sshd.close(inst.id)
            inst.track, inst.phase_start = "reclaim", self.clock.time()

    def fail(self, instance_id: str, message: str = "container exited with code 1") -> None:
        self._control(instance_id).error = message

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        return SpecMock.limit_rate(self, limit, window)


_ALL = ("toCreate", "creating", "pulling", "running", "toStart", "starting", "toStop", "stopping", "exited",
        "toRestart", "restarting", "toRemove", "removing", "removed", "toReset", "resetting", "migrating", "freezing")  # fmt: skip


def _ports(text: str) -> list[str]:
    return [p.strip().replace(" ", "") for p in text.split(",") if p.strip()]
