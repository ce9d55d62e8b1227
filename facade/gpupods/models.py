"""Provider-neutral models: what a pod, an offer, a volume and their specs are, whoever runs them."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any

from ._checks import FrozenMapping, is_finite_number, is_int_in, is_text, json_problem
from .errors import UNREADABLE, GpupodsError, InvalidPodSpec, InvalidVolumeSpec, ProviderError
from .pricing import storage_cost


class PodStatus(str, Enum):
    """Where a pod is in its life, on every provider (see each provider's STATUS_MAP)."""

    PENDING = "pending"
    PROVISIONING = "provisioning"
    STARTING = "starting"
    RUNNING = "running"
    STOPPING = "stopping"
    STOPPED = "stopped"
    TERMINATING = "terminating"
    TERMINATED = "terminated"
    ERROR = "error"
    UNKNOWN = "unknown"

    @property
    def is_final(self) -> bool:
        return self in (PodStatus.TERMINATED, PodStatus.ERROR)

    def __str__(self) -> str:
        return self.value


def map_status(table: Mapping[str, PodStatus], value: str | None) -> PodStatus:
    """A provider's status through its table; a value nobody knew about is UNKNOWN, never an error."""
    if value is None:
        return PodStatus.UNKNOWN
    return table.get(str(value), PodStatus.UNKNOWN)


@dataclass(frozen=True, slots=True)
class SshInfo:
    """How to reach the pod's sshd."""

    host: str
    port: int
    user: str = "root"
    password: str | None = field(default=None, repr=False)

    @property
    def command(self) -> str:
        """A ready-to-run ``ssh`` command."""
        port = f" -p {self.port}" if self.port != 22 else ""
        return f"ssh {self.user}@{self.host}{port}"


@dataclass(frozen=True, slots=True)
class PortMapping:
    """A port of the pod: ``private`` inside it, ``public`` where the provider maps it (on
    ``host``). ``url`` is where an HTTP port is served publicly (RunPod: its proxy,
    ``https://<pod id>-<port>.proxy.runpod.net``; elsewhere ``http://host:public``)."""

    private: int
    public: int | None
    protocol: str  # tcp, http, udp
    host: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class VolumeAttachment:
    """A volume mounted in a pod, and where (``None`` when the provider does not say)."""

    volume_id: str
    path: str | None


@dataclass(frozen=True, slots=True)
class Lease:
    """Limits that live with the pod itself (in its name, see ``gpupods._tokens``), so that any
    gpupods process on any machine enforces them (``Fleet.reap``) without a local database.

    Times are seconds since the epoch on the provider's clock, in whole seconds; durations are
    seconds. ``idle_since`` and ``stopped_at`` are the reaper's bookkeeping: when it first saw
    the pod's GPUs idle, and when it stopped the pod for idleness.
    """

    started_at: float
    ttl: float | None = None
    idle_limit: float | None = None
    max_cost: float | None = None  # USD for the pod's whole life
    idle_since: float | None = None
    stopped_at: float | None = None

    @property
    def expires_at(self) -> float | None:
        return None if self.ttl is None else self.started_at + self.ttl

    def expired(self, now: float) -> bool:
        expires = self.expires_at
        return expires is not None and now >= expires

    def evolve(self, **changes: Any) -> Lease:
        """A copy with ``changes`` (dataclasses.replace)."""
        return replace(self, **changes)


@dataclass(slots=True)
class Pod:
    """A pod on some provider. ``raw`` is the provider's own typed object (its generated
    model; built on first read when the pod was mapped straight from JSON, see ``LazyModel``).

    ``lease`` holds the limits gpupods recorded in the pod's name (``PodSpec.ttl``,
    ``idle_limit``, ``max_cost``); ``gpu_utilisation`` is the busiest GPU's utilisation in
    percent where the provider reports it; ``stopped_price_per_hour`` is what the pod keeps
    costing while stopped (its storage); ``observed_at`` is when it was read (provider time).
    """

    provider: str
    id: str
    name: str
    status: PodStatus
    provider_status: str | None
    gpu: str | None  # canonical GPU name (gpupods.gpus), or the provider's id when unknown
    gpu_count: int
    image: str | None
    price_per_hour: float | None  # USD/hour for the whole pod
    created_at: datetime | None = None
    started_at: datetime | None = None
    ssh: SshInfo | None = None
    ports: list[PortMapping] = field(default_factory=list)
    spot: bool = False
    spot_status: str | None = None  # Novita's reclaim signal: running, notified, reclaiming, terminated
    region: str | None = None
    client_token: str | None = None
    volumes: list[VolumeAttachment] = field(default_factory=list)
    lease: Lease | None = None
    gpu_utilisation: float | None = None
    stopped_price_per_hour: float | None = None
    observed_at: float | None = None
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def is_running(self) -> bool:
        return self.status is PodStatus.RUNNING

    @property
    def expires_at(self) -> datetime | None:
        """When the lease's ttl ends (the reaper terminates the pod then), if it has one."""
        expires = self.lease.expires_at if self.lease is not None else None
        return None if expires is None else datetime.fromtimestamp(expires, UTC)

    @property
    def idle_for(self) -> timedelta | None:
        """How long the reaper has seen the pod's GPUs idle, as of ``observed_at``."""
        if self.lease is None or self.lease.idle_since is None or self.observed_at is None:
            return None
        return timedelta(seconds=max(0.0, self.observed_at - self.lease.idle_since))

    @property
    def cost_so_far(self) -> float | None:
        """Estimated USD this pod has cost up to ``observed_at`` (``gpupods.costs.estimate``);
        None when the provider gives too little to tell. The provider's billing is authoritative:
        ``Fleet.costs`` shows both."""
        from .costs import estimate

        return None if self.observed_at is None else estimate(self, self.observed_at)

    def require_ssh(self) -> SshInfo:
        """``ssh``, typed as present: raises ``PodError`` while the pod has no SSH address
        (``fleet.wait(pod)`` returns a pod that has one)."""
        if self.ssh is None:
            from .errors import PodError

            raise PodError(
                f"{self.provider} pod {self.id} has no SSH address yet (status {self.status.value}); "
                "wait for it with fleet.wait(pod)",
                pod_id=self.id,
                provider=self.provider,
                status=self.provider_status,
            )
        return self.ssh


class LazyModel:
    """A provider's typed object not built yet: ``build(data)`` runs on the first read of the
    ``raw`` of the object holding it (``Pod.raw``). A list maps its pods straight from the
    decoded JSON, so a caller that never reads ``raw`` never pays for the generated models."""

    __slots__ = ("build", "data", "provider")

    def __init__(self, build: Callable[[Any], Any], data: Any, provider: str) -> None:
        self.build, self.data, self.provider = build, data, provider

    def __repr__(self) -> str:
        return f"LazyModel({getattr(self.build, '__qualname__', self.build)!r})"

    def model(self) -> Any:
        try:
            return self.build(self.data)
        except UNREADABLE as exc:
            raise ProviderError(
                f"the pod the provider sent does not parse into its typed model ({type(exc).__name__}: "
                f"{str(exc)[:200]})",
                provider=self.provider,
                status_code=200,  # it came in a successful answer, which gpupods read without it
            ) from None


class _BuiltOnRead:
    """The ``raw`` attribute of a slotted dataclass: stores what it is given, and on read
    replaces a ``LazyModel`` by the model it builds (once; later reads get the same object)."""

    def __init__(self, slot: Any) -> None:
        self.slot = slot  # the slot's own member descriptor, which keeps doing the storing

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, owner)
        if type(value) is LazyModel:
            value = value.model()
            self.slot.__set__(obj, value)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        self.slot.__set__(obj, value)


# ``Pod.raw`` is a slot like every field; reading it builds a LazyModel the backend stored.
setattr(Pod, "raw", _BuiltOnRead(Pod.__dict__["raw"]))  # noqa: B010 (mypy refuses assigning a slot)


@dataclass(frozen=True)
class OfferKey:
    """What a provider needs to create a pod from one of its offers (``GpuOffer.offer_id``).

    Each backend subclasses it with its own fields (``RunPodOfferKey``, ``LambdaOfferKey``...),
    builds one per offer and reads it back by attribute in ``create``. A field declared with
    ``availability()`` says where the offer can be placed right now, not which offer it is: it is
    left out of ``identity``, so ``GpuOffer.id`` stays the same while stock moves around.
    """

    def identity(self) -> dict[str, Any]:
        """The fields that name the offer (``GpuOffer.id`` is a hash of them)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if not f.metadata.get(_AVAILABILITY)}


_AVAILABILITY = "gpupods.availability"


def availability() -> Any:
    """An ``OfferKey`` field that says where the offer is available now (a tuple, empty by
    default), kept out of the offer's identity."""
    return field(default=(), metadata={_AVAILABILITY: True})


@dataclass(frozen=True, slots=True)
class GpuOffer:
    """Something a provider will rent now: ``count`` GPUs of one model in one place."""

    provider: str
    gpu: str  # canonical name when known, else the provider's id
    gpu_provider_id: str
    memory_gb: int | None
    count: int
    price_per_hour: float | None  # USD/hour, on demand, for all ``count`` GPUs
    spot_price_per_hour: float | None  # USD/hour for all ``count`` GPUs, if spot is offered
    region: str | None
    stock: str  # high, medium, low, none or unknown
    socket: str | None = None
    offer_id: OfferKey = field(default_factory=OfferKey, compare=False)  # the provider's own key type
    raw: Any = field(default=None, repr=False, compare=False)
    variant: str | None = None  # form factor: SXM, PCIe, NVL (None when the provider does not say)
    vcpus: int | None = None  # for the whole offer, when the provider says
    ram_gb: int | None = None  # system memory for the whole offer
    disk_gb: int | None = None  # disk included (or the default size), GB
    regions: tuple[str, ...] = ()  # every region or data center the offer is available in

    def price(self, spot: bool = False) -> float | None:
        return self.spot_price_per_hour if spot else self.price_per_hour

    @property
    def id(self) -> str:
        """A short stable name for this offer (``create --offer`` takes it):
        ``<provider>-<8 hex>``, with ``-x<count>`` for more than one GPU."""
        import hashlib
        import json

        identity = self.offer_id.identity()
        key = json.dumps([self.provider, self.gpu_provider_id, self.count, identity], sort_keys=True, default=str)
        digest = hashlib.sha256(key.encode()).hexdigest()[:8]
        return f"{self.provider}-{digest}" + (f"-x{self.count}" if self.count != 1 else "")


def parse_offer_id(offer_id: str) -> tuple[str, int]:
    """(provider, GPU count) of an id made by ``GpuOffer.id``; ValueError if it is not one."""
    match = re.fullmatch(r"([a-z]+)-[0-9a-f]{8}(?:-x(\d+))?", offer_id.strip())
    if not match:
        raise ValueError(f"{offer_id!r} is not an offer id (like 'runpod-1a2b3c4d', from `gpupods offers`)")
    return match.group(1), int(match.group(2) or 1)


class PodList(list[Pod]):
    """Pods from the providers that answered; ``failed`` names each provider that did not,
    with its error (a list of every provider is never lost to one provider's outage)."""

    def __init__(self, pods: Iterable[Pod] = (), failed: Mapping[str, GpupodsError] | None = None) -> None:
        super().__init__(pods)
        self.failed: dict[str, GpupodsError] = dict(failed or {})


class OfferList(list[GpuOffer]):
    """Offers from the providers that answered, cheapest first; ``failed`` as in ``PodList``."""

    def __init__(self, offers: Iterable[GpuOffer] = (), failed: Mapping[str, GpupodsError] | None = None) -> None:
        super().__init__(offers)
        self.failed: dict[str, GpupodsError] = dict(failed or {})


@dataclass(frozen=True, slots=True)
class Billing:
    """What a provider's billing API says was billed from ``since`` to ``until``.

    ``total`` is USD for the whole account, ``by_pod`` USD per pod id; ``notes`` say how far
    the provider's figures match the window (some report per resource, not per period)."""

    provider: str
    since: datetime | None
    until: datetime
    total: float | None
    by_pod: Mapping[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Account:
    """The account as its provider reports it: balance (USD), hourly spend and its cap."""

    provider: str
    balance: float | None = None
    spend_per_hour: float | None = None
    spend_limit: float | None = None  # the account's spend cap as the provider states it (RunPod: USD per hour)
    billing_mode: str | None = None  # e.g. PREPAID or POSTPAID, where the provider says


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a provider's API can do, known before calling it.

    ``volumes``: persistent volumes that outlive pods (list, create, delete, mount at create);
    ``volume_size``: a volume has the size it was made with (False: it has none, grows with its
    data and is billed for what it holds, as Lambda's filesystems); ``volume_resize``: a volume
    can grow after it is made; ``volume_paths``: a pod mounts a
    volume where ``VolumeMount.path`` says (where False the provider chooses, and
    ``Pod.volumes`` tells where); ``max_volumes``: how many one pod can mount."""

    start_stop: bool
    restart: bool
    logs: bool
    spot: bool
    serverless: bool
    batch_status: bool
    notes: tuple[str, ...] = ()
    volumes: bool = False
    volume_size: bool = True
    volume_resize: bool = False
    volume_paths: bool = True
    max_volumes: int = 0
    #: The API renames a pod in place: leases can be extended and the reaper records idle time.
    rename: bool = False
    #: Pods report their GPUs' utilisation: idle limits can be enforced.
    gpu_utilisation: bool = False
    #: The API reports what was billed (``Fleet.costs``).
    billing: bool = False
    #: The API reports the account's balance or spend limit.
    balance: bool = False
    #: How the user's SSH key reaches a pod ("" when gpupods cannot install keys there).
    ssh_keys: str = ""


class VolumeStatus(str, Enum):
    """Where a volume is in its life, on every provider."""

    CREATING = "creating"
    READY = "ready"
    DELETING = "deleting"
    DELETED = "deleted"
    ERROR = "error"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


@dataclass(slots=True)
class Volume:
    """Storage that outlives pods, bound to one region or data center (``region``) of one
    provider: a pod can mount it only there. ``raw`` is the provider's own typed object.

    ``size_gb`` is None where volumes have no size and grow with their data (Lambda Cloud);
    ``used_gb`` is what the provider reports as used, where it does. ``price_per_gb_month``
    is USD per GB and month (None when the provider publishes no rate for this kind);
    ``attached_pods`` are the ids of the pods it is mounted in."""

    provider: str
    id: str
    name: str
    size_gb: int | None
    region: str | None
    type: str | None  # RunPod: STANDARD or HIGH_PERFORMANCE; Prime Intellect: the provider it is at
    status: VolumeStatus
    provider_status: str | None
    price_per_gb_month: float | None
    attached_pods: tuple[str, ...] = ()
    used_gb: float | None = None
    created_at: datetime | None = None
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def billed_gb(self) -> float | None:
        """The GB the provider bills: the size, or what is used where volumes have no size."""
        return float(self.size_gb) if self.size_gb is not None else self.used_gb

    @property
    def monthly_cost(self) -> float | None:
        """USD a month of this volume costs as it is now (``gpupods.pricing.storage_cost``)."""
        if self.price_per_gb_month is None or self.billed_gb is None:
            return None
        return storage_cost(self.billed_gb, self.price_per_gb_month)

    @property
    def in_use(self) -> bool:
        return bool(self.attached_pods)


class VolumeList(list[Volume]):
    """Volumes from the providers that answered; ``failed`` as in ``PodList``."""

    def __init__(self, volumes: Iterable[Volume] = (), failed: Mapping[str, GpupodsError] | None = None) -> None:
        super().__init__(volumes)
        self.failed: dict[str, GpupodsError] = dict(failed or {})


#: A volume name every provider accepts (Lambda's rule is the strictest: a letter first).
_VOLUME_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,47}")
_VOLUME_REF = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,255}")
_REGION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class VolumeSpec:
    """A volume to create: ``name`` (1-48 letters, digits or '-', a letter first),
    ``size_gb``, the ``region`` (data center, cluster) it is bound to, and the provider's
    ``type`` where it has several (RunPod: ``STANDARD`` or ``HIGH_PERFORMANCE``; Prime
    Intellect: which of the providers it brokers keeps the disk).

    ``size_gb`` may be None only where volumes have no size (Lambda Cloud); the providers'
    own limits (RunPod 10-4096 GB, ...) are checked by the backend before any request."""

    name: str
    size_gb: int | None
    region: str
    type: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not _VOLUME_NAME.fullmatch(self.name):
            raise InvalidVolumeSpec("name", "use 1-48 letters, digits or '-', starting with a letter")
        if self.size_gb is not None and not is_int_in(self.size_gb, 1, 1_000_000):
            raise InvalidVolumeSpec("size_gb", "must be a whole number of GB (or None where volumes have no size)")
        if not isinstance(self.region, str) or not _REGION.fullmatch(self.region):
            raise InvalidVolumeSpec("region", "name the region or data center the volume lives in, e.g. 'EU-RO-1'")
        if self.type is not None and not is_text(self.type, spaces=False, max_length=64):
            raise InvalidVolumeSpec("type", "give the provider's volume type, e.g. 'STANDARD', or None")


@dataclass(frozen=True)
class VolumeMount:
    """A volume a pod mounts: an existing volume's id or name (or the ``Volume`` itself) and
    the absolute path to mount it at (``None``: the provider's default place).

    ``VolumeMount.parse("data:/mnt/data")`` reads the command line's ``NAME[:PATH]``."""

    volume: str | Volume
    path: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.volume, Volume) and (
            not isinstance(self.volume, str) or not _VOLUME_REF.fullmatch(self.volume)
        ):
            raise InvalidPodSpec("volumes", f"{self.volume!r} is not a volume id or name")
        if self.path is not None and (not isinstance(self.path, str) or not _PATH.fullmatch(self.path)):
            raise InvalidPodSpec("volumes", f"{self.path!r} is not an absolute path without blanks")

    @classmethod
    def parse(cls, text: str) -> VolumeMount:
        """``NAME``, ``NAME:/PATH`` or ``ID:/PATH`` as a mount."""
        if not isinstance(text, str):
            raise InvalidPodSpec("volumes", f"give 'NAME:/PATH', not {type(text).__name__}")
        ref, sep, path = text.partition(":/")
        return cls(ref, "/" + path if sep else None)

    @property
    def ref(self) -> str:
        """The id or name the mount refers to."""
        return self.volume.id if isinstance(self.volume, Volume) else self.volume


def volume_mounts(given: object, taken_path: str | None = None) -> tuple[VolumeMount, ...]:
    """``given`` (``VolumeMount`` items, ``Volume`` objects or ``"NAME:/PATH"`` strings) as
    checked mounts: at most 16, no volume or path twice, none at ``taken_path`` (the pod's own
    volume)."""
    if isinstance(given, str | VolumeMount | Volume) or not isinstance(given, Iterable):
        raise InvalidPodSpec("volumes", "must be a sequence of VolumeMount or 'NAME:/PATH' strings")
    mounts = tuple(
        item
        if isinstance(item, VolumeMount)
        else VolumeMount(item)
        if isinstance(item, Volume)
        else VolumeMount.parse(item)
        for item in given
    )
    if len(mounts) > 16:
        raise InvalidPodSpec("volumes", "a pod mounts at most 16 volumes")
    refs = [m.ref for m in mounts]
    paths = [m.path for m in mounts if m.path is not None] + ([taken_path] if taken_path else [])
    for kind, values in (("volume", refs), ("mount path", paths)):
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            raise InvalidPodSpec("volumes", f"{kind} {twice[0]!r} is given twice")
    return mounts


def _as_seconds(value: float | timedelta | None) -> float | None:
    if value is None:
        return None
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


_PORT = re.compile(r"(\d{1,5})/(tcp|http|udp)")
#: The port every pod gets unless its spec says ``ssh=False``.
SSH_PORT = "22/tcp"
_ENV_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,47}")
_PATH = re.compile(r"/[^\x00-\x20\x7f]*")
#: Keys of ``PodSpec.extras`` that gpupods sets itself on every provider: the pod's name
#: carries the client token that keeps creates from duplicating pods.
RESERVED_EXTRAS = frozenset({"name"})


@dataclass(frozen=True)
class PodSpec:
    """What to run. Checked when built, so an invalid spec never reaches a provider.

    ``gpu`` is a canonical name or family (``"H100"``, ``"RTX4090_24GB"``) or a provider's
    own id. ``max_price`` is USD/hour for the whole pod; with ``spot=True`` it is the bid
    (without it, gpupods bids the offer's current spot price).
    ``extras`` go to the provider's create call as they are (``{"runpod": {...}}``), except
    the pod's name, which gpupods always sets (it carries the client token).
    ``volumes`` are existing volumes to mount (``VolumeMount`` or ``"NAME:/PATH"``): the pod
    is placed where they are (see ``gpupods._placement``).

    A lease (``ttl``, ``idle_limit``, ``max_cost``) is recorded in the pod's name, so that any
    gpupods process enforces it (``Fleet.reap``, ``gpupods reap``): after ``ttl`` the pod is
    terminated; after ``idle_limit`` with idle GPUs it is stopped (terminated where it cannot
    be stopped), on providers that report utilisation; once its estimated cost reaches
    ``max_cost`` USD it is terminated. Durations are seconds or ``timedelta``; with a lease
    the name must leave room for it within every provider's limit (the error says how much).

    SSH: every pod gets ``22/tcp`` (``ports`` are more ports: ``("8888/http",)``) and the public keys in ``ssh_keys``,
    installed the way its provider allows (``gpupods.keys``); ``None`` means the user's key
    (``GPUPODS_SSH_PUBLIC_KEY``, else ``~/.ssh/id_ed25519.pub``, ``id_ecdsa.pub``,
    ``id_rsa.pub``; creating fails with ``NoSshKey`` when there is none) and ``()`` no key.
    ``ssh=False`` is the explicit choice of a pod without SSH (then ``ports`` are all it has).

    Every field is checked for its type and range (``InvalidPodSpec`` names the field), and
    ``env``, ``ports`` and ``extras`` are copied into read-only values, so a spec stays valid.
    """

    name: str
    image: str
    gpu: str
    gpu_count: int = 1
    disk_gb: int = 50
    volume_gb: int | None = None
    volume_mount_path: str = "/workspace"
    env: Mapping[str, str] = field(default_factory=dict)
    ports: tuple[str, ...] = ()
    region: str | None = None
    spot: bool = False
    max_price: float | None = None
    extras: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    volumes: tuple[VolumeMount, ...] = ()
    ttl: float | timedelta | None = None
    idle_limit: float | timedelta | None = None
    max_cost: float | None = None
    ssh_keys: tuple[str, ...] | None = None
    ssh: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not _NAME.fullmatch(self.name):
            raise InvalidPodSpec(
                "name",
                "use 1-48 letters, digits or '-' (every provider accepts these), starting with a letter or digit",
            )
        if not is_text(self.image, spaces=False):
            raise InvalidPodSpec("image", "give a container image reference such as 'pytorch/pytorch:latest'")
        if not is_text(self.gpu, max_length=128):
            raise InvalidPodSpec("gpu", "name a GPU such as 'H100' or 'RTX4090_24GB'")
        if not is_int_in(self.gpu_count, 1, 16):
            raise InvalidPodSpec("gpu_count", "must be an integer from 1 to 16")
        if not is_int_in(self.disk_gb, 10, 6144):
            raise InvalidPodSpec("disk_gb", "must be an integer from 10 to 6144 (GB)")
        if self.volume_gb is not None and not is_int_in(self.volume_gb, 10, 4096):
            raise InvalidPodSpec("volume_gb", "must be an integer from 10 to 4096 (GB), or None")
        if not isinstance(self.volume_mount_path, str) or not _PATH.fullmatch(self.volume_mount_path):
            raise InvalidPodSpec("volume_mount_path", "must be an absolute path without blanks")
        object.__setattr__(self, "env", FrozenMapping(self._checked_env()))
        object.__setattr__(self, "ports", self._checked_ports())
        if self.region is not None and not is_text(self.region, max_length=64):
            raise InvalidPodSpec("region", "give a region or data center such as 'US' or 'eu-de-1', or None")
        if not isinstance(self.spot, bool):
            raise InvalidPodSpec("spot", "must be True or False")
        if self.max_price is not None and (
            not isinstance(self.max_price, int | float)
            or isinstance(self.max_price, bool)
            or not is_finite_number(self.max_price)
            or self.max_price <= 0
        ):
            raise InvalidPodSpec("max_price", "must be a positive, finite number of USD per hour")
        object.__setattr__(self, "extras", FrozenMapping(self._checked_extras()))
        object.__setattr__(self, "volumes", self._checked_volumes())
        self._check_lease()
        if not isinstance(self.ssh, bool):
            raise InvalidPodSpec("ssh", "must be True or False (False: the pod gets no SSH port)")
        object.__setattr__(self, "ports", self._with_ssh(self.ports))
        object.__setattr__(self, "ssh_keys", self._checked_keys())

    def _checked_volumes(self) -> tuple[VolumeMount, ...]:
        return volume_mounts(self.volumes, self.volume_mount_path if self.volume_gb else None)

    @property
    def has_lease(self) -> bool:
        return self.ttl is not None or self.idle_limit is not None or self.max_cost is not None

    def lease(self, started_at: float) -> Lease | None:
        """The lease a pod created from this spec at ``started_at`` carries (None without one)."""
        if not self.has_lease:
            return None
        return Lease(
            started_at=float(math.floor(started_at)),
            ttl=_as_seconds(self.ttl),
            idle_limit=_as_seconds(self.idle_limit),
            max_cost=self.max_cost,
        )

    def _check_lease(self) -> None:
        from ._tokens import MAX_TTL, name_room

        for name, most in (("ttl", float(MAX_TTL) / 2), ("idle_limit", 30 * 86400.0)):
            value = getattr(self, name)
            if value is None:
                continue
            seconds = _as_seconds(value) if isinstance(value, int | float | timedelta) else None
            if isinstance(value, bool) or seconds is None or not is_finite_number(seconds) or not 1 <= seconds <= most:
                raise InvalidPodSpec(name, f"must be a duration from 1 second to {most / 86400:g} days, or None")
            object.__setattr__(self, name, seconds)
        if self.max_cost is not None and (
            not isinstance(self.max_cost, int | float)
            or isinstance(self.max_cost, bool)
            or not is_finite_number(self.max_cost)
            or not 0.01 <= self.max_cost <= 1_000_000
        ):
            raise InvalidPodSpec("max_cost", "must be a number of USD from 0.01 to 1,000,000, or None")
        room = name_room(_as_seconds(self.ttl), _as_seconds(self.idle_limit), self.max_cost)
        if self.has_lease and len(self.name) > room:
            raise InvalidPodSpec(
                "name",
                f"with this lease use at most {room} characters: the pod's name carries the client token and "
                "the lease, and must stay within every provider's limit of 64",
            )

    def _with_ssh(self, ports: tuple[str, ...]) -> tuple[str, ...]:
        """``ports`` add to SSH: ``22/tcp`` comes first unless ``ssh=False``."""
        if not self.ssh:
            if SSH_PORT in ports:
                raise InvalidPodSpec("ports", f"lists {SSH_PORT} while ssh=False: drop one of the two")
            if self.ssh_keys:
                raise InvalidPodSpec("ssh_keys", "a pod without SSH (ssh=False) gets no keys")
            return ports
        return ports if SSH_PORT in ports else (SSH_PORT, *ports)

    def _checked_keys(self) -> tuple[str, ...] | None:
        from .keys import PublicKey

        given: object = self.ssh_keys
        if given is None:
            return None if self.ssh else ()
        if isinstance(given, str) or not isinstance(given, Iterable):
            raise InvalidPodSpec("ssh_keys", "must be a sequence of public keys, e.g. (open('id_ed25519.pub').read(),)")
        keys: list[str] = []
        for index, item in enumerate(given):
            try:
                line = PublicKey.parse(item).line
            except ValueError as exc:
                raise InvalidPodSpec(f"ssh_keys[{index}]", str(exc)) from None
            if line not in keys:
                keys.append(line)
        return tuple(keys)

    def _checked_env(self) -> dict[str, str]:
        if not isinstance(self.env, Mapping):
            raise InvalidPodSpec("env", "must be a mapping of variable names to string values")
        env: dict[str, str] = {}
        for key, value in self.env.items():
            if not isinstance(key, str) or not _ENV_KEY.fullmatch(key):
                raise InvalidPodSpec(
                    f"env.{key}", "variable names use letters, digits and '_' and do not start with a digit"
                )
            if not isinstance(value, str) or "\x00" in value:
                raise InvalidPodSpec(f"env.{key}", "values must be strings (without NUL characters)")
            env[key] = value
        return env

    def _checked_ports(self) -> tuple[str, ...]:
        given: object = self.ports
        if isinstance(given, str) or not isinstance(given, Iterable):
            raise InvalidPodSpec("ports", "must be a sequence such as ('22/tcp', '8888/http')")
        ports = tuple(given)
        for port in ports:
            match = _PORT.fullmatch(port) if isinstance(port, str) else None
            if match is None or not 1 <= int(match.group(1)) <= 65535:
                raise InvalidPodSpec("ports", f"{port!r} is not like '22/tcp' or '8888/http'")
        return ports

    def _checked_extras(self) -> dict[str, Mapping[str, Any]]:
        if not isinstance(self.extras, Mapping):
            raise InvalidPodSpec("extras", "must map provider names to the fields to add to their create call")
        extras: dict[str, Mapping[str, Any]] = {}
        for provider, fields in self.extras.items():
            if not isinstance(provider, str) or not isinstance(fields, Mapping):
                raise InvalidPodSpec("extras", f"{provider!r}: give a mapping of field names to values")
            reserved = RESERVED_EXTRAS & set(fields)
            if reserved:
                raise InvalidPodSpec(
                    f"extras.{provider}.{min(reserved)}", "gpupods sets the pod's name (it carries the client token)"
                )
            problem = json_problem(fields)
            if problem is not None:
                raise InvalidPodSpec(f"extras.{provider}{problem[0]}", problem[1])
            extras[provider] = FrozenMapping(dict(fields))
        return extras
