"""Provider-neutral models: what a pod, an offer and a pod spec are, whoever runs them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from ._checks import FrozenMapping, is_finite_number, is_int_in, is_text, json_problem
from .errors import GpupodsError, InvalidPodSpec


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


@dataclass(slots=True)
class Pod:
    """A pod on some provider. ``raw`` is the provider's own typed object."""

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
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def is_running(self) -> bool:
        return self.status is PodStatus.RUNNING

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
    offer_id: Mapping[str, Any] = field(default_factory=dict, compare=False)
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

        identity = {k: v for k, v in self.offer_id.items() if not isinstance(v, list | tuple)}  # not availability
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
class Capabilities:
    """What a provider's API can do, known before calling it."""

    start_stop: bool
    restart: bool
    logs: bool
    spot: bool
    serverless: bool
    batch_status: bool
    notes: tuple[str, ...] = ()
    #: How the user's SSH key reaches a pod ("" when gpupods cannot install keys there).
    ssh_keys: str = ""


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
        if not isinstance(self.ssh, bool):
            raise InvalidPodSpec("ssh", "must be True or False (False: the pod gets no SSH port)")
        object.__setattr__(self, "ports", self._with_ssh(self.ports))
        object.__setattr__(self, "ssh_keys", self._checked_keys())

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
