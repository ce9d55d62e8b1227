"""The RunPod mock cloud: one account's state, served through REST v2, REST v1 and GraphQL.

A pod created through any of the three APIs is visible through the others, moves
PROVISIONING -> STARTING -> RUNNING on the mock's clock (restarts skip provisioning), stops
to EXITED, and is gone after terminate. GPU stock is finite: a create that would exceed it
fails the way RunPod does (400 on v2, 500 on v1, an ``errors`` entry on GraphQL).
"""

from __future__ import annotations

import functools
import math
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from .._cloud import ApiMock, CloudBase, CloudOptions, ControlError, LivePod
from .._core import ApiError
from .._lifecycle import phase_at
from .._messages import MockRequest, MockResponse
from .._ratelimit import Quota
from .._sshd import PodIdentity
from .._time import iso_z
from ._catalog import NO_CAPACITY, GpuStock, seeded_catalog
from ._rest_v2 import RunPodV2Mock

if TYPE_CHECKING:
    from ._graphql import RunPodGraphQLMock
    from ._rest_v1 import RunPodV1Mock

#: Where RunPod's GraphQL API is served (``RunPodGraphQLMock.path``).
GRAPHQL_PATH = "/graphql"


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


class RunPodCloud(CloudBase):
    """All three RunPod APIs on shared state. ``hosts`` are the real hosts it answers for."""

    name: ClassVar[str] = "runpod"
    hosts: ClassVar[tuple[str, ...]] = ("api.runpod.io", "rest.runpod.io")

    def __init__(self, options: CloudOptions | None = None) -> None:
        options = options or CloudOptions()
        self._init_cloud(options)
        self.catalog: dict[str, GpuStock] = {g.id: g for g in seeded_catalog()}
        self.pods: dict[str, RunPodPod] = {}
        self.endpoints: dict[str, dict[str, Any]] = {}  # serverless endpoints, as v2 shows them
        self.ssh_keys: list[str] = []
        self._lock = threading.RLock()
        self._options = options
        self.v2 = RunPodV2Mock(self, **options.spec_kwargs(self.clock, self.faults))
        self.created = 0

    # REST v1 and GraphQL are built on first use: most sessions never call them, and their spec
    # and schema are most of a cold start (``gpupods ls --mock``).
    @functools.cached_property
    def v1(self) -> RunPodV1Mock:
        from ._rest_v1 import RunPodV1Mock

        return RunPodV1Mock(self, **self._options.spec_kwargs(self.clock, self.faults))

    @functools.cached_property
    def graphql(self) -> RunPodGraphQLMock:
        from ._graphql import RunPodGraphQLMock

        return RunPodGraphQLMock(self, api_keys=self._options.api_keys)

    @property
    def apis(self) -> dict[str, ApiMock]:
        return {"runpod_v2": self.v2, "runpod_v1": self.v1, "runpod_graphql": self.graphql}

    @property
    def requests(self) -> int:
        built = [self.v2, *(self.__dict__[name] for name in ("v1", "graphql") if name in self.__dict__)]
        return sum(api.requests for api in built)

    # --- routing -----------------------------------------------------------------------------

    def api_for(self, path: str) -> ApiMock:
        if path.rstrip("/") == GRAPHQL_PATH:
            return self.graphql
        if path.startswith("/v1/") or path == "/v1":
            return self.v1
        return self.v2

    def handle(self, request: MockRequest) -> MockResponse:
        return self.api_for(request.path).handle(request)

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
        stocks = sorted((g for g in self.catalog.values() if family in g.name and g.available > 0),
                        key=lambda g: g.secure_price)  # fmt: skip
        pod = self.new_pod(name=name, image=image, gpu_id=stocks[0].id, gpu_count=1, cloud="SECURE", env={},
                           ports=["22/tcp"], disk=50, volume_gb=0, volume_path="/workspace", args="",
                           template_id=None)  # fmt: skip
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
            if self.sshd is not None:  # RunPod installs the account's keys and the pod's PUBLIC_KEY
                who = PodIdentity(
                    name,
                    env,
                    gpu_id,
                    pod.gpu_count,
                    (*self.ssh_keys, env.get("PUBLIC_KEY", "")),
                    gpu_memory_gb=self.catalog[gpu_id].memory if gpu_id else None,
                )
                pod.ssh_port = self.sshd.reserve(pod_id, who)
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

    def live_pods(self) -> list[LivePod]:
        return [LivePod(p.id, p.name) for p in list(self.pods.values())]

    def stock(self) -> dict[str, int]:
        return {g.id: g.available for g in self.catalog.values()}

    def set_stock(self, gpu_id: str, available: int) -> None:
        if gpu_id not in self.catalog:
            raise ControlError(f"no GPU type {gpu_id!r} in the RunPod catalog")
        self.catalog[gpu_id].available = available

    def _control(self, pod_id: str) -> RunPodPod:
        pod = self.pods.get(pod_id)
        if pod is None:
            raise ControlError(f"no RunPod pod {pod_id!r}")
        return pod

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        quota = self.v2.limit_rate(limit, window)
        self.v1.quota = self.graphql.quota = quota
        return quota

    def fail(self, pod_id: str) -> None:
        """Put a pod in ERROR (a crashed container, a host failure)."""
        self._control(pod_id).failed = True

    def reclaim(self, pod_id: str) -> None:
        """Take a spot pod's machine back (it stops, as RunPod's interruptible pods do)."""
        self.stop(self._control(pod_id))

    def iso(self, when: float | None) -> str | None:
        return None if when is None else iso_z(when)
