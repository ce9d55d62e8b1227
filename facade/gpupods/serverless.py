"""RunPod serverless endpoints (REST v2 ``/v2/serverless``), typed and checked before sending.

    from gpupods import Fleet
    from gpupods.serverless import EndpointSpec

    with Fleet.from_env(providers=["runpod"]) as fleet:
        endpoint = fleet.endpoints.create(EndpointSpec(
            name="whisper", image="me/whisper-worker:3", gpu_pools=("AMPERE_24",), workers_max=2))
        print(endpoint.urls["runSync"])
        fleet.endpoints.update(endpoint, workers_max=5)
        print(fleet.endpoints.workers(endpoint).running)
        fleet.endpoints.delete(endpoint)

``EndpointSpec`` carries the current request shape (August 2026): workers ``min``/``max``/
``idleTimeout``, scaling by ``QUEUE_DELAY`` (seconds) or ``REQUEST_COUNT``, FlashBoot, GPU
pools (serverless pool ids such as ``AMPERE_80``) or CPU flavors. Rules RunPod checks in its
handler (exactly one of GPU or CPU, image or template, a load balancer scales on request
count) are checked here first and raise ``InvalidEndpointSpec``. ``fleet.endpoints`` exists
when RunPod is configured; ``AsyncFleet.endpoints`` has the same methods as coroutines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from gpupods_clients.runpod_v2.api.endpoint import (
    create_endpoint,
    delete_endpoint,
    get_endpoint,
    list_endpoint_workers,
    list_endpoints,
    update_endpoint,
)
from gpupods_clients.runpod_v2.models import CreateEndpointRequest, UpdateEndpointRequest
from gpupods_clients.runpod_v2.models import Endpoint as EndpointModel

from ._checks import FrozenMapping, check_id, is_finite_number, is_int_in, is_text
from ._create import CreatePolicy, may_have_reached, next_move, pause, search_with
from ._flow import Flow, Sleep, run_async, run_sync
from ._tokens import new_token, split_token, with_token
from .errors import UNREADABLE, GpupodsError, InvalidEndpointSpec, NotFoundError
from .providers._runpod_api import call
from .providers._util import as_datetime, val

if TYPE_CHECKING:
    from .fleet import AsyncFleet, Fleet
    from .providers.runpod import RunPodBackend


class EndpointType(str, Enum):
    """QUEUE takes jobs through RunPod's queue; LOAD_BALANCER forwards HTTP to the workers."""

    QUEUE = "QUEUE"
    LOAD_BALANCER = "LOAD_BALANCER"


class Scaling(str, Enum):
    """When RunPod adds workers: jobs waiting too long, or requests per worker."""

    QUEUE_DELAY = "QUEUE_DELAY"
    REQUEST_COUNT = "REQUEST_COUNT"


class FlashBoot(str, Enum):
    OFF = "OFF"
    FLASHBOOT = "FLASHBOOT"
    PRIORITY_FLASHBOOT = "PRIORITY_FLASHBOOT"


T = TypeVar("T")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,47}")
_CUDA = re.compile(r"\d+\.\d+")
_ENV_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PORT = re.compile(r"(\d{1,5})/(tcp|http|udp)")


def _int_in(name: str, value: Any, low: int, high: int | None = None) -> None:
    if not is_int_in(value, low, high):
        bound = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise InvalidEndpointSpec(name, f"must be an integer {bound}")


def _check_scaling(
    kind: EndpointType | None, scaling: Scaling, queue_delay: float | None, request_count: int | None
) -> None:
    if kind is EndpointType.LOAD_BALANCER and scaling is not Scaling.REQUEST_COUNT:
        raise InvalidEndpointSpec("scaling", "a LOAD_BALANCER endpoint scales on REQUEST_COUNT only")
    if (
        scaling is Scaling.QUEUE_DELAY
        and queue_delay is not None
        and (not is_finite_number(queue_delay) or queue_delay < 0.5)
    ):
        raise InvalidEndpointSpec("queue_delay", "must be a number of seconds, at least 0.5")
    if scaling is Scaling.REQUEST_COUNT and request_count is not None:
        _int_in("request_count", request_count, 1)


def _check_workers(workers_min: int | None, workers_max: int | None, idle_timeout: int | None) -> None:
    if workers_min is not None:
        _int_in("workers_min", workers_min, 0)
    if workers_max is not None:
        _int_in("workers_max", workers_max, 0)
    if workers_min is not None and workers_max is not None and workers_min > workers_max:
        raise InvalidEndpointSpec("workers_min", f"{workers_min} is more than workers_max ({workers_max})")
    if idle_timeout is not None:
        _int_in("idle_timeout", idle_timeout, 1, 3600)


def _check_container(image: str | None, env: Mapping[str, str], ports: Sequence[str]) -> None:
    if image is not None and not is_text(image, spaces=False):
        raise InvalidEndpointSpec("image", "give a container image reference such as 'me/worker:1'")
    if not isinstance(env, Mapping):
        raise InvalidEndpointSpec("env", "must be a mapping of variable names to string values")
    for key, value in env.items():
        if not isinstance(key, str) or not _ENV_KEY.fullmatch(key) or not isinstance(value, str) or "\x00" in value:
            raise InvalidEndpointSpec(f"env.{key}", "names use letters, digits and '_'; values are strings")
    for port in ports:
        match = _PORT.fullmatch(port) if isinstance(port, str) else None
        if match is None or not 1 <= int(match.group(1)) <= 65535:
            raise InvalidEndpointSpec("ports", f"{port!r} is not like '8000/http'")


def _check_cuda(allowed: Sequence[str], minimum: str | None) -> None:
    for version in allowed:
        if not isinstance(version, str) or not _CUDA.fullmatch(version):
            raise InvalidEndpointSpec("allowed_cuda_versions", f"{version!r} is not like '12.4'")
    if minimum is not None and (not isinstance(minimum, str) or not _CUDA.fullmatch(minimum)):
        raise InvalidEndpointSpec("min_cuda_version", f"{minimum!r} is not like '12.4'")
    if allowed and minimum is not None:
        raise InvalidEndpointSpec("min_cuda_version", "give allowed_cuda_versions or min_cuda_version, not both")


@dataclass(frozen=True)
class EndpointSpec:
    """A serverless endpoint to create. Checked when built; nothing is sent until ``create``.

    Give ``image`` or ``template_id`` (a serverless template), and either ``gpu_pools``
    (pool ids like ``AMPERE_80``; ``excluded_gpu_types`` removes GPU type ids from them) or
    ``cpu_flavor`` with ``vcpus``. ``scaling`` defaults to QUEUE_DELAY for queue endpoints
    and REQUEST_COUNT for load balancers; ``timeout_ms`` is the longest a request may run.
    """

    name: str
    image: str | None = None
    template_id: str | None = None
    type: EndpointType = EndpointType.QUEUE
    gpu_pools: tuple[str, ...] = ()
    gpus_per_worker: int = 1
    excluded_gpu_types: tuple[str, ...] = ()
    cpu_flavor: str | None = None
    vcpus: int | None = None
    workers_min: int = 0
    workers_max: int = 3
    idle_timeout: int = 10
    scaling: Scaling | None = None
    queue_delay: float = 4.0
    request_count: int = 4
    flashboot: FlashBoot = FlashBoot.OFF
    timeout_ms: int = 300_000
    env: Mapping[str, str] = field(default_factory=dict)
    ports: tuple[str, ...] = ()
    disk_gb: int | None = None
    data_center_ids: tuple[str, ...] = ()
    network_volume_ids: tuple[str, ...] = ()
    allowed_cuda_versions: tuple[str, ...] = ()
    min_cuda_version: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in (
            "gpu_pools",
            "excluded_gpu_types",
            "ports",
            "data_center_ids",
            "network_volume_ids",
            "allowed_cuda_versions",
        ):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, Iterable):
                raise InvalidEndpointSpec(name, "give a list or tuple of strings, not one string")
            value = tuple(value)
            if not all(is_text(item, spaces=False, max_length=256) for item in value):
                raise InvalidEndpointSpec(name, "every item must be a non-empty string without blanks")
            set_(self, name, value)
        try:
            set_(self, "type", EndpointType(self.type))
            set_(self, "flashboot", FlashBoot(self.flashboot))
            if self.scaling is not None:
                set_(self, "scaling", Scaling(self.scaling))
        except ValueError as exc:
            raise InvalidEndpointSpec("type/scaling/flashboot", str(exc)) from None
        if self.scaling is None:
            default = Scaling.REQUEST_COUNT if self.type is EndpointType.LOAD_BALANCER else Scaling.QUEUE_DELAY
            set_(self, "scaling", default)
        if not isinstance(self.name, str) or not _NAME.fullmatch(self.name):
            raise InvalidEndpointSpec("name", "use 1-48 letters, digits or '-'")
        if self.image is None and self.template_id is None:
            raise InvalidEndpointSpec("image", "give an image, or the template_id of a serverless template")
        _check_container(self.image, self.env, self.ports)
        set_(self, "env", FrozenMapping(self.env))
        if self.template_id is not None and not is_text(self.template_id, spaces=False, max_length=256):
            raise InvalidEndpointSpec("template_id", "must be a non-empty template id")
        if self.cpu_flavor is not None and not is_text(self.cpu_flavor, spaces=False, max_length=256):
            raise InvalidEndpointSpec("cpu_flavor", "must be a CPU flavor id such as 'cpu3c'")
        has_gpu, has_cpu = bool(self.gpu_pools), self.cpu_flavor is not None
        if has_gpu == has_cpu:
            raise InvalidEndpointSpec("gpu_pools", "give gpu_pools (e.g. ('AMPERE_80',)) or cpu_flavor, exactly one")
        if has_gpu:
            _int_in("gpus_per_worker", self.gpus_per_worker, 1)
            _check_cuda(self.allowed_cuda_versions, self.min_cuda_version)
        else:
            if self.excluded_gpu_types or self.allowed_cuda_versions or self.min_cuda_version:
                raise InvalidEndpointSpec("cpu_flavor", "GPU settings (excluded types, CUDA) do not apply to CPU")
            _int_in("vcpus", self.vcpus, 2)
        assert self.scaling is not None
        _check_scaling(self.type, self.scaling, self.queue_delay, self.request_count)
        _check_workers(self.workers_min, self.workers_max, self.idle_timeout)
        _int_in("timeout_ms", self.timeout_ms, 1)
        if self.disk_gb is not None:
            _int_in("disk_gb", self.disk_gb, 1)

    def request_body(self, token: str | None = None) -> dict[str, Any]:
        """The JSON body of ``POST /v2/serverless`` (the name carries ``token`` when given)."""
        body: dict[str, Any] = {
            "name": with_token(self.name, token) if token else self.name,
            "type": self.type.value,
            "scaling": _scaling_body(self.scaling or Scaling.QUEUE_DELAY, self.queue_delay, self.request_count),
            "workers": {"min": self.workers_min, "max": self.workers_max, "idleTimeout": self.idle_timeout},
            "flashboot": self.flashboot.value,
            "timeout": self.timeout_ms,
        }
        if self.image is not None:
            body["image"] = self.image
        if self.template_id is not None:
            body["templateId"] = self.template_id
        if self.gpu_pools:
            gpu: dict[str, Any] = {"pools": list(self.gpu_pools), "count": self.gpus_per_worker}
            if self.excluded_gpu_types:
                gpu["excludedTypes"] = list(self.excluded_gpu_types)
            if self.allowed_cuda_versions:
                gpu["allowedCudaVersions"] = list(self.allowed_cuda_versions)
            if self.min_cuda_version:
                gpu["minCudaVersion"] = self.min_cuda_version
            body["gpu"] = gpu
        else:
            body["cpu"] = [{"id": self.cpu_flavor, "vcpuCount": self.vcpus}]
        optional = {
            "env": dict(self.env),
            "ports": list(self.ports),
            "disk": self.disk_gb,
            "dataCenterIds": list(self.data_center_ids),
            "networkVolumes": list(self.network_volume_ids),
        }
        body.update({key: value for key, value in optional.items() if value})
        return body


def _scaling_body(scaling: Scaling, queue_delay: float, request_count: int) -> dict[str, Any]:
    if scaling is Scaling.QUEUE_DELAY:
        return {"type": "QUEUE_DELAY", "queueDelay": queue_delay}
    return {"type": "REQUEST_COUNT", "requestCount": request_count}


@dataclass(slots=True)
class Endpoint:
    """A serverless endpoint as RunPod reports it. ``urls`` are its job (or base) URLs."""

    id: str
    name: str
    type: str
    gpu_pools: list[str]
    gpus_per_worker: int | None
    cpu_flavors: list[str]
    workers_min: int
    workers_max: int
    idle_timeout: int | None
    scaling: str
    scaling_value: float | None  # seconds of queue delay, or requests per worker
    flashboot: str
    timeout_ms: int
    image: str | None
    template_id: str | None
    urls: dict[str, str] = field(repr=False)
    created_at: datetime | None
    client_token: str | None = None
    raw: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Worker:
    id: str
    status: str  # RUNNING, IDLE, INITIALIZING, THROTTLED, UNHEALTHY (or a newer value)
    gpu_type: str | None
    gpu_count: int
    data_center: str | None
    stale: bool  # running an older release than the endpoint's
    started_at: datetime | None


@dataclass(frozen=True, slots=True)
class Workers:
    """An endpoint's workers and RunPod's tally of them."""

    workers: list[Worker]
    running: int
    idle: int
    initializing: int
    throttled: int
    unhealthy: int
    total: int


EndpointRef = Endpoint | str


def _to_endpoint(raw: Any) -> Endpoint:
    data = raw.to_dict()
    gpu = data.get("gpu") or {}
    workers = data.get("workers") or {}
    scaling = data.get("scaling") or {}
    name, token = split_token(data.get("name"))
    value = scaling.get("queueDelay", scaling.get("requestCount"))
    return Endpoint(
        id=data["id"],
        name=name,
        type=str(data.get("type") or ""),
        gpu_pools=list(gpu.get("pools") or []),
        gpus_per_worker=gpu.get("count"),
        cpu_flavors=[c.get("id") for c in data.get("cpu") or []],
        workers_min=int(workers.get("min", 0)),
        workers_max=int(workers.get("max", 0)),
        idle_timeout=workers.get("idleTimeout"),
        scaling=str(scaling.get("type") or ""),
        scaling_value=float(value) if value is not None else None,
        flashboot=str(data.get("flashboot") or ""),
        timeout_ms=int(data.get("timeout") or 0),
        image=data.get("image"),
        template_id=data.get("templateId"),
        urls=dict(data.get("requestUrls") or {}),
        created_at=as_datetime(data.get("createdAt")),
        client_token=token,
        raw=raw,
    )


def _to_workers(raw: Any) -> Workers:
    summary = raw.summary
    workers = [
        Worker(
            id=w.id,
            status=str(w.status),
            gpu_type=val(w.gpu_type_id),
            gpu_count=w.gpu_count,
            data_center=val(w.data_center_id),
            stale=bool(w.is_stale),
            started_at=as_datetime(w.started_at),
        )
        for w in raw.workers
    ]
    return Workers(
        workers,
        summary.running,
        summary.idle,
        summary.initializing,
        summary.throttled,
        summary.unhealthy,
        summary.total,
    )


class _EndpointFlows:
    """The flows behind ``Endpoints`` and ``AsyncEndpoints`` (one implementation for both)."""

    def __init__(self, backend: RunPodBackend) -> None:
        self.backend = backend

    def list(self) -> Flow[list[Endpoint]]:
        endpoints = yield from self.backend.pages(list_endpoints, "endpoints")
        return [_to_endpoint(EndpointModel.from_dict(e)) for e in endpoints]

    def get(self, endpoint_id: str) -> Flow[Endpoint]:
        raw = yield from call(get_endpoint, id=endpoint_id)
        return _to_endpoint(raw)

    def create(self, spec: EndpointSpec) -> Flow[Endpoint]:
        """Create once, by the protocol pods follow (``gpupods._create``): after any failure
        that may have reached RunPod, the endpoints are searched for the call's token before
        anything is sent again, and an endpoint RunPod accepted is never created twice."""
        policy = CreatePolicy()
        token = new_token()
        request = CreateEndpointRequest.from_dict(spec.request_body(token))
        for attempt in range(policy.attempts_per_offer):
            try:
                raw = yield from call(create_endpoint, body=request)
            except GpupodsError as exc:
                if may_have_reached(exc):
                    found = yield from search_with(lambda: self.find_by_token(token), self.backend, token, exc, policy)
                    if found is not None:
                        return found
                if next_move(exc) != "retry" or attempt + 1 == policy.attempts_per_offer:
                    raise
                yield Sleep(pause(exc, attempt, policy))
                continue
            try:
                return _to_endpoint(raw)
            except UNREADABLE:  # accepted, but the answer cannot be read: find it instead
                found = yield from search_with(lambda: self.find_by_token(token), self.backend, token, None, policy)
                if found is None:
                    raise
                return found
        raise AssertionError("unreachable")  # pragma: no cover

    def find_by_token(self, token: str) -> Flow[Endpoint | None]:
        """The endpoint a create with this token made, if any (a complete search, or an error)."""
        endpoints = yield from self.list()
        return next((e for e in endpoints if e.client_token == token), None)

    def update(self, endpoint_id: str, changes: Mapping[str, Any]) -> Flow[Endpoint]:
        body = dict(changes)
        if "scaling" in body or "workers" in body:
            current = yield from self.get(endpoint_id)
            _check_update_against(current, body)
        request = UpdateEndpointRequest.from_dict(body)
        raw = yield from call(update_endpoint, id=endpoint_id, body=request)
        return _to_endpoint(raw)

    def delete(self, endpoint_id: str) -> Flow[None]:
        try:
            yield from call(delete_endpoint, id=endpoint_id)
        except NotFoundError:
            return None  # already gone: that is what was asked
        return None

    def workers(self, endpoint_id: str) -> Flow[Workers]:
        raw = yield from call(list_endpoint_workers, id=endpoint_id)
        return _to_workers(raw)


def update_body(
    *,
    name: str | None = None,
    image: str | None = None,
    workers_min: int | None = None,
    workers_max: int | None = None,
    idle_timeout: int | None = None,
    scaling: Scaling | str | None = None,
    queue_delay: float | None = None,
    request_count: int | None = None,
    flashboot: FlashBoot | str | None = None,
    timeout_ms: int | None = None,
    env: Mapping[str, str] | None = None,
    gpu_pools: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The PATCH body for the given changes, checked; only what is given changes."""
    body: dict[str, Any] = {}
    if name is not None:
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise InvalidEndpointSpec("name", "use 1-48 letters, digits or '-'")
        body["name"] = name
    _check_container(image, env or {}, ())
    if image is not None:
        body["image"] = image
    if env is not None:
        body["env"] = dict(env)
    _check_workers(workers_min, workers_max, idle_timeout)
    workers = {"min": workers_min, "max": workers_max, "idleTimeout": idle_timeout}
    if any(v is not None for v in workers.values()):
        body["workers"] = {k: v for k, v in workers.items() if v is not None}
    if scaling is None and (queue_delay is not None or request_count is not None):
        scaling = Scaling.QUEUE_DELAY if queue_delay is not None else Scaling.REQUEST_COUNT
    if scaling is not None:
        try:
            scaling = Scaling(scaling)
        except ValueError as exc:
            raise InvalidEndpointSpec("scaling", str(exc)) from None
        _check_scaling(None, scaling, queue_delay, request_count)
        if scaling is Scaling.QUEUE_DELAY and queue_delay is None:
            raise InvalidEndpointSpec("queue_delay", "give the queue delay (seconds) to scale on")
        if scaling is Scaling.REQUEST_COUNT and request_count is None:
            raise InvalidEndpointSpec("request_count", "give the requests per worker to scale on")
        body["scaling"] = _scaling_body(scaling, queue_delay or 0.0, request_count or 0)
    if flashboot is not None:
        try:
            body["flashboot"] = FlashBoot(flashboot).value
        except ValueError as exc:
            raise InvalidEndpointSpec("flashboot", str(exc)) from None
    if timeout_ms is not None:
        _int_in("timeout_ms", timeout_ms, 1)
        body["timeout"] = timeout_ms
    if gpu_pools is not None:
        if isinstance(gpu_pools, str) or not gpu_pools:
            raise InvalidEndpointSpec("gpu_pools", "give a non-empty list of pool ids")
        body["gpu"] = {"pools": list(gpu_pools)}
    if not body:
        raise InvalidEndpointSpec("changes", "nothing to change")
    return body


def _check_update_against(current: Endpoint, body: Mapping[str, Any]) -> None:
    """Rules that need the endpoint as it is: its type and its other worker bound."""
    scaling = body.get("scaling")
    if scaling is not None and current.type == EndpointType.LOAD_BALANCER.value:
        _check_scaling(EndpointType.LOAD_BALANCER, Scaling(scaling["type"]), None, None)
    workers = body.get("workers") or {}
    low = workers.get("min", current.workers_min)
    high = workers.get("max", current.workers_max)
    if low > high:
        raise InvalidEndpointSpec("workers_min", f"{low} would be more than workers_max ({high})")


def _id(endpoint: EndpointRef) -> str:
    return check_id(endpoint.id if isinstance(endpoint, Endpoint) else endpoint, "endpoint id")


class Endpoints:
    """RunPod serverless endpoints, blocking (``fleet.endpoints``)."""

    def __init__(self, fleet: Fleet) -> None:
        self._backend = fleet._serverless_backend()
        self._flows = _EndpointFlows(self._backend)

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self._backend.session())

    def list(self) -> list[Endpoint]:
        return self._run(self._flows.list())

    def get(self, endpoint: EndpointRef) -> Endpoint:
        return self._run(self._flows.get(_id(endpoint)))

    def create(self, spec: EndpointSpec) -> Endpoint:
        """Create the endpoint; never two, even when the answer to the create is lost."""
        return self._run(self._flows.create(spec))

    def update(self, endpoint: EndpointRef, **changes: Any) -> Endpoint:
        """Change some settings (keyword arguments of ``update_body``); the rest stay."""
        return self._run(self._flows.update(_id(endpoint), update_body(**changes)))

    def delete(self, endpoint: EndpointRef) -> None:
        """Delete the endpoint (and its pending jobs); one already gone counts as deleted."""
        self._run(self._flows.delete(_id(endpoint)))

    def workers(self, endpoint: EndpointRef) -> Workers:
        return self._run(self._flows.workers(_id(endpoint)))


class AsyncEndpoints:
    """RunPod serverless endpoints for asyncio (``async_fleet.endpoints``)."""

    def __init__(self, fleet: AsyncFleet) -> None:
        self._backend = fleet._serverless_backend()
        self._flows = _EndpointFlows(self._backend)

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self._backend.session())

    async def list(self) -> list[Endpoint]:
        return await self._run(self._flows.list())

    async def get(self, endpoint: EndpointRef) -> Endpoint:
        return await self._run(self._flows.get(_id(endpoint)))

    async def create(self, spec: EndpointSpec) -> Endpoint:
        return await self._run(self._flows.create(spec))

    async def update(self, endpoint: EndpointRef, **changes: Any) -> Endpoint:
        return await self._run(self._flows.update(_id(endpoint), update_body(**changes)))

    async def delete(self, endpoint: EndpointRef) -> None:
        await self._run(self._flows.delete(_id(endpoint)))

    async def workers(self, endpoint: EndpointRef) -> Workers:
        return await self._run(self._flows.workers(_id(endpoint)))
