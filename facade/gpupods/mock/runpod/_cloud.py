"""The RunPod mock cloud: one account's state, served through REST v2, REST v1 and GraphQL.

A pod created through any of the three APIs is visible through the others, moves
PROVISIONING -> STARTING -> RUNNING on the mock's clock (restarts skip provisioning), stops
to EXITED, and is gone after terminate. GPU stock is finite: a create that would exceed it
fails the way RunPod does (400 on v2, 500 on v1, an ``errors`` entry on GraphQL). Templates,
network volumes, registry credentials, serverless endpoints, clusters, SSH keys and billing
are the same objects whichever API made or reads them.

The account has an hourly spend cap (``spend_limit``, USD/hour; RunPod's ``spendRate`` limit):
starting a pod, or keeping more serverless workers warm, is refused (400) when the hourly cost
of what runs would pass it. REST v1 is retired (every call answers 410 Gone, as RunPod does
since 2026-11-15) unless ``cloud.v1.retired = False``; ``cloud.graphql.retired = True`` does
the same to GraphQL (RunPod retires it in early 2027).
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from .._billing import Meter
from .._cloud import ApiMock, CloudBase, CloudOptions, ControlError, LivePod
from .._core import ApiError
from .._lifecycle import phase_at
from .._messages import MockRequest, MockResponse
from .._ratelimit import Quota
from .._sshd import PodIdentity
from .._time import iso_z
from ._account import (
    SPEND_LIMIT,
    STARTING_BALANCE,
    Build,
    Cluster,
    Delegation,
    EndpointVersion,
    NetworkVolume,
    RegistryAuth,
    RunPodPod,
    StoredSecret,
    Template,
)
from ._catalog import (
    NO_CAPACITY,
    CpuFlavor,
    DataCenterInfo,
    GpuStock,
    data_centers,
    official_templates,
    seeded_catalog,
    seeded_cpus,
)
from ._rest_v2 import RunPodV2Mock

if TYPE_CHECKING:
    from ._graphql import RunPodGraphQLMock
    from ._rest_v1 import RunPodV1Mock

#: Where RunPod's GraphQL API is served (``RunPodGraphQLMock.path``).
GRAPHQL_PATH = "/graphql"

_ECR_ARN = re.compile(r"^arn:aws:ecr:([a-z0-9-]+):(\d{12}):repository/([a-z0-9][a-z0-9._/-]*)(?::([\w.-]+))?$")
_CPU_INSTANCE = re.compile(r"^(cpu[35][cgm])-(\d+)-(\d+)$")


class RunPodCloud(CloudBase):
    """All three RunPod APIs on shared state. ``hosts`` are the real hosts it answers for."""

    name: ClassVar[str] = "runpod"
    hosts: ClassVar[tuple[str, ...]] = ("api.runpod.io", "rest.runpod.io")
    facade_routes: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "offers": ("list_catalog_gpus",),
        "list": ("list_pods",),
        "get": ("get_pod",),
        "create": ("create_pod",),
        "delete": ("delete_pod",),
        "keys_read": (),
        "keys_write": (),
        "stop": ("run_pod_action",),
    }
    stock_field: ClassVar[str] = "gpu_id"
    hostname_is_name: ClassVar[bool] = True

    def __init__(self, options: CloudOptions | None = None) -> None:
        options = options or CloudOptions()
        self._init_cloud(options)
        self.catalog: dict[str, GpuStock] = {g.id: g for g in seeded_catalog()}
        self.cpus: dict[str, CpuFlavor] = {c.id: c for c in seeded_cpus()}
        self.data_centers: dict[str, DataCenterInfo] = {d.id: d for d in data_centers()}
        self.official: dict[str, Template] = {t["id"]: Template.from_data(t) for t in official_templates()}
        self.pods: dict[str, RunPodPod] = {}
        self.terminated: dict[str, RunPodPod] = {}  # kept for billing
        self.templates: dict[str, Template] = {}
        self.volumes: dict[str, NetworkVolume] = {}
        self.gone_volumes: list[NetworkVolume] = []
        self.registries: dict[str, RegistryAuth] = {}
        self.delegations: dict[str, Delegation] = {}
        self.endpoints: dict[str, dict[str, Any]] = {}  # serverless endpoints, as v2 shows them
        self.endpoint_meters: dict[str, Meter] = {}
        self.endpoint_versions: dict[str, list[EndpointVersion]] = {}
        self.clusters: dict[str, Cluster] = {}
        self.ssh_keys: list[str] = []
        self.secrets: dict[str, StoredSecret] = {}
        self.builds: dict[str, list[Build]] = {}  # per serverless endpoint, oldest first
        self.spend_limit = SPEND_LIMIT  # USD per hour
        self.opened_at = self.clock.time()
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

    def new_id(self) -> str:
        return self.v2.new_id()

    def hex_id(self, length: int) -> str:
        with self._lock:
            return "".join(self.v2._ids.choice("0123456789abcdef") for _ in range(length))

    def now(self) -> float:
        return self.clock.time()

    def iso(self, when: float | None) -> str | None:
        return None if when is None else iso_z(when)

    # --- pods ----------------------------------------------------------------------------------

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

    def seed_pod(self, name: str, image: str, family: str = "H100", ssh_keys: Sequence[str] = ()) -> str:
        """A pod placed straight into the cloud's state (no request), on the cheapest GPU type of
        ``family`` in stock, with ``ssh_keys`` in its PUBLIC_KEY; returns its id. For demos and
        tools that need a pod to act on."""
        stocks = sorted(
            (g for g in self.catalog.values() if family in g.name and g.available > 0), key=lambda g: g.secure_price
        )
        env = {"PUBLIC_KEY": "\n".join(ssh_keys)} if ssh_keys else {}
        pod = self.new_pod(
            name=name,
            image=image,
            gpu_id=stocks[0].id,
            gpu_count=1,
            cloud="SECURE",
            env=env,
            ports=["22/tcp"],
            disk=50,
            volume_gb=0,
            volume_path="/workspace",
            args="",
            template_id=None,
        )
        return pod.id

    def new_pod(
        self,
        *,
        name: str,
        image: str,
        gpu_id: str | None,
        gpu_count: int,
        cloud: str,
        env: dict[str, str],
        ports: list[str],
        disk: int,
        volume_gb: int,
        volume_path: str,
        args: str,
        template_id: str | None,
        interruptible: bool = False,
        bid_per_gpu: float | None = None,
        data_centers: list[str] | None = None,
        cpu_id: str | None = None,
        vcpus: int | None = None,
        registry_id: str | None = None,
        network_volume_id: str | None = None,
        entrypoint: list[str] | None = None,
        cuda_versions: list[str] | None = None,
        global_networking: bool = False,
    ) -> RunPodPod:
        """Place a pod (one GPU type, no fallback, as RunPod does); ApiError(400) when full,
        ApiError(404) for an unknown template, registry or network volume."""
        with self._lock:
            template = self.template(template_id) if template_id else None
            if template is not None:
                image = image or template.image
                env = {**template.env, **env}
                ports = ports or list(template.ports)
                args = args or template.args
                registry_id = registry_id or template.registry_id
            if not image:
                raise ApiError(400, "give an image or a template")
            if registry_id and registry_id not in self.registries:
                raise ApiError(404, f"container registry auth {registry_id} not found")
            volume = None
            if network_volume_id:
                volume = self.volumes.get(network_volume_id)
                if volume is None:
                    raise ApiError(404, f"network volume {network_volume_id} not found")
                data_centers = [volume.data_center]
            price, data_center, memory = 0.0, (data_centers or ["US-TX-3"])[0], 62
            if gpu_id is not None:
                stock = self.catalog.get(gpu_id)
                if stock is None:
                    raise ApiError(400, f"GPU type {gpu_id!r} does not exist")
                if gpu_count > stock.max_count:
                    raise ApiError(400, f"{gpu_id} pods have at most {stock.max_count} GPUs")
                places = [d for d in (data_centers or stock.data_centers) if d in stock.data_centers]
                if not places:
                    raise ApiError(400, NO_CAPACITY)
                if cuda_versions and not set(cuda_versions) & set(stock.cuda_versions):
                    raise ApiError(400, NO_CAPACITY)
                if stock.available < gpu_count:
                    raise ApiError(400, NO_CAPACITY)
                if interruptible:
                    floor = stock.price(cloud, spot=True)
                    if bid_per_gpu is None or bid_per_gpu < floor:
                        raise ApiError(400, f"the bid is below the current minimum of ${floor}/GPU/hour")
                    price = bid_per_gpu
                else:
                    price = stock.price(cloud)
                self.check_spend(price * max(gpu_count, 1))
                stock.available -= gpu_count
                data_center = places[0]
                ram_per_gpu, vcpus_per_gpu = self.host_per_gpu(stock)
                memory = ram_per_gpu * gpu_count
                vcpus = vcpus or vcpus_per_gpu * gpu_count
                cuda = next(c for c in reversed(stock.cuda_versions) if not cuda_versions or c in cuda_versions)
            else:
                flavor = self.cpus.get(cpu_id or "cpu3c")
                if flavor is None:
                    raise ApiError(400, f"CPU flavor {cpu_id!r} does not exist")
                vcpus = vcpus or 2
                if not flavor.vcpu_min <= vcpus <= flavor.vcpu_max:
                    raise ApiError(400, f"{flavor.id} pods have {flavor.vcpu_min} to {flavor.vcpu_max} vCPUs")
                if flavor.available < vcpus:
                    raise ApiError(400, NO_CAPACITY)
                self.check_spend(flavor.secure_per_vcpu * vcpus)
                flavor.available -= vcpus
                price, memory, cuda = flavor.secure_per_vcpu * vcpus, int(flavor.ram_per_vcpu * vcpus), None
                cpu_id = flavor.id
                if data_centers:
                    data_center = next((d for d in data_centers if d in flavor.data_centers), data_centers[0])
                else:
                    data_center = flavor.data_centers[0]
            now = self.clock.time()
            pod_id = self.new_id()
            pod = RunPodPod(
                id=pod_id,
                name=name,
                image=image,
                gpu_id=gpu_id,
                gpu_count=gpu_count if gpu_id else 0,
                cloud=cloud,
                data_center=data_center,
                env=dict(env),
                ports=list(ports),
                disk=disk,
                volume_gb=volume_gb,
                volume_path=volume_path,
                args=args,
                template_id=template_id,
                created_at=now,
                run_started_at=now,
                first_run=True,
                price_per_gpu=round(price, 4),
                interruptible=interruptible,
                bid_per_gpu=bid_per_gpu,
                pod_host=f"{pod_id}-{self.hex_id(8)}",
                cpu_id=cpu_id,
                vcpus=vcpus,
                memory_gb=memory,
                registry_id=registry_id,
                network_volume_id=network_volume_id,
                entrypoint=list(entrypoint or []),
                docker_id=self.hex_id(12),
                machine_id=self.new_id()[:12],
                cuda_version=cuda,
                global_networking=global_networking,
            )
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
            pod.meter.start(now, pod.cost)
            self.pods[pod_id] = pod
            self.created += 1
            return pod

    @staticmethod
    def host_per_gpu(stock: GpuStock) -> tuple[int, int]:
        """(GB of RAM, vCPUs) a pod gets per GPU of this type."""
        return min(stock.memory + 46, 250), 8  # system RAM per GPU, as RunPod sizes hosts

    def find(self, pod_id: str) -> RunPodPod:
        pod = self.pods.get(pod_id)
        if pod is None:
            raise ApiError(404, f"pod {pod_id} not found")
        return pod

    def start(self, pod: RunPodPod, bid_per_gpu: float | None = None) -> None:
        with self._lock:
            if pod.desired == "RUNNING" and not pod.failed:
                return
            # a stopped or failed pod is not in the running rate: starting it adds its cost
            self.check_spend(bid_per_gpu * max(pod.gpu_count, 1) if bid_per_gpu is not None else pod.cost)
            if pod.desired == "RUNNING":  # failed while running: it still holds its GPUs
                self._release(pod)
            self._take(pod)
            if bid_per_gpu is not None:
                pod.bid_per_gpu = pod.price_per_gpu = bid_per_gpu
            pod.desired, pod.failed, pod.first_run = "RUNNING", False, False
            pod.run_started_at, pod.started_at = self.clock.time(), None
            pod.meter.start(self.clock.time(), pod.cost)

    def stop(self, pod: RunPodPod) -> None:
        with self._lock:
            if pod.desired == "RUNNING":
                self._release(pod)
            pod.desired = "EXITED"
            pod.started_at = None
            pod.meter.start(self.clock.time(), pod.stopped_cost)
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
            pod.terminated_at = self.clock.time()
            pod.meter.stop(self.clock.time())
            if self.pods.pop(pod.id, None) is not None:
                self.terminated[pod.id] = pod
            if self.sshd is not None:
                self.sshd.forget(pod.id)  # gone for good: its files and keys go too

    def _take(self, pod: RunPodPod) -> None:
        stock = self.catalog.get(pod.gpu_id or "")
        if stock is not None:
            if stock.available < pod.gpu_count:
                raise ApiError(400, NO_CAPACITY)
            stock.available -= pod.gpu_count
        flavor = self.cpus.get(pod.cpu_id or "") if pod.gpu_id is None else None
        if flavor is not None:
            if flavor.available < pod.vcpus:
                raise ApiError(400, NO_CAPACITY)
            flavor.available -= pod.vcpus

    def _release(self, pod: RunPodPod) -> None:
        stock = self.catalog.get(pod.gpu_id or "")
        if stock is not None:
            stock.available += pod.gpu_count
        flavor = self.cpus.get(pod.cpu_id or "") if pod.gpu_id is None else None
        if flavor is not None:
            flavor.available += pod.vcpus

    def cpu_instance(self, instance_id: str | None) -> tuple[str, int]:
        """(flavor, vCPUs) of a CPU instance id such as ``cpu3c-2-4`` (flavor-vCPUs-memory)."""
        match = _CPU_INSTANCE.match(instance_id or "cpu3c-2-4")
        if match is None:
            raise ApiError(400, f"{instance_id!r} is not a CPU instance id such as cpu3c-2-4")
        return match.group(1), int(match.group(2))

    # --- templates, volumes, registries -------------------------------------------------------

    def template(self, template_id: str) -> Template:
        found = self.templates.get(template_id) or self.official.get(template_id)
        if found is None:
            raise ApiError(404, f"template {template_id} not found")
        return found

    def add_template(self, template: Template) -> Template:
        with self._lock:
            if any(t.name == template.name for t in self.templates.values() if t.id != template.id):
                raise ApiError(400, f"a template named {template.name!r} already exists")
            if template.registry_id and template.registry_id not in self.registries:
                raise ApiError(404, f"container registry auth {template.registry_id} not found")
            template.created_at = template.created_at or self.clock.time()
            self.templates[template.id] = template
            return template

    def own_template(self, template_id: str) -> Template:
        found = self.templates.get(template_id)
        if found is None:
            if template_id in self.official:
                raise ApiError(403, f"template {template_id} belongs to RunPod and cannot be changed")
            raise ApiError(404, f"template {template_id} not found")
        return found

    def delete_template(self, template_id: str) -> None:
        with self._lock:
            template = self.own_template(template_id)
            users = [e["id"] for e in self.endpoints.values() if e.get("templateId") == template.id]
            if users:
                raise ApiError(400, f"template {template.id} is used by endpoint {users[0]}; delete the endpoint first")
            del self.templates[template.id]

    def volume(self, volume_id: str) -> NetworkVolume:
        found = self.volumes.get(volume_id)
        if found is None:
            raise ApiError(404, f"network volume {volume_id} not found")
        return found

    def add_volume(self, name: str, size: int, data_center: str, kind: str = "STANDARD") -> NetworkVolume:
        info = self.data_centers.get(data_center)
        if info is None:
            raise ApiError(400, f"unknown data center {data_center!r}")
        if kind not in info.volume_types:
            raise ApiError(400, f"{data_center} has no {kind} network volumes")
        if not 10 <= size <= 4096:
            raise ApiError(400, "size must be between 10 and 4096 GB")
        with self._lock:
            volume = NetworkVolume(self.new_id(), name, size, data_center, kind, self.clock.time())
            volume.meter.start(volume.created_at, volume.rate)
            self.volumes[volume.id] = volume
            return volume

    def resize_volume(self, volume: NetworkVolume, name: str | None, size: int | None) -> NetworkVolume:
        if size is not None and size != volume.size:
            if size < volume.size:
                raise ApiError(400, f"a network volume can only grow: it has {volume.size} GB")
            if size > 4096:
                raise ApiError(400, "size must be between 10 and 4096 GB")
            volume.size = size
            volume.meter.start(self.clock.time(), volume.rate)
        if name is not None:
            volume.name = name
        return volume

    def delete_volume(self, volume_id: str) -> None:
        with self._lock:
            volume = self.volume(volume_id)
            users = [p.id for p in self.pods.values() if p.network_volume_id == volume.id]
            if users:
                raise ApiError(400, f"network volume {volume.id} is attached to pod {users[0]}")
            volume.meter.stop(self.clock.time())
            self.gone_volumes.append(self.volumes.pop(volume.id))

    def registry(self, registry_id: str) -> RegistryAuth:
        found = self.registries.get(registry_id)
        if found is None:
            raise ApiError(404, f"container registry auth {registry_id} not found")
        return found

    def add_registry(self, name: str, username: str, password: str) -> RegistryAuth:
        with self._lock:
            if any(r.name == name for r in self.registries.values()):
                raise ApiError(400, f"a registry auth named {name!r} already exists")
            auth = RegistryAuth(self.new_id(), name, username, password, self.clock.time())
            self.registries[auth.id] = auth
            return auth

    def delete_registry(self, registry_id: str) -> None:
        with self._lock:
            auth = self.registry(registry_id)
            users = [t.id for t in self.templates.values() if t.registry_id == auth.id]
            if users:
                raise ApiError(400, f"registry auth {auth.id} is used by template {users[0]}")
            del self.registries[auth.id]

    def add_delegation(self, resource: str, name: str | None) -> Delegation:
        match = _ECR_ARN.match(resource)
        if match is None:
            raise ApiError(
                400, "resource must be an ECR repository ARN: arn:aws:ecr:<region>:<account>:repository/<name>"
            )
        region, account, repository, tag = match.groups()
        with self._lock:
            delegation = Delegation(
                self.new_id(), name, repository, tag or "latest", region, account, self.clock.time()
            )
            self.delegations[delegation.id] = delegation
            return delegation

    # --- serverless endpoints -------------------------------------------------------------------

    def endpoint(self, endpoint_id: str) -> dict[str, Any]:
        found = self.endpoints.get(endpoint_id)
        if found is None:
            raise ApiError(404, f"serverless endpoint {endpoint_id} not found")
        return found

    def endpoint_gpu(self, record: dict[str, Any]) -> GpuStock | None:
        """The cheapest GPU type in the endpoint's pools (what its workers run on)."""
        gpu = record.get("gpu") or {}
        pools = gpu.get("pools") or []
        excluded = set(gpu.get("excludedTypes") or [])
        fits = [g for g in self.catalog.values() if (g.pool in pools or g.id in pools) and g.id not in excluded]
        return min(fits, key=lambda g: g.serverless_price, default=None)

    def endpoint_rate(self, record: dict[str, Any]) -> float:
        """USD per hour of the endpoint's warm workers (``workers.min``)."""
        warm = int(record["workers"].get("min", 0))
        stock = self.endpoint_gpu(record)
        if stock is not None:
            return round(warm * stock.serverless_price * int((record.get("gpu") or {}).get("count", 1)), 6)
        cpus = record.get("cpu") or []
        flavor = self.cpus.get(cpus[0]["id"]) if cpus else None
        return round(warm * flavor.serverless_per_vcpu * cpus[0]["vcpuCount"], 6) if flavor else 0.0

    def add_endpoint(self, record: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            template_id = record.get("templateId")
            if template_id:
                template = self.template(template_id)
                if not template.serverless:
                    raise ApiError(422, f"template {template_id} is not a serverless template")
            now = self.clock.time()
            record.setdefault("createdAt", iso_z(now))
            record["_changed"] = now
            record["_version"] = 1
            self.check_spend(self.endpoint_rate(record))
            self.endpoints[record["id"]] = record
            self.endpoint_versions[record["id"]] = [EndpointVersion(1, now, [], self.new_id())]
            meter = Meter()
            meter.start(now, self.endpoint_rate(record))
            self.endpoint_meters[record["id"]] = meter
            return record

    def changed_endpoint(self, record: dict[str, Any], before: dict[str, Any]) -> None:
        """Record a release when an update changed the endpoint's settings (refused, and
        ``record`` restored, when its warm workers would pass the spend cap)."""
        added = self.endpoint_rate(record) - self.endpoint_rate(before)
        if added > 0:
            try:
                self.check_spend(added)
            except ApiError:
                record.clear()
                record.update(before)
                raise
        diff = [
            {"field": key, "old": before.get(key), "new": record.get(key)}
            for key in sorted(record)
            if not key.startswith("_") and record.get(key) != before.get(key)
        ]
        now = self.clock.time()
        record["_changed"] = now
        if diff:
            record["_version"] = record.get("_version", 1) + 1
            self.endpoint_versions[record["id"]].append(EndpointVersion(record["_version"], now, diff, self.new_id()))
        self.endpoint_meters[record["id"]].start(now, self.endpoint_rate(record))

    def remove_endpoint(self, endpoint_id: str) -> None:
        with self._lock:
            self.endpoint(endpoint_id)
            del self.endpoints[endpoint_id]
            self.endpoint_meters[endpoint_id].stop(self.clock.time())

    # --- clusters ---------------------------------------------------------------------------------

    def add_cluster(
        self,
        *,
        name: str,
        kind: str,
        gpu_type_id: str,
        per_pod: int,
        pod_count: int,
        image: str,
        template_id: str | None,
        data_centers: list[str] | None,
        env: dict[str, str],
        ports: list[str],
        disk: int,
        volume_gb: int,
        volume_path: str,
    ) -> Cluster:
        stock = self.catalog.get(gpu_type_id)
        if stock is None:
            raise ApiError(400, f"GPU type {gpu_type_id!r} does not exist")
        if not 2 <= pod_count <= 16:
            raise ApiError(400, "a cluster has 2 to 16 pods")
        with self._lock:
            if stock.available < per_pod * pod_count:
                raise ApiError(400, NO_CAPACITY)
            cluster_id = self.new_id()
            pods = []
            for rank in range(pod_count):
                pod = self.new_pod(
                    name=f"{name}-{rank}",
                    image=image,
                    gpu_id=gpu_type_id,
                    gpu_count=per_pod,
                    cloud="SECURE",
                    env=env,
                    ports=ports or ["22/tcp"],
                    disk=disk,
                    volume_gb=volume_gb,
                    volume_path=volume_path,
                    args="",
                    template_id=template_id,
                    data_centers=data_centers,
                )
                pod.cluster_id, pod.cluster_rank = cluster_id, rank
                pod.cluster_role = _ROLES.get(kind, ("", ""))[0 if rank == 0 else 1] or None
                pod.price_per_gpu = stock.cluster_price
                pod.meter.start(pod.created_at, pod.cost)
                pods.append(pod)
            cluster = Cluster(
                cluster_id,
                name,
                kind,
                gpu_type_id,
                per_pod,
                pod_count,
                image,
                template_id,
                pods[0].data_center,
                [p.id for p in pods],
                self.clock.time(),
                vxlan_id=4000 + len(self.clusters),
            )
            self.clusters[cluster_id] = cluster
            return cluster

    def cluster(self, cluster_id: str) -> Cluster:
        found = self.clusters.get(cluster_id)
        if found is None:
            raise ApiError(404, f"cluster {cluster_id} not found")
        return found

    def cluster_pods(self, cluster: Cluster) -> list[RunPodPod]:
        return [self.pods[p] for p in cluster.pod_ids if p in self.pods]

    def remove_cluster(self, cluster_id: str) -> None:
        with self._lock:
            cluster = self.cluster(cluster_id)
            for pod in self.cluster_pods(cluster):
                self.terminate(pod)
            cluster.deleted_at = self.clock.time()
            del self.clusters[cluster_id]

    # --- account ------------------------------------------------------------------------------------

    def all_pods(self) -> list[RunPodPod]:
        """Every pod the account ever had (billing sees terminated ones too)."""
        return [*self.pods.values(), *self.terminated.values()]

    def spend_per_hour(self) -> float:
        now = self.clock.time()
        rates = [p.meter.segments[-1][2] for p in self.pods.values() if p.meter.running]
        rates += [v.rate for v in self.volumes.values()]
        rates += [m.segments[-1][2] for m in self.endpoint_meters.values() if m.running]
        del now
        return round(sum(rates), 4)

    def spent(self) -> float:
        now = self.clock.time()
        meters = [p.meter for p in self.all_pods()] + [v.meter for v in [*self.volumes.values(), *self.gone_volumes]]
        meters += list(self.endpoint_meters.values())
        return sum(m.amount(self.opened_at, now, now) for m in meters)

    def balance(self) -> float:
        return round(STARTING_BALANCE - self.spent(), 4)

    def running_rate(self) -> float:
        """USD per hour of what runs now: pods that are up and warm serverless workers (what
        the spend cap is checked against; stopped pods and volumes do not count)."""
        pods = sum(p.cost for p in self.pods.values() if p.desired == "RUNNING" and not p.failed)
        workers = sum(self.endpoint_rate(e) for e in self.endpoints.values())
        return round(pods + workers, 6)

    def check_spend(self, added: float) -> None:
        """ApiError(400) when starting something that costs ``added`` USD/hour would take the
        account past its hourly spend cap (``inf``: no cap, nothing to add up)."""
        if math.isinf(self.spend_limit):
            return
        after = self.running_rate() + added
        if after > self.spend_limit + 1e-9:
            raise ApiError(
                400,
                f"this start would raise the account's spend to ${after:.2f}/hour, over its spend "
                f"rate limit of ${self.spend_limit:.2f}/hour",
            )

    # --- secrets and builds -------------------------------------------------------------------------

    def secret(self, secret_id: str) -> StoredSecret:
        found = self.secrets.get(secret_id)
        if found is None:
            raise ApiError(404, f"secret {secret_id} not found")
        return found

    def add_secret(self, name: str, value: str, description: str | None) -> StoredSecret:
        if name.upper().startswith("RUNPOD"):
            raise ApiError(400, "secret names starting with RUNPOD are reserved")
        _check_secret_value(value)
        with self._lock:
            if any(s.name.lower() == name.lower() for s in self.secrets.values()):
                raise ApiError(409, f"a secret named {name!r} already exists")
            now = self.clock.time()
            secret = StoredSecret(self.new_id(), name, value, description, now, now)
            self.secrets[secret.id] = secret
            return secret

    def update_secret(self, secret: StoredSecret, changes: dict[str, Any]) -> StoredSecret:
        """Write the value, then the description (two writes, as RunPod does)."""
        if "value" in changes:
            _check_secret_value(changes["value"])
            secret.value, secret.value_updated_at = changes["value"], self.clock.time()
        if "description" in changes:
            secret.description = changes["description"] or None
        return secret

    def add_build(
        self, endpoint_id: str, status: str = "COMPLETED", *, branch: str | None = "main", error: str | None = None
    ) -> Build:
        """A build of an endpoint (the mock has no git source: tests record builds with this)."""
        self.endpoint(endpoint_id)
        now = self.clock.time()
        final = status in ("COMPLETED", "FAILED", "CANCELLED", "TEST_FAILED")
        build = Build(
            id=f"build_{self.new_id()}",
            status=status,
            created_at=now,
            branch=branch,
            commit_hash=self.hex_id(40),
            commit_message="update the worker",
            image_name=f"registry.runpod.net/{endpoint_id}:{self.hex_id(7)}" if status == "COMPLETED" else None,
            error=error if status in ("FAILED", "TEST_FAILED") else None,
            started_at=now,
            completed_at=now if final else None,
        )
        self.builds.setdefault(endpoint_id, []).append(build)
        return build

    @property
    def pub_key(self) -> str:
        return "\n".join(self.ssh_keys)

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

    def fail(self, pod_id: str) -> None:
        """Put a pod in ERROR (a crashed container, a host failure)."""
        self._control(pod_id).failed = True

    def set_gpu_utilisation(self, pod_id: str, percent: int, at: float | None = None) -> None:
        """From ``at`` (default: now) on, the pod's GPUs report ``percent`` utilisation (REST v2
        ``runtime.gpus[].util``, GraphQL ``gpuUtilPercent``) while it runs. Several calls make a
        schedule on the clock. Raises :class:`ControlError` for an unknown pod or percent."""
        pod = self._control(pod_id)
        if not 0 <= percent <= 100:
            raise ControlError(f"utilisation is a percentage, not {percent!r}")
        when = self.clock.time() if at is None else float(at)
        with self._lock:
            pod.utilisation = sorted([*(u for u in pod.utilisation if u[0] != when), (when, int(percent))])

    def reclaim(self, pod_id: str) -> None:
        """Take a spot pod's machine back (it stops, as RunPod's interruptible pods do)."""
        self.stop(self._control(pod_id))

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        quota = self.v2.limit_rate(limit, window)
        self.v1.quota = self.graphql.quota = quota
        return quota

    def set_spend_limit(self, usd_per_hour: float) -> None:
        """Set the account's hourly spend cap (RunPod's ``spendRate`` limit); ``math.inf`` for none."""
        if not usd_per_hour >= 0:
            raise ControlError("the spend limit is a number of USD per hour, at least 0")
        self.spend_limit = float(usd_per_hour)


def _check_secret_value(value: str) -> None:
    if len(value.encode("utf-8", "surrogatepass")) >= 16 * 1024 * 1024:
        raise ApiError(422, "a secret value must be under 16 MiB of UTF-8", details=[("body.value", "too long")])


_ROLES = {"SLURM": ("SLURM_CONTROLLER", "SLURM_COMPUTE"), "RAY": ("RAY_HEAD", "RAY_WORKER")}

__all__ = ["RunPodCloud", "RunPodPod", "Template"]
