"""The Prime Intellect mock cloud (PI API).

Pods go PROVISIONING -> PENDING -> ACTIVE; while ACTIVE, the image installs
(``installationStatus`` PENDING -> ACTIVE -> FINISHED with ``installationProgress`` 0-100) and
sshd answers once it is done. Delete moves a pod to DELETING, then TERMINATED: it leaves the
pod list and shows in the history. The availability catalog is seeded (prices in USD/hour for
the offer's whole GPU count, as the PI API quotes them); single-node offers are listed by
``/availability/gpus``, clusters by ``/availability/multi-node``. Network disks, SSH keys,
the wallet and its billing rows are state like the pods. The API cannot stop or start pods.

Collection routes end in a slash (``/api/v1/pods/``); like the real FastAPI server, the mock
redirects ``/api/v1/pods?offset=10`` to ``/api/v1/pods/?offset=10`` (307, query kept).
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._billing import Meter
from .._cloud import ApiMock, CloudBase, CloudOptions, ControlError, LivePod, load_data
from .._core import ApiError, Call, Reply, SpecMock, handles
from .._lifecycle import phase_at
from .._ratelimit import Quota
from .._sshd import PodIdentity
from .._time import iso_offset

USER_ID = "cm4x9q2vd0001lb08u7k3h2ze"
WALLET_ID = "wal_8d41c7e2f09b4a63"
STARTING_BALANCE = 150.0  # USD in the wallet when the account opens
DISK_PRICE_PER_GB_HOUR = 0.00009  # network disks
DISK_SPEC = {
    "minCount": 10,
    "defaultCount": 100,
    "maxCount": 10000,
    "pricePerUnit": DISK_PRICE_PER_GB_HOUR,
    "step": 10,
    "defaultIncludedInPrice": False,
    "additionalInfo": "Network volume, billed per GB and hour",
}
_IMAGE_REF = re.compile(
    r"^(?:[a-z0-9.-]+(?::\d+)?/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*"
    r"(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$"
)
_PUBLIC_KEY = re.compile(r"^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-[\w@.-]+) [A-Za-z0-9+/=]+( .*)?$")


@dataclass
class PrimeOffer:
    cloud_id: str
    gpu_type: str
    socket: str
    provider: str
    gpu_count: int
    gpu_memory: int
    price: float  # USD/hour for gpu_count GPUs
    spot_price: float | None
    region: str
    data_center: str
    country: str
    available: int  # how many more pods this offer can take
    security: str = "secure_cloud"
    vcpu: dict[str, int] = field(default_factory=dict)
    memory: dict[str, int] = field(default_factory=dict)
    disk: dict[str, int] = field(default_factory=dict)
    shared_disk: dict[str, int] | None = None
    internet_speed: int | None = None
    interconnect: int | None = None
    interconnect_type: str | None = None
    provisioning_time: int | None = None
    multinode: bool = False
    images: tuple[str, ...] = ("ubuntu_22_cuda_12",)

    def stock_status(self) -> str:
        if self.available <= 0:
            return "Unavailable"
        return "Low" if self.available < 3 else ("Medium" if self.available < 10 else "High")

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> PrimeOffer:
        return cls(
            cloud_id=row["cloudId"],
            gpu_type=row["gpuType"],
            socket=row["socket"],
            provider=row["provider"],
            gpu_count=row["gpuCount"],
            gpu_memory=row["gpuMemory"],
            price=row["price"],
            spot_price=row["spotPrice"],
            region=row["region"],
            data_center=row["dataCenter"],
            country=row["country"],
            available=row["available"],
            security=row["security"],
            vcpu=row["vcpu"],
            memory=row["memory"],
            disk=row["disk"],
            shared_disk=row["sharedDisk"],
            internet_speed=row["internetSpeed"],
            interconnect=row["interconnect"],
            interconnect_type=row["interconnectType"],
            provisioning_time=row["provisioningTime"],
            multinode=row["multinode"],
            images=tuple(row["images"]),
        )


def seeded_offers() -> list[PrimeOffer]:
    return [PrimeOffer.from_data(row) for row in load_data(__package__ or "", "offers.json")]


@dataclass
class PrimePod:
    id: str
    name: str
    offer: PrimeOffer
    image: str
    disk_size: int
    env: list[dict[str, str]]
    created_at: float
    ssh_port: int
    deleted_at: float | None = None
    failed: str | None = None
    team_id: str | None = None
    vcpus: int = 0
    memory: int = 0
    disks: list[str] = field(default_factory=list)
    custom_template_id: str | None = None
    meter: Meter = field(default_factory=Meter)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PrimeDisk:
    id: str
    name: str
    size: int
    provider: str
    data_center: str | None
    country: str | None
    cloud_id: str | None
    created_at: float
    updated_at: float
    team_id: str | None = None
    deleted_at: float | None = None
    meter: Meter = field(default_factory=Meter)

    @property
    def price(self) -> float:
        return round(self.size * DISK_PRICE_PER_GB_HOUR, 6)


@dataclass
class PrimeKey:
    id: str
    name: str
    public_key: str
    primary: bool
    created_at: float
    updated_at: float


class PrimeIntellectCloud(CloudBase, SpecMock):
    """The PI API on ``https://api.primeintellect.ai``."""

    name: ClassVar[str] = "primeintellect"
    hosts: ClassVar[tuple[str, ...]] = ("api.primeintellect.ai",)
    facade_routes: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "offers": ("list_availability_gpus",),
        "list": ("list_pods",),
        "get": ("get_pod", "get_pod_status"),
        "create": ("create_pod",),
        "delete": ("delete_pod",),
        "keys_read": ("list_ssh_keys",),
        "keys_write": ("create_ssh_key",),
        "stop": (),
    }
    stock_field: ClassVar[str] = "cloud_id"
    hostname_is_name: ClassVar[bool] = True
    api = "primeintellect"
    id_alphabet = "0123456789abcdef"
    id_length = 32

    def __init__(self, options: CloudOptions | None = None) -> None:
        options = options or CloudOptions()
        self._init_cloud(options)
        SpecMock.__init__(self, **options.spec_kwargs(self.clock, self.faults))
        self.offers = {o.cloud_id: o for o in seeded_offers()}
        self.pods: dict[str, PrimePod] = {}
        self.disks: dict[str, PrimeDisk] = {}
        self.keys: dict[str, PrimeKey] = {}
        self.credentials: list[dict[str, Any]] = load_data(__package__ or "", "registry_credentials.json")
        self.runs: dict[str, dict[str, Any]] = {r["run_id"]: r for r in load_data(__package__ or "", "runs.json")}
        self._state = threading.RLock()
        self.user_id = USER_ID
        self.opened_at = self.clock.time()

    # --- errors in the PI shapes ----------------------------------------------------------------

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        if status == 422:
            return {
                "errors": [{"param": w, "details": t} for w, t in details] or [{"param": "request", "details": message}]
            }, "application/json"
        return {"detail": message}, "application/json"

    def validation_status(self, op: Any) -> int:
        return 422

    # --- lifecycle ---------------------------------------------------------------------------------

    def _phase(self, pod: PrimePod) -> tuple[str, str, int]:
        """(status, installationStatus, installationProgress) now."""
        lc = self.lifecycle
        now = self.clock.time()
        if pod.deleted_at is not None:
            return ("DELETING" if now - pod.deleted_at < lc.terminating else "TERMINATED"), "TERMINATED", 100
        if pod.failed:
            return "ERROR", "ERROR", 0
        phases = [
            ("PROVISIONING", lc.provisioning),
            ("PENDING", lc.starting),
            ("INSTALLING", lc.pulling),
            ("ACTIVE", math.inf),
        ]
        phase, done = phase_at(phases, now - pod.created_at)
        if phase == "INSTALLING":
            return "ACTIVE", ("PENDING" if done < 0.1 else "ACTIVE"), int(done * 100)
        if phase == "ACTIVE":
            return "ACTIVE", "FINISHED", 100
        return phase, "PENDING", 0

    def _ssh(self, pod: PrimePod) -> str | list[str] | None:
        status, install, _ = self._phase(pod)
        if status != "ACTIVE":
            return None
        if install == "FINISHED" and self.sshd is not None:
            ready_at = pod.created_at + self.lifecycle.provisioning + self.lifecycle.starting + self.lifecycle.pulling
            if self.clock.time() >= ready_at + self.lifecycle.sshd_delay:
                self.sshd.open(pod.id)
        if pod.offer.multinode:
            nodes = pod.offer.gpu_count // 8
            return [f"root@{self.public_host} -p {pod.ssh_port + n}" for n in range(nodes)]
        return f"root@{self.public_host} -p {pod.ssh_port}"

    def _iso(self, when: float | None) -> str | None:
        return None if when is None else iso_offset(when)

    def pod_json(self, pod: PrimePod) -> dict[str, Any]:
        status, install, progress = self._phase(pod)
        ssh = self._ssh(pod)
        ip: str | list[str] | None = None
        if ssh is not None:
            ip = [self.public_host] * len(ssh) if isinstance(ssh, list) else self.public_host
        return {
            "id": pod.id,
            "userId": self.user_id,
            "teamId": pod.team_id,
            "walletId": WALLET_ID,
            "name": pod.name,
            "type": "HOSTED",
            "providerType": pod.offer.provider,
            "status": status,
            "installationStatus": install,
            "installationFailure": pod.failed,
            "installationProgress": progress,
            "createdAt": self._iso(pod.created_at),
            "updatedAt": self._iso(self._updated(pod)),
            "terminatedAt": self._iso(pod.deleted_at) if status == "TERMINATED" else None,
            "gpuName": pod.offer.gpu_type,
            "gpuCount": pod.offer.gpu_count,
            "socket": pod.offer.socket,
            "priceHr": pod.offer.price,
            "stoppedPriceHr": None,
            "provisioningPriceHr": 0.0,
            "environmentType": pod.image if pod.image in _IMAGES else "custom_template",
            "customTemplateId": pod.custom_template_id,
            "clusterId": None,
            "primePortMapping": [
                {
                    "internal": "22",
                    "external": str(pod.ssh_port),
                    "protocol": "TCP",
                    "usedBy": "SSH",
                    "description": "SSH",
                }
            ]
            if ssh
            else [],
            "sshConnection": ssh,
            "ip": ip,
            "resources": {
                "memory": pod.memory,
                "disk": pod.disk_size,
                "shared_disk": (pod.offer.shared_disk or {}).get("default"),
                "vcpus": pod.vcpus,
            },
            "attachedResources": [self._attached(d) for d in pod.disks if d in self.disks],
            "isSpot": False,
            "autoRestart": False,
        }

    def _updated(self, pod: PrimePod) -> float:
        """When the pod's status last changed."""
        lc = self.lifecycle
        if pod.deleted_at is not None:
            done = pod.deleted_at + lc.terminating
            return done if self.clock.time() >= done else pod.deleted_at
        steps = [
            pod.created_at + lc.provisioning,
            pod.created_at + lc.provisioning + lc.starting,
            pod.created_at + lc.provisioning + lc.starting + lc.pulling,
        ]
        return max([pod.created_at] + [t for t in steps if t <= self.clock.time()])

    def _attached(self, disk_id: str) -> dict[str, Any]:
        disk = self.disks[disk_id]
        return {
            "resourceType": "DISK",
            "id": disk.id,
            "status": "MOUNTED",
            "isDetachable": True,
            "mountPath": f"/mnt/{disk.name}",
            "resourcePath": f"/dev/disk/by-id/{disk.id[:20]}",
            "size": disk.size,
            "isShared": False,
        }

    def _find(self, pod_id: str) -> PrimePod:
        pod = self.pods.get(pod_id)
        if pod is None:
            raise ApiError(404, f"Pod {pod_id} not found")
        return pod

    def _live(self) -> list[PrimePod]:
        return [p for p in list(self.pods.values()) if self._phase(p)[0] != "TERMINATED"]

    @staticmethod
    def _page(rows: list[Any], query: dict[str, Any], default_limit: int = 100) -> dict[str, Any]:
        offset = max(0, int(query.get("offset") or 0))
        limit = max(1, min(int(query.get("limit") or default_limit), 1000))
        return {
            "total_count": len(rows),
            "offset": offset,
            "limit": limit,
            "data": rows[offset : offset + limit],
            "status": "success",
        }

    # --- pods --------------------------------------------------------------------------------------

    @handles("list_pods")
    def list_pods(self, call: Call) -> Reply:
        return Reply(200, self._page([self.pod_json(p) for p in self._live()], call.query))

    @handles("get_pod")
    def get_pod(self, call: Call) -> Reply:
        return Reply(200, self.pod_json(self._find(call.path["pod_id"])))

    @handles("get_pod_status")
    def get_pod_status(self, call: Call) -> Reply:
        data = []
        for pod_id in call.query.get("pod_ids", []):
            pod = self.pods.get(pod_id)
            if pod is None:
                continue
            status, install, progress = self._phase(pod)
            ssh = self._ssh(pod)
            ip = None if ssh is None else ([self.public_host] * len(ssh) if isinstance(ssh, list) else self.public_host)
            data.append(
                {
                    "podId": pod.id,
                    "providerType": pod.offer.provider,
                    "status": status,
                    "sshConnection": ssh,
                    "ip": ip,
                    "installationStatus": install,
                    "installationFailure": pod.failed,
                    "installationProgress": progress,
                }
            )
        return Reply(200, {"data": data, "status": "success"})

    @handles("get_pod_history")
    def get_pod_history(self, call: Call) -> Reply:
        now = self.clock.time()
        gone = [p for p in list(self.pods.values()) if self._phase(p)[0] == "TERMINATED"]
        key = call.query.get("sort_by") or "terminatedAt"
        gone.sort(
            key=lambda p: (p.deleted_at or 0) if key == "terminatedAt" else p.created_at,
            reverse=(call.query.get("sort_order") or "desc") == "desc",
        )
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "providerType": p.offer.provider,
                "provisionedBy": self.user_id,
                "type": "Instance",
                "createdAt": self._iso(p.created_at),
                "terminatedAt": self._iso(p.deleted_at),
                "gpuName": p.offer.gpu_type,
                "gpuCount": p.offer.gpu_count,
                "socket": p.offer.socket,
                "priceHr": p.offer.price,
                "userId": self.user_id,
                "teamId": p.team_id,
                "totalBilledPrice": round(p.meter.amount(p.created_at, now, now), 4),
            }
            for p in gone
        ]
        return Reply(200, self._page(rows, call.query))

    def seed_pod(self, name: str, image: str, family: str = "H100", ssh_keys: Sequence[str] = ()) -> str:
        """A one-GPU pod placed straight into the cloud's state (no request), on the cheapest offer
        of ``family`` in stock, with ``ssh_keys`` installed (as an sshKeyId's key would be);
        returns its id. For demos and tools that need a pod to act on."""
        offers = sorted(
            (o for o in self.offers.values() if o.gpu_type.startswith(family) and o.gpu_count == 1 and o.available > 0),
            key=lambda o: o.price,
        )
        offer = offers[0]
        with self._state:
            offer.available -= 1
            pod_id = self.new_id()
            who = PodIdentity(
                name, {}, offer.gpu_type, offer.gpu_count, tuple(ssh_keys), gpu_memory_gb=offer.gpu_memory
            )
            port = self.sshd.reserve(pod_id, who) if self.sshd is not None else 30000 + len(self.pods) % 30000
            pod = PrimePod(
                pod_id,
                name,
                offer,
                image,
                _bounded("diskSize", None, offer.disk),
                [],
                self.clock.time(),
                port,
                vcpus=_bounded("vcpus", None, offer.vcpu),
                memory=_bounded("memory", None, offer.memory),
            )
            pod.meter.start(pod.created_at, offer.price)
            self.pods[pod_id] = pod
        return pod_id

    @handles("create_pod")
    def create_pod(self, call: Call) -> Reply:
        spec = call.body["pod"]
        provider = call.body["provider"]["type"]
        offer = self.offers.get(spec["cloudId"])
        if offer is None or (offer.gpu_type, offer.socket, offer.gpu_count, offer.provider) != (
            spec["gpuType"],
            spec["socket"],
            spec["gpuCount"],
            provider,
        ):
            raise ApiError(
                422,
                "no such offer",
                details=[
                    ("pod.cloudId", "does not match an available offer (cloudId, gpuType, socket, gpuCount, provider)")
                ],
            )
        if spec.get("maxPrice") is not None and spec["maxPrice"] < offer.price:
            raise ApiError(400, f"the offer costs ${offer.price}/h, above maxPrice ${spec['maxPrice']}/h")
        image = spec.get("image") or "ubuntu_22_cuda_12"
        if image != "custom_template" and image not in offer.images:
            raise ApiError(400, f"image {image} is not available on this offer; it has {', '.join(offer.images)}")
        if image == "custom_template" and not spec.get("customTemplateId"):
            raise ApiError(400, "image custom_template needs customTemplateId")
        vcpus = _bounded("vcpus", spec.get("vcpus"), offer.vcpu)
        memory = _bounded("memory", spec.get("memory"), offer.memory)
        disk_size = _bounded("diskSize", spec.get("diskSize"), offer.disk)
        disks = list(call.body.get("disks") or [])
        for disk_id in disks:
            disk = self.disks.get(disk_id)
            if disk is None or disk.deleted_at is not None:
                raise ApiError(404, f"Disk {disk_id} not found")
            if disk.provider != offer.provider or (disk.data_center and disk.data_center != offer.data_center):
                raise ApiError(
                    400, f"disk {disk_id} is in {disk.data_center} at {disk.provider}, not where the offer is"
                )
        if spec.get("sshKeyId") and spec["sshKeyId"] not in self.keys:
            raise ApiError(404, f"SSH key {spec['sshKeyId']} not found")
        with self._state:
            if offer.available <= 0:
                raise ApiError(400, "No capacity available for this offer right now; try another offer")
            offer.available -= 1
            pod_id = self.new_id()
            who = PodIdentity(
                spec.get("name") or f"pod-{pod_id[:6]}",
                {e["key"]: e["value"] for e in spec.get("envVars") or []},
                offer.gpu_type,
                offer.gpu_count,
                tuple(self._pod_keys(spec.get("sshKeyId"))),
                gpu_memory_gb=offer.gpu_memory,
            )
            port = self.sshd.reserve(pod_id, who) if self.sshd is not None else 30000 + len(self.pods) % 30000
            pod = PrimePod(
                pod_id,
                spec.get("name") or f"pod-{pod_id[:6]}",
                offer,
                image,
                disk_size,
                spec.get("envVars") or [],
                self.clock.time(),
                port,
                team_id=(call.body.get("team") or {}).get("teamId"),
                vcpus=vcpus,
                memory=memory,
                disks=disks,
                custom_template_id=spec.get("customTemplateId"),
            )
            pod.meter.start(pod.created_at, offer.price)
            self.pods[pod_id] = pod
        return Reply(200, self.pod_json(pod))

    @handles("delete_pod")
    def delete_pod(self, call: Call) -> Reply:
        pod = self._find(call.path["pod_id"])
        with self._state:
            if pod.deleted_at is None:
                self._remove(pod)
        return Reply(200, {"status": self._phase(pod)[0]})

    def _remove(self, pod: PrimePod) -> None:
        pod.deleted_at = self.clock.time()
        pod.meter.stop(pod.deleted_at)
        pod.offer.available += 1
        if self.sshd is not None:
            self.sshd.forget(pod.id)  # gone for good: its files and keys go too

    @handles("get_pod_log")
    def get_pod_log(self, call: Call) -> Reply:
        pod = self._find(call.path["pod_id"])
        status, _, progress = self._phase(pod)
        steps = [
            ("provisioning", "allocating the machine at {provider} in {dc}"),
            ("pending", "machine is up"),
            ("installing", "pulling {image}"),
            ("installing", "installing NVIDIA driver and CUDA"),
            ("installing", "adding SSH keys"),
            ("active", "ready: ssh {ssh}"),
        ]
        reached = {"PROVISIONING": 1, "PENDING": 2, "ACTIVE": 3 + (progress * 3) // 100}.get(status, len(steps))
        ssh = self._ssh(pod)
        lines = [
            f"{self._iso(pod.created_at)} [{phase}] "
            + text.format(
                provider=pod.offer.provider,
                dc=pod.offer.data_center,
                image=pod.image,
                ssh=ssh if isinstance(ssh, str) else "(not yet)",
            )
            for phase, text in steps[:reached]
        ]
        tail = call.query.get("tail")
        return Reply(200, lines[-tail:] if tail else lines)

    # --- availability ----------------------------------------------------------------------------------

    def _offer_json(self, o: PrimeOffer) -> dict[str, Any]:
        def spec(bounds: dict[str, int] | None, price: float | None) -> dict[str, Any]:
            if not bounds:
                return {}
            return {
                "minCount": bounds["min"],
                "defaultCount": bounds["default"],
                "maxCount": bounds["max"],
                "pricePerUnit": price,
                "step": 1 if bounds["max"] < 1000 else 10,
                "defaultIncludedInPrice": True,
                "additionalInfo": None,
            }

        return {
            "cloudId": o.cloud_id,
            "gpuType": o.gpu_type,
            "socket": o.socket,
            "provider": o.provider,
            "region": o.region,
            "dataCenter": o.data_center,
            "country": o.country,
            "gpuCount": o.gpu_count,
            "gpuMemory": o.gpu_memory,
            "disk": spec(o.disk, 0.0001),
            "sharedDisk": spec(o.shared_disk, 0.00007),
            "vcpu": spec(o.vcpu, 0.0042),
            "memory": spec(o.memory, 0.0018),
            "internetSpeed": o.internet_speed,
            "interconnect": o.interconnect,
            "interconnectType": o.interconnect_type,
            "provisioningTime": o.provisioning_time,
            "stockStatus": o.stock_status(),
            "security": o.security,
            "prices": {"onDemand": o.price, "communityPrice": None, "isVariable": False, "currency": "USD"},
            "images": list(o.images),
            "isSpot": False,
            "prepaidTime": None,
        }

    def _matching(self, query: dict[str, Any], multinode: bool | None) -> list[PrimeOffer]:
        found = []
        for o in self.offers.values():
            if multinode is not None and o.multinode != multinode:
                continue
            if query.get("gpu_type") and o.gpu_type != query["gpu_type"]:
                continue
            if query.get("gpu_count") and o.gpu_count != query["gpu_count"]:
                continue
            if query.get("socket") and o.socket != query["socket"]:
                continue
            if query.get("regions") and o.region not in query["regions"]:
                continue
            if query.get("security") and o.security != query["security"]:
                continue
            if query.get("data_center_id") and o.data_center != query["data_center_id"]:
                continue
            if query.get("cloud_id") and o.cloud_id != query["cloud_id"]:
                continue
            if query.get("disks"):
                places = {(d.provider, d.data_center) for d in self.disks.values() if d.id in query["disks"]}
                if (o.provider, o.data_center) not in places:
                    continue
            found.append(o)
        return found

    @staticmethod
    def _paged(items: list[dict[str, Any]], query: dict[str, Any], default_size: int = 100) -> dict[str, Any]:
        page, size = max(1, query.get("page") or 1), max(1, query.get("page_size") or default_size)
        return {"items": items[(page - 1) * size : page * size], "totalCount": len(items)}

    @handles("list_availability_gpus")
    def list_availability_gpus(self, call: Call) -> Reply:
        return Reply(200, self._paged([self._offer_json(o) for o in self._matching(call.query, False)], call.query))

    @handles("get_availability_multi_node")
    def get_availability_multi_node(self, call: Call) -> Reply:
        return Reply(200, self._paged([self._offer_json(o) for o in self._matching(call.query, True)], call.query))

    @handles("get_availability", "list_availability_clusters")
    def legacy_availability(self, call: Call) -> Reply:
        offers = self._matching(call.query, call.op.name == "list_availability_clusters" or None)
        page, size = max(1, call.query.get("page") or 1), max(1, call.query.get("page_size") or 500)
        grouped: dict[str, list[dict[str, Any]]] = {}
        for o in offers[(page - 1) * size : page * size]:
            grouped.setdefault(o.gpu_type, []).append(self._offer_json(o))
        return Reply(200, grouped)

    def _summary(self, multinode: bool) -> dict[str, Any]:
        summary: dict[str, dict[str, Any]] = {}
        for o in self.offers.values():
            if o.multinode != multinode or o.available <= 0:
                continue
            counts = summary.setdefault(o.gpu_type, {})
            best = counts.get(str(o.gpu_count), {}).get("cheapest")
            if best is None or o.price < best["onDemand"]:
                counts[str(o.gpu_count)] = {
                    "cheapest": {"onDemand": o.price, "communityPrice": None, "spotPrice": o.spot_price}
                }
        return summary

    @handles("get_availability_gpu_summary")
    def get_availability_gpu_summary(self, call: Call) -> Reply:
        return Reply(200, self._summary(multinode=False))

    @handles("get_availability_multi_node_summary")
    def get_availability_multi_node_summary(self, call: Call) -> Reply:
        return Reply(200, self._summary(multinode=True))

    def _disk_places(self) -> list[tuple[PrimeOffer, bool]]:
        """Where network disks can be made: one row per provider and data center of the catalog."""
        seen: dict[tuple[str, str], tuple[PrimeOffer, bool]] = {}
        for o in self.offers.values():
            key = (o.provider, o.data_center)
            if key not in seen or o.multinode:
                seen[key] = (o, o.multinode or seen.get(key, (o, False))[1])
        return list(seen.values())

    @handles("list_availability_disks")
    def list_availability_disks(self, call: Call) -> Reply:
        q = call.query
        rows = []
        for offer, multinode in self._disk_places():
            if q.get("regions") and offer.region not in q["regions"]:
                continue
            if q.get("data_center_id") and offer.data_center != q["data_center_id"]:
                continue
            if q.get("cloud_id") and offer.cloud_id != q["cloud_id"]:
                continue
            rows.append(
                {
                    "cloudId": offer.cloud_id,
                    "provider": offer.provider,
                    "dataCenter": offer.data_center,
                    "country": offer.country,
                    "region": offer.region,
                    "spec": DISK_SPEC,
                    "stockStatus": "Available",
                    "security": offer.security,
                    "isMultinode": multinode,
                }
            )
        return Reply(200, self._paged(rows, q))

    # --- disks -------------------------------------------------------------------------------------------

    def disk_json(self, d: PrimeDisk) -> dict[str, Any]:
        status = self._disk_status(d)
        users = [p.id for p in self.pods.values() if d.id in p.disks and p.deleted_at is None]
        return {
            "id": d.id,
            "name": d.name,
            "createdAt": self._iso(d.created_at),
            "updatedAt": self._iso(d.updated_at),
            "terminatedAt": self._iso(d.deleted_at) if status == "TERMINATED" else None,
            "status": status,
            "providerType": d.provider,
            "size": d.size,
            "info": {"country": d.country, "dataCenterId": d.data_center, "cloudId": d.cloud_id, "isMultinode": False},
            "priceHr": d.price,
            "stoppedPriceHr": d.price,
            "provisioningPriceHr": 0.0,
            "userId": self.user_id,
            "teamId": d.team_id,
            "walletId": WALLET_ID,
            "pods": users,
            "clusters": [],
        }

    def _disk_status(self, d: PrimeDisk) -> str:
        now = self.clock.time()
        if d.deleted_at is not None:
            return "DELETING" if now - d.deleted_at < self.lifecycle.terminating else "TERMINATED"
        return "PROVISIONING" if now - d.created_at < self.lifecycle.provisioning / 2 else "ACTIVE"

    def _disk(self, disk_id: str) -> PrimeDisk:
        disk = self.disks.get(disk_id)
        if disk is None or self._disk_status(disk) == "TERMINATED":
            raise ApiError(404, f"Disk {disk_id} not found")
        return disk

    @handles("list_disks")
    def list_disks(self, call: Call) -> Reply:
        live = [self.disk_json(d) for d in self.disks.values() if self._disk_status(d) != "TERMINATED"]
        return Reply(200, self._page(live, call.query))

    @handles("get_disk")
    def get_disk(self, call: Call) -> Reply:
        return Reply(200, self.disk_json(self._disk(call.path["disk_id"])))

    @handles("create_disk")
    def create_disk(self, call: Call) -> Reply:
        spec = call.body["disk"]
        provider = call.body["provider"]["type"]
        places = [o for o, _ in self._disk_places() if o.provider == provider]
        if spec.get("cloudId"):
            places = [o for o in places if o.cloud_id == spec["cloudId"]]
        if spec.get("dataCenterId"):
            places = [o for o in places if o.data_center == spec["dataCenterId"]]
        if spec.get("country"):
            places = [o for o in places if o.country == spec["country"]]
        if not places:
            raise ApiError(400, f"{provider} offers no network disks where this request asks for one")
        if not DISK_SPEC["minCount"] <= spec["size"] <= DISK_SPEC["maxCount"]:
            raise ApiError(
                422,
                "size out of range",
                details=[("disk.size", f"must be between {DISK_SPEC['minCount']} and {DISK_SPEC['maxCount']} GB")],
            )
        place = places[0]
        now = self.clock.time()
        disk_id = self.new_id()
        disk = PrimeDisk(
            disk_id,
            spec.get("name") or f"disk-{disk_id[:8]}",
            spec["size"],
            provider,
            place.data_center,
            place.country,
            place.cloud_id,
            now,
            now,
            team_id=(call.body.get("team") or {}).get("teamId"),
        )
        disk.meter.start(now, disk.price)
        self.disks[disk_id] = disk
        return Reply(200, self.disk_json(disk))

    @handles("update_disk")
    def update_disk(self, call: Call) -> Reply:
        disk = self._disk(call.path["disk_id"])
        disk.name, disk.updated_at = call.body["name"], self.clock.time()
        return Reply(200, {"status": "success", "id": disk.id, "name": disk.name})

    @handles("delete_disk")
    def delete_disk(self, call: Call) -> Reply:
        disk = self._disk(call.path["disk_id"])
        users = [p.id for p in self.pods.values() if disk.id in p.disks and p.deleted_at is None]
        if users:
            raise ApiError(400, f"Disk {disk.id} is attached to pod {users[0]}; delete the pod first")
        if disk.deleted_at is None:
            disk.deleted_at = disk.updated_at = self.clock.time()
            disk.meter.stop(disk.deleted_at)
        return Reply(200, {"status": "DELETING"})

    # --- SSH keys ---------------------------------------------------------------------------------------

    def _pod_keys(self, key_id: str | None) -> list[str]:
        """The public keys a new pod is given: the one ``sshKeyId`` names, else the primary key."""
        if key_id:
            return [self.keys[key_id].public_key] if key_id in self.keys else []
        return [k.public_key for k in self.keys.values() if k.primary]

    def key_json(self, k: PrimeKey) -> dict[str, Any]:
        return {
            "id": k.id,
            "userId": self.user_id,
            "name": k.name,
            "publicKey": k.public_key,
            "isPrimary": k.primary,
            "isUserKey": True,
            "createdAt": self._iso(k.created_at),
            "updatedAt": self._iso(k.updated_at),
        }

    @handles("list_ssh_keys")
    def list_ssh_keys(self, call: Call) -> Reply:
        return Reply(200, self._page([self.key_json(k) for k in self.keys.values()], call.query))

    @handles("create_ssh_key")
    def create_ssh_key(self, call: Call) -> Reply:
        public_key = call.body["publicKey"].strip()
        if not _PUBLIC_KEY.match(public_key):
            raise ApiError(400, "publicKey is not an OpenSSH public key")
        if any(k.public_key.split()[:2] == public_key.split()[:2] for k in self.keys.values()):
            raise ApiError(400, "This SSH key is already registered")
        now = self.clock.time()
        key = PrimeKey(self.new_id(), call.body["name"], public_key, not self.keys, now, now)
        self.keys[key.id] = key
        return Reply(200, self.key_json(key))

    def _key(self, key_id: str) -> PrimeKey:
        key = self.keys.get(key_id)
        if key is None:
            raise ApiError(404, f"SSH key {key_id} not found")
        return key

    @handles("update_ssh_key")
    def update_ssh_key(self, call: Call) -> Reply:
        key = self._key(call.path["key_id"])
        changed: dict[str, Any] = {}
        if call.body.get("isPrimary") is not None:
            for other in self.keys.values():
                other.primary = False
            key.primary = bool(call.body["isPrimary"])
            key.updated_at = self.clock.time()
            changed["isPrimary"] = key.primary
        return Reply(200, {"message": "SSH key updated", "updated_fields": changed})

    @handles("delete_ssh_key")
    def delete_ssh_key(self, call: Call) -> Reply:
        key = self._key(call.path["key_id"])
        del self.keys[key.id]
        if key.primary and self.keys:
            next(iter(self.keys.values())).primary = True
        return Reply(200, {"status": "success", "id": key.id})

    # --- billing ------------------------------------------------------------------------------------------

    def _billing_rows(self) -> list[dict[str, Any]]:
        """One row per resource that has cost something, newest first."""
        now = self.clock.time()
        rows = []
        for pod in self.pods.values():
            amount = pod.meter.amount(pod.created_at, now, now)
            if amount > 0:
                last = pod.deleted_at or now
                rows.append(
                    {
                        "id": f"bill_{pod.id[:24]}",
                        "created_at": self._iso(pod.created_at),
                        "updated_at": self._iso(last),
                        "last_billed_at": self._iso(last),
                        "amount_usd": round(amount, 4),
                        "currency": "USD",
                        "resource_type": "pod",
                        "resource_id": pod.id,
                    }
                )
        for disk in self.disks.values():
            amount = disk.meter.amount(disk.created_at, now, now)
            if amount > 0:
                last = disk.deleted_at or now
                rows.append(
                    {
                        "id": f"bill_{disk.id[:24]}",
                        "created_at": self._iso(disk.created_at),
                        "updated_at": self._iso(last),
                        "last_billed_at": self._iso(last),
                        "amount_usd": round(amount, 4),
                        "currency": "USD",
                        "resource_type": "disk",
                        "resource_id": disk.id,
                    }
                )
        rows.sort(key=lambda r: str(r["created_at"]), reverse=True)
        return rows

    @handles("get_billing_wallet")
    def get_billing_wallet(self, call: Call) -> Reply:
        rows = self._billing_rows()
        offset, limit = max(0, call.query.get("offset") or 0), max(1, call.query.get("limit") or 20)
        spent = sum(r["amount_usd"] for r in rows)
        return Reply(
            200,
            {
                "wallet_id": WALLET_ID,
                "team_id": call.query.get("teamId"),
                "balance_usd": round(STARTING_BALANCE - spent, 4),
                "currency": "USD",
                "total_billings": len(rows),
                "recent_billings": rows[offset : offset + limit],
            },
        )

    @handles("get_billing_run_usage")
    def get_billing_run_usage(self, call: Call) -> Reply:
        run = self.runs.get(call.path["run_id"])
        if run is None:
            raise ApiError(404, f"Run {call.path['run_id']} not found")
        price = run["pricing"]

        def usage(part: dict[str, int], input_rate: float, output_rate: float) -> dict[str, Any]:
            cost = (part["input_tokens"] * input_rate + part["output_tokens"] * output_rate) / 1e6
            return {
                "tokens": part["input_tokens"] + part["output_tokens"],
                "input_tokens": part["input_tokens"],
                "output_tokens": part["output_tokens"],
                "cost_usd": round(cost, 4),
            }

        training = usage(run["training"], price["training_per_mtok"], price["training_per_mtok"])
        inference = usage(run["inference"], price["inference_input_per_mtok"], price["inference_output_per_mtok"])
        return Reply(
            200,
            {
                "run_id": run["run_id"],
                "run_name": run["run_name"],
                "base_model": run["base_model"],
                "status": run["status"],
                "training": training,
                "inference": inference,
                "total_tokens": training["tokens"] + inference["tokens"],
                "total_cost_usd": round(training["cost_usd"] + inference["cost_usd"], 4),
                "pricing": price,
                "record_count": run["record_count"],
            },
        )

    # --- templates ------------------------------------------------------------------------------------------

    @handles("list_template_registry_credentials")
    def list_template_registry_credentials(self, call: Call) -> Reply:
        rows = [
            {
                "id": c["id"],
                "name": c["name"],
                "server": c["server"],
                "createdAt": c["createdAt"],
                "updatedAt": c["createdAt"],
                "userId": self.user_id,
                "teamId": None,
            }
            for c in self.credentials
        ]
        return Reply(200, {"credentials": rows})

    @handles("check_docker_image")
    def check_docker_image(self, call: Call) -> Reply:
        image = call.body["image"].strip()
        credentials = call.body.get("registry_credentials_id")
        if credentials and not any(c["id"] == credentials for c in self.credentials):
            raise ApiError(404, f"Registry credentials {credentials} not found")
        if not _IMAGE_REF.match(image):
            return Reply(200, {"image": image, "accessible": False, "message": "not a valid image reference"})
        registry = image.split("/", 1)[0] if "/" in image and "." in image.split("/", 1)[0] else "docker.io"
        private = registry != "docker.io" and not credentials
        return Reply(
            200,
            {
                "image": image,
                "accessible": not private,
                "registryHost": registry,
                "message": f"{registry} needs credentials for this image" if private else "image found",
                "platforms": [] if private else ["linux/amd64"],
            },
        )

    # --- controls for tests ------------------------------------------------------------------------

    @property
    def apis(self) -> dict[str, ApiMock]:
        return {self.api: self}

    def api_for(self, path: str) -> ApiMock:
        return self

    def live_pods(self) -> list[LivePod]:
        return [LivePod(p.id, p.name) for p in list(self.pods.values()) if p.deleted_at is None]

    def stock(self) -> dict[str, int]:
        return {o.cloud_id: o.available for o in self.offers.values()}

    def set_stock(self, cloud_id: str, available: int) -> None:
        if cloud_id not in self.offers:
            raise ControlError(f"no Prime Intellect offer {cloud_id!r}")
        self.offers[cloud_id].available = available

    def _control(self, pod_id: str) -> PrimePod:
        pod = self.pods.get(pod_id)
        if pod is None:
            raise ControlError(f"no Prime Intellect pod {pod_id!r}")
        return pod

    def fail(self, pod_id: str, reason: str = "image failed to install") -> None:
        self._control(pod_id).failed = reason

    def reclaim(self, pod_id: str) -> None:
        """The provider took the machine back: the pod is terminated (PI has no stopped state)."""
        pod = self._control(pod_id)
        with self._state:
            if pod.deleted_at is None:
                self._remove(pod)

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        return SpecMock.limit_rate(self, limit, window)


def _bounded(name: str, value: int | None, bounds: dict[str, int]) -> int:
    """A size the request asked for, within the offer's bounds: its default when not asked, its
    minimum when asked for less, a 422 when asked for more than it has."""
    if value is None:
        return bounds.get("default", 0)
    if bounds and value < bounds["min"]:
        return bounds["min"]  # raised to the offer's minimum, as the platform does
    if bounds and value > bounds["max"]:
        raise ApiError(
            422,
            f"{name} out of range",
            details=[(f"pod.{name}", f"must be between {bounds['min']} and {bounds['max']} for this offer")],
        )
    return value


_IMAGES = {
    "ubuntu_22_cuda_12",
    "cuda_12_1_pytorch_2_2",
    "cuda_11_8_pytorch_2_1",
    "cuda_12_1_pytorch_2_3",
    "cuda_12_1_pytorch_2_4",
    "cuda_12_4_pytorch_2_4",
    "cuda_12_4_pytorch_2_5",
    "cuda_12_4_pytorch_2_6",
    "cuda_12_6_pytorch_2_7",
    "custom_template",
}
