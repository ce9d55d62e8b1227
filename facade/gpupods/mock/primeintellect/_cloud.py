"""The Prime Intellect mock cloud (PI API).

Pods go PROVISIONING -> PENDING -> ACTIVE; while ACTIVE, the image installs
(``installationStatus`` PENDING -> ACTIVE -> FINISHED with ``installationProgress`` 0-100) and
sshd answers once it is done. Delete moves a pod to DELETING, then TERMINATED: it leaves the
pod list and shows in the history. The availability catalog is seeded (prices in USD/hour for
the offer's whole GPU count, as the PI API quotes them). The API cannot stop or start pods.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .._cloud import ApiMock, CloudBase, CloudOptions, ControlError, LivePod, load_data
from .._core import ApiError, Call, Reply, SpecMock, handles
from .._lifecycle import phase_at
from .._ratelimit import Quota
from .._sshd import PodIdentity
from .._time import iso_offset


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

    def stock_status(self) -> str:
        if self.available <= 0:
            return "Unavailable"
        return "Low" if self.available < 3 else ("Medium" if self.available < 10 else "High")

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> PrimeOffer:
        return cls(
            cloud_id=row["cloudId"], gpu_type=row["gpuType"], socket=row["socket"], provider=row["provider"],
            gpu_count=row["gpuCount"], gpu_memory=row["gpuMemory"], price=row["price"], spot_price=row["spotPrice"],
            region=row["region"], data_center=row["dataCenter"], country=row["country"], available=row["available"],
            security=row["security"],
        )  # fmt: skip


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
    extra: dict[str, Any] = field(default_factory=dict)


class PrimeIntellectCloud(CloudBase, SpecMock):
    """The PI API on ``https://api.primeintellect.ai``."""

    name: ClassVar[str] = "primeintellect"
    hosts: ClassVar[tuple[str, ...]] = ("api.primeintellect.ai",)
    api = "primeintellect"
    id_alphabet = "0123456789abcdef"
    id_length = 32

    def __init__(self, options: CloudOptions | None = None) -> None:
        options = options or CloudOptions()
        self._init_cloud(options)
        SpecMock.__init__(self, **options.spec_kwargs(self.clock, self.faults))
        self.offers = {o.cloud_id: o for o in seeded_offers()}
        self.pods: dict[str, PrimePod] = {}
        self.ssh_keys: dict[str, str] = {}  # key id -> public key line, for the pods' sshKeyId
        self._state = threading.RLock()
        self.user_id = "user_mock_0001"

    # --- errors in the PI shapes ----------------------------------------------------------------

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        if status == 422:
            return {"errors": [{"param": w, "details": t} for w, t in details] or
                    [{"param": "request", "details": message}]}, "application/json"  # fmt: skip
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
        phases = [("PROVISIONING", lc.provisioning), ("PENDING", lc.starting), ("INSTALLING", lc.pulling),
                  ("ACTIVE", math.inf)]  # fmt: skip
        phase, done = phase_at(phases, now - pod.created_at)
        if phase == "INSTALLING":
            return "ACTIVE", ("PENDING" if done < 0.1 else "ACTIVE"), int(done * 100)
        if phase == "ACTIVE":
            return "ACTIVE", "FINISHED", 100
        return phase, "PENDING", 0

    def _ssh(self, pod: PrimePod) -> str | None:
        status, install, _ = self._phase(pod)
        if status != "ACTIVE":
            return None
        if install == "FINISHED" and self.sshd is not None:
            ready_at = pod.created_at + self.lifecycle.provisioning + self.lifecycle.starting + self.lifecycle.pulling
            if self.clock.time() >= ready_at + self.lifecycle.sshd_delay:
                self.sshd.open(pod.id)
        return f"root@{self.public_host} -p {pod.ssh_port}"

    def _iso(self, when: float | None) -> str | None:
        return None if when is None else iso_offset(when)

    def pod_json(self, pod: PrimePod) -> dict[str, Any]:
        status, install, progress = self._phase(pod)
        ssh = self._ssh(pod)
        return {
            "id": pod.id, "userId": self.user_id, "teamId": pod.team_id, "walletId": None, "name": pod.name,
            "type": "HOSTED", "providerType": pod.offer.provider, "status": status, "installationStatus": install,
            "installationFailure": pod.failed, "installationProgress": progress,
            "createdAt": self._iso(pod.created_at), "updatedAt": self._iso(self.clock.time()),
            "terminatedAt": self._iso(pod.deleted_at) if status == "TERMINATED" else None,
            "gpuName": pod.offer.gpu_type, "gpuCount": pod.offer.gpu_count, "socket": pod.offer.socket,
            "priceHr": pod.offer.price, "stoppedPriceHr": None, "provisioningPriceHr": 0.0,
            "environmentType": pod.image if pod.image in _IMAGES else "custom_template",
            "customTemplateId": None, "clusterId": None,
            "primePortMapping": [{"internal": "22", "external": str(pod.ssh_port), "protocol": "TCP", "usedBy": "SSH",
                                  "description": None}] if ssh else [],
            "sshConnection": ssh, "ip": self.public_host if ssh else None,
            "resources": {"memory": 120 * pod.offer.gpu_count, "disk": pod.disk_size, "shared_disk": None,
                          "vcpus": 16 * pod.offer.gpu_count},
            "attachedResources": [], "isSpot": False, "autoRestart": False,
        }  # fmt: skip

    def _find(self, pod_id: str) -> PrimePod:
        pod = self.pods.get(pod_id)
        if pod is None:
            raise ApiError(404, f"Pod {pod_id} not found")
        return pod

    def _live(self) -> list[PrimePod]:
        return [p for p in list(self.pods.values()) if self._phase(p)[0] != "TERMINATED"]

    # --- operations --------------------------------------------------------------------------------

    @handles("list_pods")
    def list_pods(self, call: Call) -> Reply:
        return Reply(200, self.wrap_list(call.op, [self.pod_json(p) for p in self._live()], call.query))

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
            data.append({"podId": pod.id, "providerType": pod.offer.provider, "status": status,
                         "sshConnection": ssh, "ip": self.public_host if ssh else None,
                         "installationStatus": install, "installationFailure": pod.failed,
                         "installationProgress": progress})  # fmt: skip
        return Reply(200, {"data": data, "status": "success"})

    @handles("get_pod_history")
    def get_pod_history(self, call: Call) -> Reply:
        gone = [p for p in list(self.pods.values()) if self._phase(p)[0] == "TERMINATED"]
        rows = [{"id": p.id, "name": p.name, "providerType": p.offer.provider, "provisionedBy": None,
                 "type": "Instance", "createdAt": self._iso(p.created_at), "terminatedAt": self._iso(p.deleted_at),
                 "gpuName": p.offer.gpu_type, "gpuCount": p.offer.gpu_count, "socket": p.offer.socket,
                 "priceHr": p.offer.price, "userId": self.user_id, "teamId": None,
                 "totalBilledPrice": round(p.offer.price * ((p.deleted_at or 0) - p.created_at) / 3600, 4)}
                for p in gone]  # fmt: skip
        return Reply(200, self.wrap_list(call.op, rows, call.query))

    def seed_pod(self, name: str, image: str, family: str = "H100") -> str:
        """A one-GPU pod placed straight into the cloud's state (no request), on the cheapest offer
        of ``family`` in stock; returns its id. For demos and tools that need a pod to act on."""
        offers = sorted(
            (o for o in self.offers.values() if o.gpu_type.startswith(family) and o.gpu_count == 1 and o.available > 0),
            key=lambda o: o.price,
        )
        offer = offers[0]
        with self._state:
            offer.available -= 1
            pod_id = self.new_id()
            port = self.sshd.reserve(pod_id) if self.sshd is not None else 30000 + len(self.pods) % 30000
            self.pods[pod_id] = PrimePod(pod_id, name, offer, image, 50, [], self.clock.time(), port)
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
            raise ApiError(422, "no such offer", details=[("pod.cloudId", "does not match an available offer "
                                                           "(cloudId, gpuType, socket, gpuCount, provider)")])  # fmt: skip
        if spec.get("maxPrice") is not None and spec["maxPrice"] < offer.price:
            raise ApiError(400, f"the offer costs ${offer.price}/h, above maxPrice ${spec['maxPrice']}/h")
        with self._state:
            if offer.available <= 0:
                raise ApiError(400, "No capacity available for this offer right now; try another offer")
            offer.available -= 1
            pod_id = self.new_id()
            keys = [self.ssh_keys[spec["sshKeyId"]]] if spec.get("sshKeyId") in self.ssh_keys else []
            env = {e["key"]: e["value"] for e in spec.get("envVars") or []}
            who = PodIdentity(
                spec.get("name") or f"pod-{pod_id[:6]}",
                env,
                offer.gpu_type,
                offer.gpu_count,
                tuple(keys),
                gpu_memory_gb=offer.gpu_memory,
            )
            port = self.sshd.reserve(pod_id, who) if self.sshd is not None else 30000 + len(self.pods) % 30000
            pod = PrimePod(pod_id, spec.get("name") or f"pod-{pod_id[:6]}", offer,
                           spec.get("image") or "ubuntu_22_cuda_12", spec.get("diskSize") or 50,
                           spec.get("envVars") or [], self.clock.time(), port,
                           team_id=(call.body.get("team") or {}).get("teamId"))  # fmt: skip
            self.pods[pod_id] = pod
        return Reply(200, self.pod_json(pod))

    @handles("delete_pod")
    def delete_pod(self, call: Call) -> Reply:
        pod = self._find(call.path["pod_id"])
        with self._state:
            if pod.deleted_at is None:
                pod.deleted_at = self.clock.time()
                pod.offer.available += 1
                if self.sshd is not None:
                    self.sshd.close(pod.id)
        return Reply(200, {"status": self._phase(pod)[0]})

    @handles("get_pod_log")
    def get_pod_log(self, call: Call) -> Reply:
        pod = self._find(call.path["pod_id"])
        tail = call.query.get("tail") or 100
        lines = [f"[{pod.name}] installing {step}" for step in ("drivers", "image", "ssh keys", "done")]
        return Reply(200, lines[-tail:])

    def _offer_json(self, o: PrimeOffer) -> dict[str, Any]:
        return {
            "cloudId": o.cloud_id, "gpuType": o.gpu_type, "socket": o.socket, "provider": o.provider,
            "region": o.region, "dataCenter": o.data_center, "country": o.country, "gpuCount": o.gpu_count,
            "gpuMemory": o.gpu_memory,
            "disk": {"minCount": 50, "defaultCount": 100, "maxCount": 2000, "pricePerUnit": 0.0001, "step": 10,
                     "defaultIncludedInPrice": True, "additionalInfo": None},
            "stockStatus": o.stock_status(), "security": o.security,
            "prices": {"onDemand": o.price, "communityPrice": None, "isVariable": False, "currency": "USD"},
            "images": ["ubuntu_22_cuda_12", "cuda_12_4_pytorch_2_5"], "isSpot": False, "prepaidTime": None,
        }  # fmt: skip

    def _matching(self, query: dict[str, Any]) -> list[PrimeOffer]:
        found = []
        for o in self.offers.values():
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
            found.append(o)
        return found

    @handles("list_availability_gpus", "get_availability_multi_node")
    def list_availability(self, call: Call) -> Reply:
        offers = self._matching(call.query)
        if call.op.name == "get_availability_multi_node":
            offers = [o for o in offers if o.gpu_count >= 8]
        page, size = call.query.get("page", 1), call.query.get("page_size", 100)
        chunk = offers[(page - 1) * size : page * size]
        return Reply(200, {"items": [self._offer_json(o) for o in chunk], "totalCount": len(offers)})

    @handles("get_availability", "list_availability_clusters")
    def legacy_availability(self, call: Call) -> Reply:
        grouped: dict[str, list[dict[str, Any]]] = {}
        for o in self._matching(call.query):
            grouped.setdefault(o.gpu_type, []).append(self._offer_json(o))
        return Reply(200, grouped)

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
                pod.deleted_at = self.clock.time()
                pod.offer.available += 1
                if self.sshd is not None:
                    self.sshd.close(pod.id)

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        return SpecMock.limit_rate(self, limit, window)


_IMAGES = {"ubuntu_22_cuda_12", "cuda_12_1_pytorch_2_2", "cuda_11_8_pytorch_2_1", "cuda_12_1_pytorch_2_3",
           "cuda_12_1_pytorch_2_4", "cuda_12_4_pytorch_2_4", "cuda_12_4_pytorch_2_5", "cuda_12_4_pytorch_2_6",
           "cuda_12_6_pytorch_2_7", "custom_template"}  # fmt: skip
