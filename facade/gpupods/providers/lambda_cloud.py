"""Lambda Cloud: virtual machines with GPUs, launched from an instance-type catalogue.

What makes Lambda different from the container clouds:

* **Instances are VMs.** ``PodSpec.image`` names one of Lambda's machine images: an image
  family (``"lambda-stack-24-04"``), ``"id:<image id>"``, or ``"lambda-stack"`` /
  ``"ubuntu_22_cuda_12"`` for Lambda's default image; a container reference is refused before
  any request. SSH goes to the instance's public IP as ``ubuntu``, port 22 (an instance
  tagged ``gpupods:ssh-port`` is reached on that port instead; the mock cloud uses it).
* **Launch, restart, terminate; no stop or start** (``capabilities`` says so).
* **Offers** are instance types x the regions that have capacity right now; prices come in US
  cents per hour for the whole machine and are given here in USD per hour.
* **Every launch needs exactly one of the account's SSH keys**, by name: the user's key
  (``PodSpec.ssh_keys``), registered on the account once (found by fingerprint first); the one
  named in ``extras={"lambda": {"ssh_key_names": [...]}}``; else the account's first key.
* **Filesystems** are its volumes (``fleet.volumes``): bound to a region, without a size (they
  grow with their data and are billed per GB used: ``Volume.size_gb`` is None, ``used_gb`` what
  Lambda reports), mounted at launch only (``file_system_names`` at ``/lambda/nfs/<name>``, or
  ``file_system_mounts`` at a path under ``/home``, ``/lambda/nfs`` or ``/data``), never
  resized, and deleted only while no instance mounts them.
* **Rate limits**: about one request per second, and one launch every 12 seconds. The backend
  spaces its requests (``request_spacing``, ``launch_spacing``; ``ProviderConfig.extra`` keys
  ``request_interval`` and ``launch_interval`` change them) so that the provider's 429s do not
  happen; nothing in Lambda's answers says how much is left.
* **Errors** are ``{"error": {"code", "message", "suggestion"}}``; ``LambdaErrors`` reads them and
  types them by their code (``instance-operations/launch/insufficient-capacity`` is a
  ``CapacityError`` whatever its message says).
"""

from __future__ import annotations

import builtins
import dataclasses
import logging
import re
import threading
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, ParamSpec

from gpupods_clients.lambda_cloud.api.filesystem import create_filesystem, delete_filesystem, list_filesystems
from gpupods_clients.lambda_cloud.api.image import list_images
from gpupods_clients.lambda_cloud.api.instance import (
    get_instance,
    launch_instance,
    list_instances,
    restart_instances,
    terminate_instances,
)
from gpupods_clients.lambda_cloud.api.instance_type import list_instance_types
from gpupods_clients.lambda_cloud.api.region import list_regions
from gpupods_clients.lambda_cloud.api.ssh_key import create_ssh_key, delete_ssh_key, list_ssh_keys
from gpupods_clients.lambda_cloud.models import (
    CreateFilesystemFilesystemCreateRequest,
    CreateSshKeyAddSSHKeyRequest,
    Filesystem,
    GeneratedSSHKey,
    Image,
    Instance,
    InstanceTypesItem,
    LaunchInstanceInstanceLaunchRequest,
    RestartInstancesInstanceRestartRequest,
    SSHKey,
    TerminateInstancesInstanceTerminateRequest,
)

from .. import gpus
from .._clock import RealClock
from .._flow import Endpoint, Flow, Parallel, Sleep, call_json, request
from .._http import ErrorBody, ErrorMapper, read_generic_error, text_of
from ..costs import NETWORK_VOLUME
from ..errors import (
    APIStatusError,
    AuthenticationError,
    CapacityError,
    ConflictError,
    GpupodsError,
    InvalidPodSpec,
    InvalidVolumeSpec,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    RateLimitedError,
)
from ..keys import PublicKey, SshKey
from ..models import (
    Capabilities,
    GpuOffer,
    OfferKey,
    Pod,
    PodSpec,
    PodStatus,
    PortMapping,
    SshInfo,
    Volume,
    VolumeAttachment,
    VolumeSpec,
    VolumeStatus,
    map_status,
)
from ._base import Backend, Created, OfferQuery, key_of
from ._util import answer_id, parses_as_key, val

log = logging.getLogger("gpupods")
P = ParamSpec("P")

#: A Lambda Cloud operation module: its arguments are checked; its answer stays ``Any``, because
#: each generated parser returns its own error classes (``GetInstanceResponse404``...) beside
#: the success, so there is no one error union to take out of its type.
Operation = Endpoint[P, Any, Any]

#: Lambda's GPU names in its instance-type names (``gpu_8x_h100_sxm5`` -> ``h100_sxm5``), longest
#: first so that ``a100_80gb`` wins over ``a100`` and ``a100`` over ``a10``.
GPU_MODELS: tuple[tuple[str, str], ...] = (
    ("a100_80gb", "A100_80GB"),
    ("b300", "B300_262GB"),
    ("b200", "B200_180GB"),
    ("gh200", "GH200_96GB"),
    ("h200", "H200_141GB"),
    ("h100", "H100_80GB"),
    ("a6000", "A6000_48GB"),
    ("rtx6000", "RTX6000_24GB"),
    ("a100", "A100_40GB"),
    ("v100", "V100_16GB"),
    ("a10", "A10_24GB"),
)
#: ``GPU_MODELS`` as the backend's table (``Backend.gpu_ids``): Lambda's GPU names, each with its
#: catalogue name.
GPU_IDS = gpus.GpuIds(dict(GPU_MODELS))
_TYPE_NAME = re.compile(r"gpu_(?P<count>\d+)x_(?P<model>[a-z0-9_]+)")
_MEMORY = re.compile(r"(\d+)\s*GB", re.IGNORECASE)

#: gpupods' names of a plain Ubuntu + CUDA 12 environment (Prime Intellect's spelling) that
#: Lambda's default image provides: the launch leaves ``image`` out, which boots the latest Lambda
#: Stack (Ubuntu with NVIDIA's drivers, CUDA 12 and the usual ML libraries).
DEFAULT_IMAGE_NAMES = frozenset({"ubuntu_22_cuda_12", "lambda-stack"})

#: The tag that tells gpupods an instance's sshd listens on another port than 22.
SSH_PORT_TAG = "gpupods:ssh-port"
SSH_USER = "ubuntu"

#: What Lambda charges for its filesystems, USD per GB used and month: the example price of
#: Lambda's 2024 documentation (reference/lambda.md, section 10). The API gives no price.
FILESYSTEM_RATE = 0.20
#: Where a launch may mount a filesystem (``file_system_mounts``; the pattern of Lambda's API).
MOUNT_PATH = re.compile(r"(/home|/lambda/nfs|/data)[/a-zA-Z0-9-]*")
#: Regions whose filesystems hold less than Lambda's usual 8 EB, in GB (2024 documentation).
FILESYSTEM_CAPACITY_GB: Mapping[str, int] = {"us-south-1": 10_000}
BYTES_PER_GB = 10**9

#: Lambda's error codes that say more than their HTTP status.
ERROR_CODES: Mapping[str, type[APIStatusError]] = {
    "instance-operations/launch/insufficient-capacity": CapacityError,
    "global/invalid-api-key": AuthenticationError,
    "global/object-does-not-exist": NotFoundError,
    "global/not-found": NotFoundError,
    "global/forbidden": PermissionDeniedError,
    "global/account-inactive": PermissionDeniedError,
    "global/duplicate": ConflictError,
    "global/conflict": ConflictError,
    "filesystems/filesystem-in-use": ConflictError,
    "firewall-rulesets/firewall-ruleset-in-use": ConflictError,
    "global/internal-error": ProviderError,  # Lambda declares it with 409
    "global/unknown": ProviderError,
}


def gpu_model(type_name: str, gpu_description: str | None = None) -> gpus.GpuModel | None:
    """The canonical GPU of a Lambda instance type, from its name (``gpu_1x_h100_pcie``) or,
    for a name this table does not know, from its GPU description (``"H100 (80 GB SXM5)"``)."""
    match = _TYPE_NAME.fullmatch(type_name)
    if match is not None:
        model = match.group("model")
        for key, canonical in GPU_MODELS:
            if model == key or model.startswith(key + "_"):
                return gpus.by_name(canonical)
    if not gpu_description:
        return None
    family = gpu_description.split(" ", 1)[0].split("(", 1)[0]
    memory = _MEMORY.search(gpu_description)
    if memory is not None:
        found = gpus.by_name(f"{family}_{memory.group(1)}GB")
        if found is not None:
            return found
    return gpus.by_name(family)


@dataclasses.dataclass(frozen=True)
class LambdaOfferKey(OfferKey):
    """A Lambda offer: an instance type in one region."""

    instance_type: str
    region: str


def usd(cents: Any) -> float | None:
    """A price in US cents per hour, in USD per hour."""
    cents = val(cents)
    return round(cents / 100.0, 4) if isinstance(cents, int | float) and not isinstance(cents, bool) else None


class Spacing:
    """Keeps at least ``interval`` seconds between the requests it is asked about. Thread-safe.

    ``reserve`` takes the turn when it is free (and answers 0), else answers how long until it
    is; the caller waits that long and asks again. Nothing is booked ahead, so waiters that a
    clock wakes late (or a virtual clock moves past together) never leave at the same moment.
    """

    def __init__(self, clock: RealClock, interval: float) -> None:
        self.clock = clock
        self.interval = interval
        self._next = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        with self._lock:
            now = self.clock.time()
            if now < self._next:
                return self._next - now
            self._next = now + self.interval
            return 0.0


def read_lambda_error(body: Any, reason: str) -> ErrorBody:
    """``{"error": {"code", "message", "suggestion"}}``: the message (with the suggestion after
    it) and the code; anything else as an unknown API's body."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return read_generic_error(body, reason)
    message = text_of(error, "message") or reason
    suggestion = text_of(error, "suggestion")
    if suggestion and suggestion not in message:
        message = f"{message.rstrip('.')}. {suggestion}"
    code = error.get("code")
    return ErrorBody(message, code=code if isinstance(code, str) and code else None)


class LambdaErrors(ErrorMapper):
    """Types Lambda's errors by their code first (a code says more than its HTTP status)."""

    def classify(self, status: int, message: str, code: str | None) -> type[APIStatusError]:
        if status == 429:
            return RateLimitedError
        if code is not None:
            if code in ERROR_CODES:
                return ERROR_CODES[code]
            if code.startswith("provider/"):
                return ProviderError  # an upstream provider of Lambda's failed (outage, quota)
        return super().classify(status, message, code)


class LambdaBackend(Backend):
    name = "lambda"
    title = "Lambda Cloud"
    generated_package = "gpupods_clients.lambda_cloud"
    pod_model = Instance
    capabilities = Capabilities(
        start_stop=False,
        restart=True,
        logs=False,
        spot=False,
        serverless=False,
        batch_status=True,
        notes=(
            "no stop/start: terminate and launch again",
            "VMs from Lambda's images (image families), not containers",
            "one launch every 12 s",
            "no rename: leases cannot be extended",
            "filesystems: bound to a region, no size (billed per GB used), mounted at launch only",
        ),
        volumes=True,
        volume_size=False,
        volume_resize=False,
        volume_paths=True,
        # Lambda states no limit per instance; an account has at most 24 filesystems (2024 docs).
        max_volumes=24,
        ssh_keys="a key registered on the account, named in the launch's ssh_key_names",
    )
    gpu_ids = GPU_IDS
    offer_key = LambdaOfferKey

    @classmethod
    def gpu_model(cls, gpu_id: str | None, description: str | None = None) -> gpus.GpuModel | None:
        """The model of an instance type (``gpu_1x_h100_pcie``) or one of ``GPU_MODELS``' names."""
        return (cls.gpu_ids.model(gpu_id) or gpu_model(gpu_id, description)) if gpu_id else None

    STATUS_MAP: ClassVar[Mapping[str, PodStatus]] = {
        "booting": PodStatus.STARTING,
        "active": PodStatus.RUNNING,
        # Up, but failing Lambda's health checks: not usable yet, not final (a restart may fix it).
        "unhealthy": PodStatus.STARTING,
        "terminating": PodStatus.TERMINATING,
        "terminated": PodStatus.TERMINATED,
        # Taken back by Lambda; it does not come back.
        "preempted": PodStatus.TERMINATED,
    }
    storage_rates: ClassVar[Mapping[str, float]] = {NETWORK_VOLUME: FILESYSTEM_RATE}
    #: Seconds between two requests, and between two launches: Lambda's documented limits (one
    #: request a second, one launch every 12 seconds), the latter with a margin for network jitter.
    REQUEST_INTERVAL = 1.0
    LAUNCH_INTERVAL = 12.5

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.errors = LambdaErrors(self.name, [self.config.api_key.reveal()], title=self.title, reader=self.read_error)
        extra = self.config.extra
        self.request_spacing = Spacing(self.clock, float(extra.get("request_interval", self.REQUEST_INTERVAL)))
        self.launch_spacing = Spacing(self.clock, float(extra.get("launch_interval", self.LAUNCH_INTERVAL)))
        self._ssh_key: str | None = None

    def read_error(self, body: Any, reason: str) -> ErrorBody:
        return read_lambda_error(body, reason)

    # --- requests ------------------------------------------------------------------------------

    def _call(self, operation: Operation[P], /, *args: P.args, **kwargs: P.kwargs) -> Flow[Any]:
        """One request, after waiting for its turn under the request rate limit."""
        yield from self._turn(self.request_spacing)
        return (yield from request(operation, args, kwargs))

    def _call_json(self, operation: Operation[P], /, *args: P.args, **kwargs: P.kwargs) -> Flow[Any]:
        """``_call`` answering the decoded JSON, for answers the flow maps itself (pods: see
        ``Backend.to_pod``)."""
        yield from self._turn(self.request_spacing)
        return (yield from call_json(operation, *args, **kwargs))

    def _call_idempotent(self, operation: Operation[P], /, *args: P.args, **kwargs: P.kwargs) -> Flow[Any]:
        """``_call`` for a request that is safe to repeat, which the transport may retry."""
        yield from self._turn(self.request_spacing)
        return (yield from request(operation, args, kwargs, idempotent=True))

    def _launch(self, body: LaunchInstanceInstanceLaunchRequest) -> Flow[Any]:
        """The launch, after its turn under the request rate limit and then under the launch
        limit: it leaves right when its slot comes, so two launches are never closer than
        ``launch_spacing.interval``."""
        yield from self._turn(self.request_spacing, self.launch_spacing)
        return (yield from request(launch_instance, (), {"body": body}))

    def _turn(self, *spacings: Spacing) -> Flow[None]:
        for spacing in spacings:
            while (wait := spacing.reserve()) > 0:
                yield Sleep(wait)

    # --- mapping -------------------------------------------------------------------------------

    def pod_from_json(self, data: Mapping[str, Any], raw: Any) -> Pod:
        status = str(data["status"])
        mapped = map_status(self.STATUS_MAP, status)
        kind = data["instance_type"]
        model = gpu_model(str(kind["name"]), kind.get("gpu_description"))
        ip = data.get("ip")
        port = self._ssh_port(data.get("tags"))
        image = data.get("image")  # sent by Lambda's later revision of the API only
        return Pod(
            provider=self.name,
            id=data["id"],
            status=mapped,
            provider_status=status,
            gpu=model.name if model else str(kind["name"]),
            gpu_count=int(kind["specs"]["gpus"]),
            image=str(image.get("family") or image["id"]) if image is not None else None,
            price_per_hour=usd(kind["price_cents_per_hour"]),
            ssh=SshInfo(host=str(ip), port=port, user=SSH_USER) if ip and mapped is PodStatus.RUNNING else None,
            ports=[PortMapping(22, port, "tcp", str(ip))] if ip else [],
            region=str(data["region"]["name"]),
            volumes=[
                VolumeAttachment(str(m["file_system_id"]), str(m["mount_point"]))
                for m in data.get("file_system_mounts") or ()
            ],
            raw=raw,
            **self.naming(data.get("name")),
        )

    def to_volume(self, raw: Any, pods: Sequence[Pod] = ()) -> Volume:
        """A filesystem, mounted by those of ``pods`` that name it (by id in their mounts, or by
        name: instances list the names of what they mount) and are not on their way out."""
        used = val(raw.bytes_used)
        volume_id, name = str(raw.id), str(raw.name)
        attached = [
            p.id
            for p in pods
            if p.status not in (PodStatus.TERMINATING, PodStatus.TERMINATED)
            and (
                any(a.volume_id == volume_id for a in p.volumes)
                or name in (val(getattr(p.raw, "file_system_names", None)) or ())
            )
        ]
        return Volume(
            provider=self.name,
            id=volume_id,
            name=name,
            size_gb=None,  # Lambda's filesystems have no size: they grow with their data
            region=str(raw.region.name),
            type=None,
            status=VolumeStatus.READY,  # listed means usable: Lambda's filesystems have no status
            provider_status=None,
            price_per_gb_month=FILESYSTEM_RATE,
            attached_pods=tuple(attached),
            used_gb=round(used / BYTES_PER_GB, 3) if isinstance(used, int) else None,
            created_at=raw.created,
            raw=raw,
        )

    @staticmethod
    def _ssh_port(tags: Sequence[Mapping[str, Any]] | None) -> int:
        for tag in tags or ():
            value = str(tag["value"])
            if tag["key"] == SSH_PORT_TAG and value.isdigit() and 0 < int(value) < 65536:
                return int(value)
        return 22

    # --- operations ----------------------------------------------------------------------------

    def offers(self, query: OfferQuery) -> Flow[builtins.list[GpuOffer]]:
        if query.spot:
            return []  # Lambda has no spot instances
        catalogue = yield from self._call(list_instance_types)
        offers = []
        for type_name, item in catalogue.data.additional_properties.items():
            if not isinstance(item, InstanceTypesItem):
                log.info("Lambda's catalogue entry %r is not an instance type; skipped", type_name)
                continue
            kind = item.instance_type
            count = int(kind.specs.gpus)
            if count <= 0 or (query.count is not None and count != query.count):
                continue  # CPU-only types are not GPU offers
            model = gpu_model(str(type_name), val(kind.gpu_description))
            if query.gpu and not gpus.matches(query.gpu, model, str(type_name)):
                continue
            for region in item.regions_with_capacity_available:
                offers.append(
                    GpuOffer(
                        provider=self.name,
                        gpu=model.name if model else str(type_name),
                        gpu_provider_id=str(type_name),
                        memory_gb=model.memory_gb if model else None,
                        count=count,
                        price_per_hour=usd(kind.price_cents_per_hour),
                        spot_price_per_hour=None,
                        region=str(region.name),
                        stock="unknown",  # listed means "a launch should succeed"; no counts
                        offer_id=LambdaOfferKey(str(type_name), str(region.name)),
                        raw=item,
                        variant=gpus.variant_of(str(type_name), val(kind.gpu_description)),
                        vcpus=val(kind.specs.vcpus),
                        ram_gb=val(kind.specs.memory_gib),
                        disk_gb=val(kind.specs.storage_gib),
                        regions=(str(region.name),),
                    )
                )
        return offers

    def list(self) -> Flow[builtins.list[Pod]]:
        result = yield from self._call_json(list_instances)
        return [self.to_pod(raw) for raw in result["data"]]

    def get(self, pod_id: str) -> Flow[Pod]:
        result = yield from self._call_json(get_instance, id=pod_id)
        return self.to_pod(result["data"])

    def get_many(self, pod_ids: Sequence[str]) -> Flow[builtins.list[Pod | GpupodsError]]:
        """One list for all of them (the list holds every instance not yet terminated)."""
        pods = {pod.id: pod for pod in (yield from self.list())}
        return [
            pods.get(pod_id)
            or NotFoundError(
                f"instance {pod_id} not found", provider=self.name, provider_title=self.title, status_code=404
            )
            for pod_id in pod_ids
        ]

    def check_spec(self, spec: PodSpec, offer: GpuOffer | None) -> None:
        self._launch_body(spec, offer)

    def create(self, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Created]:
        body = self._launch_body(spec, offer)
        if "ssh_key_names" not in body:
            body["ssh_key_names"] = [(yield from self._default_ssh_key())]
        for volume, path in self.mounts(spec):
            if path is None:  # at Lambda's default place, /lambda/nfs/<name>
                body["file_system_names"] = [*body.get("file_system_names", []), volume.name]
            else:
                mount = {"mount_point": path, "file_system_id": volume.id}
                body["file_system_mounts"] = [*body.get("file_system_mounts", []), mount]
        body["name"] = self.pod_name(spec, token)
        request = LaunchInstanceInstanceLaunchRequest.from_dict(body)
        result = yield from self._launch(request)
        ids = val(result.data.instance_ids) or []
        return Created(answer_id(ids[0] if ids else None))

    def _launch_body(self, spec: PodSpec, offer: GpuOffer | None) -> dict[str, Any]:
        """The launch request for ``spec`` on ``offer``; InvalidPodSpec for what Lambda cannot run."""
        if offer is None:
            raise InvalidPodSpec(
                "gpu", "Lambda Cloud launches an instance type in a region: pick an offer from offers()"
            )
        if spec.spot:
            raise InvalidPodSpec("spot", "Lambda Cloud has no spot instances")
        if "/" in spec.image or ":" in spec.image.removeprefix("id:") or "@" in spec.image:
            raise InvalidPodSpec(
                "image",
                "Lambda Cloud runs virtual machines from its own images, not containers: "
                "give an image family such as 'lambda-stack-24-04', 'id:<image id>' (LambdaBackend.images() "
                "lists them), or 'lambda-stack' for the default image",
            )
        if spec.env:
            raise InvalidPodSpec(
                "env",
                "Lambda Cloud instances are virtual machines without container environment "
                "variables; set them with cloud-init: extras={'lambda': {'user_data': ...}}",
            )
        if spec.volume_gb is not None:
            raise InvalidPodSpec(
                "volume_gb",
                "Lambda Cloud instances have no volume of their own: create a filesystem "
                "(fleet.volumes.create, `gpupods volumes create`) and mount it (PodSpec.volumes)",
            )
        for mount in spec.volumes:
            if mount.path is not None and not MOUNT_PATH.fullmatch(mount.path):
                raise InvalidPodSpec(
                    "volumes",
                    f"Lambda Cloud mounts filesystems under /home, /lambda/nfs or /data (letters, digits, "
                    f"'-' and '/'), not at {mount.path}; leave the path out for /lambda/nfs/<name>",
                )
        extra_ports = [p for p in spec.ports if p != "22/tcp"]
        if extra_ports:
            raise InvalidPodSpec(
                "ports",
                f"Lambda Cloud opens ports with firewall rules, not per launch "
                f"({', '.join(extra_ports)}); only '22/tcp' is open by default",
            )
        storage = val(getattr(getattr(getattr(offer.raw, "instance_type", None), "specs", None), "storage_gib", None))
        if isinstance(storage, int) and spec.disk_gb > storage:
            raise InvalidPodSpec("disk_gb", f"{offer.gpu_provider_id} has {storage} GiB of local disk")
        key = key_of(offer, LambdaOfferKey)
        body: dict[str, Any] = {"region_name": key.region, "instance_type_name": key.instance_type}
        if spec.image.startswith("id:"):
            body["image"] = {"id": spec.image.removeprefix("id:")}
        elif spec.image not in DEFAULT_IMAGE_NAMES:
            body["image"] = {"family": spec.image}
        body.update(spec.extras.get("lambda", {}))
        return body

    def _default_ssh_key(self) -> Flow[str]:
        """The account's first SSH key (Lambda needs exactly one per launch), looked up once."""
        if self._ssh_key is None:
            keys = yield from self.ssh_keys()
            if not keys:
                raise InvalidPodSpec(
                    "extras.lambda.ssh_key_names",
                    "the Lambda Cloud account has no SSH key, and a "
                    "launch needs one: add yours (LambdaBackend.add_ssh_key or the dashboard)",
                )
            self._ssh_key = str(keys[0].name)
        return self._ssh_key

    def restart(self, pod_id: str) -> Flow[Pod]:
        body = RestartInstancesInstanceRestartRequest(instance_ids=[pod_id])
        result = yield from self._call(restart_instances, body=body)
        restarted = [raw for raw in result.data.restarted_instances if raw.id == pod_id]
        return self.to_pod(restarted[0]) if restarted else (yield from self.get(pod_id))

    def terminate(self, pod_id: str) -> Flow[None]:
        body = TerminateInstancesInstanceTerminateRequest(instance_ids=[pod_id])
        try:
            yield from self._call_idempotent(terminate_instances, body=body)
        except APIStatusError as exc:
            if isinstance(exc, NotFoundError | AuthenticationError | RateLimitedError):
                raise
            # Terminating an instance that is already on its way out has been answered with an
            # error (``global/unknown``); that is what was asked, so it is no failure.
            pod = yield from self.get(pod_id)
            if pod.status not in (PodStatus.TERMINATING, PodStatus.TERMINATED):
                raise exc from None
        return None

    # --- filesystems (volumes) ------------------------------------------------------------------

    def list_volumes(self) -> Flow[builtins.list[Volume]]:
        """The filesystems, and the instances that mount them (a filesystem only says whether
        it is in use, not where)."""
        raws, pods = yield Parallel([self.filesystems(), self.list()])
        for result in (raws, pods):
            if isinstance(result, GpupodsError):
                raise result
        return [self.to_volume(raw, pods) for raw in raws]

    def create_volume(self, spec: VolumeSpec) -> Flow[Volume]:
        """A filesystem in ``spec.region``. It has no size: a ``size_gb`` is taken as the room
        the data needs, which the region must be able to hold (10 TB in us-south-1)."""
        capacity = FILESYSTEM_CAPACITY_GB.get(spec.region)
        if spec.size_gb is not None and capacity is not None and spec.size_gb > capacity:
            raise InvalidVolumeSpec("size_gb", f"Lambda Cloud filesystems in {spec.region} hold at most {capacity} GB")
        if spec.type is not None:
            raise InvalidVolumeSpec("type", "Lambda Cloud filesystems have one type: leave type out")
        if spec.size_gb is not None:
            log.info(
                "Lambda Cloud filesystems have no size: %s grows with its data and is billed per GB used",
                spec.name,
            )
        body = CreateFilesystemFilesystemCreateRequest(name=spec.name, region=spec.region)
        result = yield from self._call(create_filesystem, body=body)
        return self.to_volume(result.data)

    def delete_volume(self, volume_id: str) -> Flow[None]:
        yield from self._call_idempotent(delete_filesystem, id=volume_id)
        return None

    def volume_regions(self) -> Flow[builtins.list[str]]:
        """Lambda's regions (a filesystem can be made in any of them)."""
        result = yield from self._call(list_regions)
        return [str(region.name) for region in result.data]

    # --- SSH keys ------------------------------------------------------------------------------

    def with_ssh_keys(self, spec: PodSpec, keys: Sequence[PublicKey]) -> Flow[PodSpec]:
        """Each key is registered on the account once (found by fingerprint first); the launch
        names the first one (Lambda takes exactly one key per launch). A spec whose extras name
        ``ssh_key_names`` keeps them."""
        if not keys or "ssh_key_names" in spec.extras.get(self.name, {}):
            return spec
        registered = []
        for key in keys:
            registered.append((yield from self.ensure_ssh_key(key)))
        own = {**spec.extras.get(self.name, {}), "ssh_key_names": [registered[0].name]}
        return dataclasses.replace(spec, extras={**spec.extras, self.name: own})

    def account_ssh_keys(self) -> Flow[builtins.list[SshKey]]:
        return [self._ssh_key_of(raw) for raw in (yield from self.ssh_keys()) if parses_as_key(raw.public_key)]

    def _ssh_key_of(self, raw: Any) -> SshKey:
        return SshKey(self.name, str(raw.id), str(raw.name), PublicKey.parse(raw.public_key), raw=raw)

    def register_ssh_key(self, key: PublicKey, name: str) -> Flow[SshKey]:
        return self._ssh_key_of((yield from self.add_ssh_key(name, key.line)))

    def unregister_ssh_key(self, key: SshKey) -> Flow[None]:
        yield from self._call_idempotent(delete_ssh_key, id=key.id)
        return None

    # --- Lambda's own resources ------------------------------------------------------------------

    def ssh_keys(self) -> Flow[builtins.list[SSHKey]]:
        """The account's SSH keys (a launch names exactly one of them)."""
        result = yield from self._call(list_ssh_keys)
        return list(result.data)

    def add_ssh_key(self, name: str, public_key: str | None = None) -> Flow[SSHKey | GeneratedSSHKey]:
        """Store ``public_key`` under ``name``; without one, Lambda generates a pair and answers
        with its private key (shown this once)."""
        body = CreateSshKeyAddSSHKeyRequest.from_dict(
            {"name": name, **({"public_key": public_key} if public_key else {})}
        )
        result = yield from self._call(create_ssh_key, body=body)
        key: SSHKey | GeneratedSSHKey = result.data
        return key

    def filesystems(self) -> Flow[builtins.list[Filesystem]]:
        """The account's filesystems (persistent storage, one region each)."""
        result = yield from self._call(list_filesystems)
        return list(result.data)

    def images(self) -> Flow[builtins.list[Image]]:
        """The machine images, one entry per image and region (``PodSpec.image`` names a family)."""
        result = yield from self._call(list_images)
        return list(result.data)


__all__ = ["GPU_IDS", "GPU_MODELS", "LambdaBackend", "LambdaErrors", "LambdaOfferKey", "Spacing", "gpu_model"]
