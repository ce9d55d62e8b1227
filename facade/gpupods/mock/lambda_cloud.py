"""The Lambda Cloud mock (public Cloud API v1 on ``https://cloud.lambda.ai``).

Instances are launched from a seeded catalogue of instance types, each with a capacity per
region (``set_stock``); a launch takes one unit, terminate and preemption give it back.
Lifecycle on the mock's clock: ``booting`` (``Lifecycle.provisioning + starting``) -> ``active``;
restart: ``booting`` (``starting``) -> ``active``; terminate: ``terminating``
(``Lifecycle.terminating``) -> ``terminated``, and the instance leaves the list (``GET`` of it
still answers for a minute, then 404). ``fail`` makes an active instance ``unhealthy`` until it is
restarted; ``reclaim`` preempts it (``preempted``). Each instance's sshd is a stand-in on
127.0.0.1 that opens ``Lifecycle.sshd_delay`` after the instance is active; since Lambda's
answers carry no SSH port (it is always 22), the mock tags each instance
``gpupods:ssh-port=<port>``, which the gpupods backend honours.

Errors are Lambda's envelope ``{"error": {"code", "message", "suggestion"}}`` with its codes.
Rate limits per API key: one launch every 12 seconds, and about one request per second (a
bucket of ``RateLimits.burst`` requests refilled at ``per_second``; Lambda documents no burst,
so that number is the mock's). Excess is answered 429 with ``Retry-After`` and the code
``global/too-many-requests`` (Lambda declares no 429, so its real body is not known).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import json
import math
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .._clock import RealClock
from ._core import ApiError, Call, MockResponse, Reply, SpecMock, handles
from ._faults import FaultPlan
from ._lifecycle import Lifecycle, phase_at
from ._openssh import key_pair
from ._sshd import SshdStandIns

SSH_PORT_TAG = "gpupods:ssh-port"
CATALOG_VERSION = "2025-09-06"
_GONE_AFTER = 60.0  # seconds a terminated instance still answers GET


# --- errors ----------------------------------------------------------------------------------


class LambdaError(ApiError):
    """An error answer with Lambda's code (and, where Lambda gives one, a suggestion)."""

    def __init__(self, status: int, code: str, message: str, suggestion: str | None = None, **kwargs: Any) -> None:
        super().__init__(status, message, **kwargs)
        self.code = code
        self.suggestion = suggestion


#: The code of an error the shared pipeline raises (routing, auth, validation, faults).
_CODE_OF_STATUS = {
    400: "global/invalid-parameters",
    401: "global/invalid-api-key",
    403: "global/forbidden",
    404: "global/not-found",
    405: "global/not-found",
    409: "global/conflict",
    429: "global/too-many-requests",
}


def _not_found(what: str, ident: str) -> LambdaError:
    return LambdaError(
        404,
        "global/object-does-not-exist",
        f"{what} {ident} does not exist.",
        f"Check the {what.lower()} ID and try again.",
    )


def _invalid(message: str) -> LambdaError:
    return LambdaError(400, "global/invalid-parameters", message)


# --- rate limits -----------------------------------------------------------------------------


@dataclass
class RateLimits:
    """Lambda's documented limits, per API key. ``None`` for a field turns that limit off."""

    per_second: float | None = 1.0
    burst: int = 60
    launch_interval: float | None = 12.0

    def __post_init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._launches: dict[str, float] = {}  # key -> time of the last accepted launch
        self._lock = threading.Lock()
        self.rejected = 0
        self.rejected_launches = 0

    def take(self, key: str, now: float, launch: bool) -> float:
        """Count one request; 0 when allowed, else the seconds to wait (nothing counted)."""
        with self._lock:
            if launch and self.launch_interval is not None and key in self._launches:
                wait = self._launches[key] + self.launch_interval - now
                if wait > 0:
                    self.rejected += 1
                    self.rejected_launches += 1
                    return wait
            tokens, at = self._buckets.get(key, (float(self.burst), now))
            if self.per_second is not None:
                tokens = min(float(self.burst), tokens + (now - at) * self.per_second)
                if tokens < 1.0:
                    self.rejected += 1
                    return (1.0 - tokens) / self.per_second
                self._buckets[key] = (tokens - 1.0, now)
            if launch:
                self._launches[key] = now
            return 0.0


# --- the catalogue ---------------------------------------------------------------------------


@dataclass(frozen=True)
class InstanceType:
    name: str
    description: str
    gpu_description: str
    price_cents: int  # US cents per hour for the whole machine
    vcpus: int
    memory_gib: int
    storage_gib: int
    gpus: int
    architecture: str = "x86_64"

    def json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "gpu_description": self.gpu_description,
            "price_cents_per_hour": self.price_cents,
            "specs": {
                "vcpus": self.vcpus,
                "memory_gib": self.memory_gib,
                "storage_gib": self.storage_gib,
                "gpus": self.gpus,
            },
        }


def seeded_instance_types() -> list[InstanceType]:
    return [
        InstanceType("gpu_1x_a10", "1x A10 (24 GB PCIe)", "A10 (24 GB PCIe)", 75, 30, 200, 1400, 1),
        InstanceType("gpu_1x_rtx6000", "1x RTX 6000 (24 GB)", "RTX 6000 (24 GB)", 50, 14, 46, 512, 1),
        InstanceType("gpu_1x_a6000", "1x A6000 (48 GB)", "A6000 (48 GB)", 80, 14, 100, 512, 1),
        InstanceType("gpu_1x_a100_sxm4", "1x A100 (40 GB SXM4)", "A100 (40 GB SXM4)", 129, 30, 200, 512, 1),
        InstanceType("gpu_8x_a100_80gb_sxm4", "8x A100 (80 GB SXM4)", "A100 (80 GB SXM4)", 1432, 240, 1800, 19500, 8),
        InstanceType("gpu_1x_h100_pcie", "1x H100 (80 GB PCIe)", "H100 (80 GB PCIe)", 249, 26, 200, 1024, 1),
        InstanceType("gpu_1x_h100_sxm5", "1x H100 (80 GB SXM5)", "H100 (80 GB SXM5)", 329, 26, 225, 2816, 1),
        InstanceType("gpu_8x_h100_sxm5", "8x H100 (80 GB SXM5)", "H100 (80 GB SXM5)", 2392, 208, 1800, 22528, 8),
        InstanceType("gpu_1x_gh200", "1x GH200 (96 GB)", "GH200 (96 GB)", 149, 64, 432, 4096, 1, "arm64"),
        InstanceType("gpu_8x_b200_sxm6", "8x B200 (180 GB SXM6)", "B200 (180 GB SXM6)", 3992, 208, 2900, 22528, 8),
        InstanceType("gpu_8x_v100", "8x Tesla V100 (16 GB)", "Tesla V100 (16 GB)", 440, 88, 448, 5800, 8),
        InstanceType("cpu_4x_generalx", "4x vCPU (general purpose)", "None", 12, 4, 16, 100, 0),
    ]


REGIONS = {
    "us-west-1": "California, USA",
    "us-west-2": "Arizona, USA",
    "us-west-3": "Utah, USA",
    "us-east-1": "Virginia, USA",
    "us-south-1": "Texas, USA",
    "us-midwest-1": "Illinois, USA",
    "europe-central-1": "Germany",
    "asia-northeast-1": "Tokyo, Japan",
    "me-west-1": "Israel",
}


def seeded_capacity() -> dict[tuple[str, str], int]:
    """How many more instances of each type each region can take (absent: none)."""
    return {
        ("gpu_1x_a10", "us-west-1"): 12,
        ("gpu_1x_a10", "us-east-1"): 6,
        ("gpu_1x_a10", "europe-central-1"): 4,
        ("gpu_1x_rtx6000", "us-south-1"): 3,
        ("gpu_1x_a6000", "us-west-1"): 5,
        ("gpu_1x_a6000", "asia-northeast-1"): 2,
        ("gpu_1x_a100_sxm4", "us-east-1"): 4,
        ("gpu_1x_a100_sxm4", "us-west-2"): 2,
        ("gpu_8x_a100_80gb_sxm4", "us-midwest-1"): 1,
        ("gpu_1x_h100_pcie", "us-west-3"): 6,
        ("gpu_1x_h100_pcie", "us-east-1"): 3,
        ("gpu_1x_h100_sxm5", "us-south-1"): 4,
        ("gpu_1x_h100_sxm5", "me-west-1"): 2,
        ("gpu_8x_h100_sxm5", "us-south-1"): 2,
        ("gpu_8x_h100_sxm5", "us-west-3"): 1,
        ("gpu_1x_gh200", "us-east-1"): 8,
        ("gpu_8x_b200_sxm6", "us-south-1"): 1,
        ("cpu_4x_generalx", "us-west-1"): 20,
    }


#: (family, name, version, architecture) of the machine images offered in every region.
IMAGES = (
    ("lambda-stack-24-04", "lambda-stack-24.04", "24.04.2", "x86_64"),
    ("lambda-stack-24-04", "lambda-stack-24.04-arm", "24.04.2", "arm64"),
    ("lambda-stack-22-04", "lambda-stack-22.04", "22.04.5", "x86_64"),
    ("ubuntu-lts", "ubuntu-24.04.01", "24.04.1", "x86_64"),
)
DEFAULT_IMAGE_FAMILY = "lambda-stack-24-04"


# --- state -----------------------------------------------------------------------------------


@dataclass
class Instance:
    id: str
    name: str
    type: InstanceType
    region: str
    ssh_key_names: list[str]
    file_system_names: list[str]
    mounts: list[dict[str, str]]
    hostname: str | None
    tags: list[dict[str, str]]
    firewall_rulesets: list[str]
    image_id: str
    private_ip: str
    jupyter_token: str
    ssh_port: int
    phase_start: float
    track: str = "launch"  # launch, restart, terminate
    unhealthy: bool = False
    preempted: bool = False
    holding: bool = True  # holds a unit of its type's capacity in its region


@dataclass
class SshKey:
    id: str
    name: str
    public_key: str


@dataclass
class FileSystem:
    id: str
    name: str
    region: str
    created: float
    bytes_used: int = 0


@dataclass
class Ruleset:
    id: str
    name: str
    region: str
    rules: list[dict[str, Any]]
    created: float


@dataclass
class Ticket:
    id: str
    subject: str
    description: str
    type: str
    severity: str | None
    status: str
    created_at: float
    updated_at: float
    external_id: str
    extra: dict[str, str] = field(default_factory=dict)
    comments: list[dict[str, Any]] = field(default_factory=list)
    resolved_at: float | None = None
    attachments: dict[str, dict[str, Any]] = field(default_factory=dict)


class LambdaCloud(SpecMock):
    """The Lambda Cloud API v1 on ``https://cloud.lambda.ai``."""

    api = "lambda_cloud"
    hosts = ("cloud.lambda.ai",)
    id_alphabet = "0123456789abcdef"
    id_length = 32
    #: The most instances (not terminated) an account may have; more is ``global/quota-exceeded``.
    instance_quota = 50
    #: The most filesystems per account (Lambda's documented limit in 2024).
    filesystem_quota = 24
    ruleset_quota = 10
    page_size = 25

    def __init__(
        self,
        *,
        clock: RealClock | None = None,
        lifecycle: Lifecycle | None = None,
        faults: FaultPlan | None = None,
        api_keys: Iterable[str] | None = None,
        seed: int = 0,
        sshd: bool = True,
        validate_responses: bool = True,
        public_host: str = "127.0.0.1",
        rate_limits: RateLimits | None = None,
    ) -> None:
        super().__init__(
            clock=clock, faults=faults, api_keys=api_keys, validate_responses=validate_responses, seed=seed
        )
        self.lifecycle = lifecycle or Lifecycle()
        self.rate_limits: RateLimits | None = rate_limits or RateLimits()
        self.types = {t.name: t for t in seeded_instance_types()}
        self.capacity = seeded_capacity()
        self.stale_listings: set[tuple[str, str]] = set()  # listed as available though they are not
        self.sshd = SshdStandIns() if sshd else None
        self.public_host = public_host
        self._state = threading.RLock()
        self.instances: dict[str, Instance] = {}
        self.images = {
            self.new_id(): (family, name, version, arch, region)
            for region in REGIONS
            for family, name, version, arch in IMAGES
        }
        self.ssh_keys: dict[str, SshKey] = {}
        public, _ = key_pair(self._ids, "mock@lambda")
        self._add_key("mock-key", public)  # an account with one key, so that launches work at once
        self.filesystems: dict[str, FileSystem] = {}
        self.firewall_rules: list[dict[str, Any]] = [
            {"protocol": "tcp", "port_range": [22, 22], "source_network": "0.0.0.0/0", "description": "SSH"},
            {"protocol": "icmp", "source_network": "0.0.0.0/0", "description": "Allow ICMP"},
        ]
        self.rulesets: dict[str, Ruleset] = {}
        self.global_rules: list[dict[str, Any]] = []
        self.fabric: dict[str, dict[str, Any]] = {}
        self.tickets: dict[str, Ticket] = {}
        self.events: list[dict[str, Any]] = []
        self.user = {"id": self.new_id(), "email": "owner@example.com", "status": "active"}
        self.account = self.new_id()
        self.workspace_id = f"ws-{self.new_id()[:16]}"

    # --- Lambda's shapes -------------------------------------------------------------------------

    def error_body(self, status: int, message: str, details: list[tuple[str, str]]) -> tuple[Any, str]:
        text = message + (": " + "; ".join(f"{where}: {what}" for where, what in details) if details else "")
        code = _CODE_OF_STATUS.get(status, "global/internal-error" if status >= 500 else "global/invalid-parameters")
        return {"error": {"code": code, "message": text}}, "application/json"

    def _error(self, op: Any, error: ApiError) -> MockResponse:
        response = super()._error(op, error)
        if isinstance(error, LambdaError):
            payload: dict[str, str] = {"code": error.code, "message": error.message}
            if error.suggestion:
                payload["suggestion"] = error.suggestion
            response.body = json.dumps({"error": payload}, separators=(",", ":")).encode()
        return response

    def validation_status(self, op: Any) -> int:
        return 400

    def _authenticate(self, op: Any, headers: Mapping[str, str]) -> str | None:
        """Bearer, or Basic with the key as the user name (``curl -u KEY:``) or as it is."""
        scheme, _, value = headers.get("authorization", "").partition(" ")
        value = value.strip()
        key: str | None = None
        if scheme.lower() == "bearer" and value:
            key = value
        elif scheme.lower() == "basic" and value:
            try:
                key = base64.b64decode(value, validate=True).decode().split(":", 1)[0]
            except (binascii.Error, UnicodeDecodeError):
                key = value
        if not key or (self.api_keys is not None and key not in self.api_keys):
            raise LambdaError(
                401,
                "global/invalid-api-key",
                "API key was invalid, expired, or deleted.",
                "Check your API key or create a new one, then try again.",
            )
        return key

    def _take_quota(self, op: Any, token: str | None) -> dict[str, str]:
        headers = super()._take_quota(op, token)
        if self.rate_limits is not None:
            launch = op.name == "launch_instance"
            wait = self.rate_limits.take(token or "anonymous", self.clock.time(), launch)
            if wait > 0:
                what = "one launch every 12 seconds" if launch else "about one request per second"
                raise LambdaError(
                    429,
                    "global/too-many-requests",
                    f"Too many requests: the limit is {what}.",
                    "Wait before sending this request again.",
                    headers={"Retry-After": str(max(1, math.ceil(wait)))},
                )
        return headers

    def _iso(self, when: float) -> str:
        return datetime.fromtimestamp(when, UTC).isoformat().replace("+00:00", "Z")

    def _region(self, name: str) -> dict[str, str]:
        return {"name": name, "description": REGIONS[name]}

    def _event(self, resource: str, action: str, ident: str, token: str | None, **details: Any) -> None:
        key = hashlib.sha256((token or "").encode()).hexdigest()[:32]
        self.events.append(
            {
                "service_name": "cloud",
                "resource_name": resource,
                "action": action,
                "catalog_version": CATALOG_VERSION,
                "event_id": self.new_id(),
                "event_time": self._iso(self.clock.time()),
                "actor_lrn": f"lrn:cloud:user:{self.user['id']}",
                "resource_lrns": [f"lrn:cloud:{resource}:{ident}"],
                "resource_owner_lrn": f"lrn:cloud:account:{self.account}",
                "request_api_key_lrn": f"lrn:cloud:api_key:{key}",
                "additional_details": details,
            }
        )

    # --- instance lifecycle ------------------------------------------------------------------------

    def _tracks(self) -> dict[str, list[tuple[str, float]]]:
        lc = self.lifecycle
        return {
            "launch": [("booting", lc.provisioning + lc.starting), ("active", math.inf)],
            "restart": [("booting", lc.starting), ("active", math.inf)],
            "terminate": [("terminating", lc.terminating), ("terminated", math.inf)],
        }

    def status(self, inst: Instance) -> str:
        phase, _ = phase_at(self._tracks()[inst.track], self.clock.time() - inst.phase_start)
        if inst.track != "terminate" and inst.preempted:
            return "preempted"
        if phase == "active" and inst.unhealthy:
            return "unhealthy"
        return phase

    def _active_since(self, inst: Instance) -> float | None:
        if inst.track == "terminate" or inst.preempted:
            return None
        track = self._tracks()[inst.track]
        return inst.phase_start + sum(duration for _, duration in track[:-1])

    def _gone(self, inst: Instance) -> bool:
        """Terminated for a while: no longer answered at all."""
        return (
            inst.track == "terminate"
            and self.clock.time() - inst.phase_start > self.lifecycle.terminating + _GONE_AFTER
        )

    def _listed(self, inst: Instance) -> bool:
        return self.status(inst) != "terminated"

    def _actions(self, status: str) -> dict[str, Any]:
        def action(available: bool, reason: str | None = None, text: str | None = None) -> dict[str, Any]:
            found: dict[str, Any] = {"available": available}
            if not available and reason:
                found.update({"reason_code": reason, "reason_description": text})
            return found

        up = status in ("active", "unhealthy")
        why = {
            "booting": ("vm-has-not-launched", "The instance has not finished booting."),
            "terminating": ("vm-is-terminating", "The instance is terminating."),
            "terminated": ("vm-is-terminating", "The instance is terminated."),
            "preempted": ("vm-is-terminating", "The instance was preempted."),
        }.get(status, (None, None))
        ending = status in ("terminating", "terminated")
        return {
            "migrate": action(False, "vm-is-too-old", "Migration is not offered for this instance type."),
            "rebuild": action(up, *why),
            "restart": action(up, *why),
            "cold_reboot": action(up, *why),
            "terminate": action(not ending, *why),
        }

    def instance_json(self, inst: Instance) -> dict[str, Any]:
        status = self.status(inst)
        since, now = self._active_since(inst), self.clock.time()
        up = since is not None and now >= since
        if since is not None and self.sshd is not None and now >= since + self.lifecycle.sshd_delay:
            self.sshd.open(inst.id)
        tags = list(inst.tags)
        if self.sshd is not None:
            tags.append({"key": SSH_PORT_TAG, "value": str(inst.ssh_port)})
        body: dict[str, Any] = {
            "id": inst.id,
            "name": inst.name,
            "status": status,
            "ssh_key_names": inst.ssh_key_names,
            "file_system_names": inst.file_system_names,
            "region": self._region(inst.region),
            "instance_type": inst.type.json(),
            "actions": self._actions(status),
            "tags": tags,
            "firewall_rulesets": [{"id": r} for r in inst.firewall_rulesets],
            "private_ip": inst.private_ip,
            "hostname": inst.hostname or self.public_host.replace(".", "-") + ".cloud.lambda.ai",
        }
        if inst.mounts:
            body["file_system_mounts"] = inst.mounts
        family = self.images[inst.image_id][0]
        body["image"] = {"id": inst.image_id, "family": family}  # in Lambda's later revision of the API
        if up or status == "terminating":
            body["ip"] = self.public_host
            body["jupyter_token"] = inst.jupyter_token
            body["jupyter_url"] = f"https://jupyter-{inst.id[:12]}.lambdaspaces.com/?token={inst.jupyter_token}"
        return body

    def _find(self, instance_id: str) -> Instance:
        inst = self.instances.get(instance_id)
        if inst is None or self._gone(inst):
            raise LambdaError(404, "global/object-does-not-exist", "Specified instance does not exist.")
        return inst

    def _release(self, inst: Instance) -> None:
        if inst.holding:
            key = (inst.type.name, inst.region)
            self.capacity[key] = self.capacity.get(key, 0) + 1
            inst.holding = False
        if self.sshd is not None:
            self.sshd.close(inst.id)

    # --- instances ---------------------------------------------------------------------------------

    @handles("list_instance_types")
    def list_instance_types(self, call: Call) -> Reply:
        data = {
            t.name: {
                "instance_type": t.json(),
                "regions_with_capacity_available": [
                    self._region(r)
                    for r in REGIONS
                    if self.capacity.get((t.name, r), 0) > 0 or (t.name, r) in self.stale_listings
                ],
            }
            for t in self.types.values()
        }
        return Reply(200, {"data": data})

    @handles("list_regions")
    def list_regions(self, call: Call) -> Reply:
        return Reply(200, {"data": [self._region(r) for r in REGIONS]})

    @handles("list_images")
    def list_images(self, call: Call) -> Reply:
        rows = [
            {
                "id": image_id,
                "created_time": self._iso(self.clock.time() - 86400 * 30),
                "updated_time": self._iso(self.clock.time() - 86400 * 7),
                "name": name,
                "description": f"{name} ({arch})",
                "family": family,
                "version": version,
                "architecture": arch,
                "region": self._region(region),
            }
            for image_id, (family, name, version, arch, region) in self.images.items()
        ]
        return Reply(200, {"data": rows})

    @handles("list_instances")
    def list_instances(self, call: Call) -> Reply:
        live = [i for i in list(self.instances.values()) if self._listed(i)]
        if call.query.get("cluster_id") is not None:
            live = []  # the mock has no 1-Click Clusters: no instance belongs to one
        return Reply(200, {"data": [self.instance_json(i) for i in live]})

    @handles("get_instance")
    def get_instance(self, call: Call) -> Reply:
        return Reply(200, {"data": self.instance_json(self._find(call.path["id"]))})

    @handles("update_instance")
    def update_instance(self, call: Call) -> Reply:
        inst = self._find(call.path["id"])
        if "name" in call.body:
            inst.name = call.body["name"]
        return Reply(200, {"data": self.instance_json(inst)})

    def _image_for(self, spec: Any, region: str, arch: str) -> str:
        images = [(i, f) for i, f in self.images.items() if f[4] == region]
        if spec is None:
            spec = {"family": DEFAULT_IMAGE_FAMILY}
        if "id" in spec:
            found = [i for i, f in images if i == spec["id"]]
        else:
            found = [i for i, f in images if f[0] == spec.get("family") and f[3] == arch]
        if not found:
            what = f"image {spec.get('id') or spec.get('family')!r}"
            raise LambdaError(
                404,
                "global/object-does-not-exist",
                f"The {what} does not exist in {region}.",
                "List the images of the region (GET /api/v1/images).",
            )
        return found[0]

    def _launch_checks(self, body: dict[str, Any]) -> tuple[InstanceType, str, list[FileSystem], list[Ruleset]]:
        def missing(what: str, name: str) -> LambdaError:
            return LambdaError(
                404,
                "global/object-does-not-exist",
                f"{what} {name!r} does not exist.",
                f"Check the {what.lower()} name and try again.",
            )

        if body.get("quantity", 1) != 1:
            raise _invalid("Requested too many instances.")
        region = body["region_name"]
        if region not in REGIONS:
            raise missing("Region", region)
        kind = self.types.get(body["instance_type_name"])
        if kind is None:
            raise missing("Instance type", body["instance_type_name"])
        keys = body["ssh_key_names"]
        if len(keys) != 1:
            raise _invalid("Exactly one SSH key name must be given.")
        if not any(k.name == keys[0] for k in self.ssh_keys.values()):
            raise missing("SSH key", keys[0])
        systems = []
        by_id = {fs.id: fs for fs in self.filesystems.values()}
        for name in body.get("file_system_names") or []:
            found = next((fs for fs in self.filesystems.values() if fs.name == name), None)
            if found is None:
                raise missing("Filesystem", name)
            systems.append(found)
        for mount in body.get("file_system_mounts") or []:
            if mount["file_system_id"] not in by_id:
                raise missing("Filesystem", mount["file_system_id"])
            systems.append(by_id[mount["file_system_id"]])
        for fs in systems:
            if fs.region != region:
                raise LambdaError(
                    400,
                    "instance-operations/launch/file-system-in-wrong-region",
                    f"Filesystem {fs.name!r} is in {fs.region}, not {region}.",
                    "Launch in the filesystem's region, or use a filesystem of this region.",
                )
        rulesets = []
        for entry in body.get("firewall_rulesets") or []:
            ruleset = self.rulesets.get(entry["id"])
            if ruleset is None:
                raise missing("Firewall ruleset", entry["id"])
            if ruleset.region != region:
                raise _invalid(f"Firewall ruleset {ruleset.id} is in {ruleset.region}, not {region}.")
            rulesets.append(ruleset)
        if len((body.get("user_data") or "").encode()) > 1024 * 1024:
            raise _invalid("user_data cannot exceed 1 MB.")
        if any(t["key"].startswith("lambda-ai-") for t in body.get("tags") or []):
            raise _invalid("Tag keys starting with 'lambda-ai-' are reserved.")
        return kind, region, systems, rulesets

    @handles("launch_instance")
    def launch_instance(self, call: Call) -> Reply:
        body = call.body
        kind, region, systems, rulesets = self._launch_checks(body)
        image_id = self._image_for(body.get("image"), region, kind.architecture)
        with self._state:
            if sum(1 for i in self.instances.values() if self._listed(i)) >= self.instance_quota:
                raise LambdaError(
                    400, "global/quota-exceeded", "Quota exceeded.", "Contact Support to increase your quota."
                )
            if self.capacity.get((kind.name, region), 0) <= 0:
                raise LambdaError(
                    400,
                    "instance-operations/launch/insufficient-capacity",
                    "Not enough capacity to fulfill launch request.",
                    "Try another instance type or region.",
                )
            self.capacity[(kind.name, region)] -= 1
            instance_id = self.new_id()
            port = self.sshd.reserve(instance_id) if self.sshd is not None else 22
            octets = [int(instance_id[i : i + 2], 16) for i in (0, 2, 4)]
            mounts = [
                {"mount_point": m["mount_point"], "file_system_id": m["file_system_id"]}
                for m in body.get("file_system_mounts") or []
            ]
            mounted = {m["file_system_id"] for m in mounts}
            mounts += [
                {"mount_point": f"/lambda/nfs/{fs.name}", "file_system_id": fs.id}
                for fs in systems
                if fs.id not in mounted
            ]
            self.instances[instance_id] = Instance(
                id=instance_id,
                name=body.get("name") or "",
                type=kind,
                region=region,
                ssh_key_names=list(body["ssh_key_names"]),
                file_system_names=sorted({fs.name for fs in systems}),
                mounts=mounts,
                hostname=body.get("hostname"),
                tags=[{"key": t["key"], "value": t["value"]} for t in body.get("tags") or []],
                firewall_rulesets=[r.id for r in rulesets],
                image_id=image_id,
                private_ip=f"10.{octets[0]}.{octets[1]}.{octets[2] or 1}",
                jupyter_token=self.new_id(),
                ssh_port=port,
                phase_start=self.clock.time(),
            )
        self._event("instance", "launched", instance_id, call.token, instance_type=kind.name, region=region)
        return Reply(200, {"data": {"instance_ids": [instance_id]}})

    @handles("restart_instances")
    def restart_instances(self, call: Call) -> Reply:
        found = [self._find(i) for i in call.body["instance_ids"]]
        for inst in found:
            if self.status(inst) not in ("active", "unhealthy"):
                raise LambdaError(
                    409,
                    "global/conflict",
                    f"Instance {inst.id} is {self.status(inst)} and cannot be restarted now.",
                    "Wait until the instance is active, then try again.",
                )
        with self._state:
            for inst in found:
                if self.sshd is not None:
                    self.sshd.close(inst.id)
                    inst.ssh_port = self.sshd.reserve(inst.id)
                inst.track, inst.phase_start, inst.unhealthy = "restart", self.clock.time(), False
                self._event("instance", "restarted", inst.id, call.token)
        return Reply(200, {"data": {"restarted_instances": [self.instance_json(i) for i in found]}})

    @handles("terminate_instances")
    def terminate_instances(self, call: Call) -> Reply:
        found = [self._find(i) for i in call.body["instance_ids"]]
        for inst in found:
            if inst.track == "terminate":
                raise LambdaError(400, "global/unknown", "An unknown error occurred.")  # what Lambda answered in 2024
        with self._state:
            for inst in found:
                self._release(inst)
                inst.track, inst.phase_start = "terminate", self.clock.time()
                self._event("instance", "terminated", inst.id, call.token)
        return Reply(200, {"data": {"terminated_instances": [self.instance_json(i) for i in found]}})

    # --- SSH keys ------------------------------------------------------------------------------------

    def _add_key(self, name: str, public_key: str) -> SshKey:
        key = SshKey(self.new_id(), name, public_key)
        self.ssh_keys[key.id] = key
        return key

    @handles("list_ssh_keys")
    def list_ssh_keys(self, call: Call) -> Reply:
        return Reply(
            200, {"data": [{"id": k.id, "name": k.name, "public_key": k.public_key} for k in self.ssh_keys.values()]}
        )

    @handles("create_ssh_key")
    def create_ssh_key(self, call: Call) -> Reply:
        name, public = call.body["name"], call.body.get("public_key")
        if any(k.name == name for k in self.ssh_keys.values()):
            raise _invalid(f"SSH key name must be unique: {name!r} is taken.")
        private = None
        if public is None:
            public, private = key_pair(self._ids, name)
        elif not _looks_like_public_key(public):
            raise _invalid("public_key is not an OpenSSH public key (such as 'ssh-ed25519 AAAA... comment').")
        key = self._add_key(name, public.strip())
        self._event("ssh_key", "created", key.id, call.token, name=name)
        data: dict[str, Any] = {"id": key.id, "name": key.name, "public_key": key.public_key}
        if private is not None:
            data["private_key"] = private
        return Reply(200, {"data": data})

    @handles("delete_ssh_key")
    def delete_ssh_key(self, call: Call) -> Reply:
        key = self.ssh_keys.pop(call.path["id"], None)
        if key is None:
            raise LambdaError(404, "global/not-found", "The requested resource was not found.")
        self._event("ssh_key", "deleted", key.id, call.token)
        return Reply(200, {"data": {}})

    # --- filesystems -----------------------------------------------------------------------------------

    def _in_use(self, fs: FileSystem) -> bool:
        return any(
            fs.id in {m["file_system_id"] for m in i.mounts}
            and self._listed(i)
            and self.status(i) not in ("terminating", "preempted")
            for i in self.instances.values()
        )

    def _filesystem_json(self, fs: FileSystem) -> dict[str, Any]:
        return {
            "id": fs.id,
            "name": fs.name,
            "mount_point": f"/lambda/nfs/{fs.name}",
            "created": self._iso(fs.created),
            "created_by": self.user,
            "is_in_use": self._in_use(fs),
            "region": self._region(fs.region),
            "bytes_used": fs.bytes_used,
        }

    @handles("list_filesystems")
    def list_filesystems(self, call: Call) -> Reply:
        return Reply(200, {"data": [self._filesystem_json(fs) for fs in self.filesystems.values()]})

    @handles("create_filesystem")
    def create_filesystem(self, call: Call) -> Reply:
        name, region = call.body["name"], call.body["region"]
        if region not in REGIONS:
            raise _invalid(f"Region {region!r} does not exist.")
        if any(fs.name == name for fs in self.filesystems.values()):
            raise LambdaError(400, "global/duplicate", f"A filesystem named {name!r} already exists.")
        if len(self.filesystems) >= self.filesystem_quota:
            raise LambdaError(
                400, "global/quota-exceeded", "Quota exceeded.", "Contact Support to increase your quota."
            )
        fs = FileSystem(self.new_id(), name, region, self.clock.time())
        self.filesystems[fs.id] = fs
        self._event("filesystem", "created", fs.id, call.token, name=name, region=region)
        return Reply(200, {"data": self._filesystem_json(fs)})

    @handles("delete_filesystem")
    def delete_filesystem(self, call: Call) -> Reply:
        fs = self.filesystems.get(call.path["id"])
        if fs is None:
            raise LambdaError(404, "global/object-does-not-exist", "Filesystem was not found.")
        if self._in_use(fs):
            raise LambdaError(
                400,
                "filesystems/filesystem-in-use",
                f"Filesystem {fs.name!r} is mounted by an instance.",
                "Terminate the instances that use it first.",
            )
        del self.filesystems[fs.id]
        self._event("filesystem", "deleted", fs.id, call.token)
        return Reply(200, {"data": {"deleted_ids": [fs.id]}})

    # --- firewalls -------------------------------------------------------------------------------------

    @staticmethod
    def _checked_rules(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for rule in rules:
            has_ports = "port_range" in rule
            if rule["protocol"] == "icmp" and has_ports:
                raise _invalid("port_range is not allowed for icmp rules.")
            if rule["protocol"] != "icmp" and not has_ports:
                raise _invalid(f"port_range is required for {rule['protocol']} rules.")
            if has_ports and rule["port_range"][0] > rule["port_range"][1]:
                raise _invalid("port_range must be [first, last] with first <= last.")
            try:
                ipaddress.IPv4Network(rule["source_network"], strict=False)
            except ValueError:
                raise _invalid(f"source_network {rule['source_network']!r} is not an IPv4 network.") from None
        return [dict(rule) for rule in rules]

    def _ruleset_json(self, ruleset: Ruleset) -> dict[str, Any]:
        users = [i.id for i in self.instances.values() if ruleset.id in i.firewall_rulesets and self._listed(i)]
        return {
            "id": ruleset.id,
            "name": ruleset.name,
            "region": self._region(ruleset.region),
            "rules": ruleset.rules,
            "created": self._iso(ruleset.created),
            "instance_ids": users,
        }

    def _ruleset(self, ruleset_id: str) -> Ruleset:
        ruleset = self.rulesets.get(ruleset_id)
        if ruleset is None:
            raise LambdaError(
                404,
                "global/object-does-not-exist",
                "Firewall ruleset does not exist or you do not have permission to access it.",
                "Check your firewall ruleset ID and try again.",
            )
        return ruleset

    @handles("list_firewall_rules")
    def list_firewall_rules(self, call: Call) -> Reply:
        return Reply(200, {"data": self.firewall_rules})

    @handles("replace_firewall_rules")
    def replace_firewall_rules(self, call: Call) -> Reply:
        self.firewall_rules = self._checked_rules(call.body["data"])
        self._event("firewall_rules", "updated", self.account, call.token, rules=len(self.firewall_rules))
        return Reply(200, {"data": self.firewall_rules})

    @handles("list_firewall_rulesets")
    def list_firewall_rulesets(self, call: Call) -> Reply:
        return Reply(200, {"data": [self._ruleset_json(r) for r in self.rulesets.values()]})

    @handles("create_firewall_ruleset")
    def create_firewall_ruleset(self, call: Call) -> Reply:
        body = call.body
        if body["region"] not in REGIONS:
            raise _invalid(f"Region {body['region']!r} does not exist.")
        if len(self.rulesets) >= self.ruleset_quota:
            raise LambdaError(
                400, "global/quota-exceeded", "Quota exceeded.", "Contact Support to increase your quota."
            )
        ruleset = Ruleset(
            self.new_id(), body["name"], body["region"], self._checked_rules(body["rules"]), self.clock.time()
        )
        self.rulesets[ruleset.id] = ruleset
        self._event("firewall_ruleset", "created", ruleset.id, call.token, name=ruleset.name)
        return Reply(200, {"data": self._ruleset_json(ruleset)})

    @handles("get_firewall_ruleset")
    def get_firewall_ruleset(self, call: Call) -> Reply:
        return Reply(200, {"data": self._ruleset_json(self._ruleset(call.path["id"]))})

    @handles("update_firewall_ruleset")
    def update_firewall_ruleset(self, call: Call) -> Reply:
        ruleset = self._ruleset(call.path["id"])
        if "rules" in call.body:
            ruleset.rules = self._checked_rules(call.body["rules"])
        if "name" in call.body:
            ruleset.name = call.body["name"]
        return Reply(200, {"data": self._ruleset_json(ruleset)})

    @handles("delete_firewall_ruleset")
    def delete_firewall_ruleset(self, call: Call) -> Reply:
        ruleset = self._ruleset(call.path["id"])
        if self._ruleset_json(ruleset)["instance_ids"]:
            raise LambdaError(
                400,
                "firewall-rulesets/firewall-ruleset-in-use",
                "Firewall ruleset is in use by one or more instances.",
                "Terminate all instances that are using the ruleset before deleting it.",
            )
        del self.rulesets[ruleset.id]
        self._event("firewall_ruleset", "deleted", ruleset.id, call.token)
        return Reply(200, {"data": {}})

    @handles("get_global_firewall_ruleset", "update_global_firewall_ruleset")
    def global_firewall_ruleset(self, call: Call) -> Reply:
        if call.op.method == "PATCH" and "rules" in call.body:
            self.global_rules = self._checked_rules(call.body["rules"])
        return Reply(
            200, {"data": {"id": "global", "name": "Default Workspace Global Rules", "rules": self.global_rules}}
        )

    # --- audit events ----------------------------------------------------------------------------------

    @handles("list_audit_events")
    def list_audit_events(self, call: Call) -> Reply:
        events = list(reversed(self.events))  # newest first
        start, end = call.query.get("start"), call.query.get("end")
        if start is not None:
            events = [e for e in events if _parse_time(e["event_time"]) >= _parse_time(start)]
        if end is not None:
            events = [e for e in events if _parse_time(e["event_time"]) <= _parse_time(end)]
        if call.query.get("resource_type"):
            wanted = call.query["resource_type"]
            events = [e for e in events if f"{e['service_name']}.{e['resource_name']}" == wanted]
        offset = _page_offset(call.query.get("page_token"))
        page = events[offset : offset + self.page_size]
        more = offset + self.page_size < len(events)
        return Reply(200, {"data": page, "page_token": _page_token(offset + self.page_size) if more else None})

    # --- fabric partitions -----------------------------------------------------------------------------

    def _partition(self, partition_id: str) -> dict[str, Any]:
        found = self.fabric.get(partition_id)
        if found is None:
            raise LambdaError(404, "global/not-found", "The requested resource was not found.")
        return found

    @handles("create_fabric_partition")
    def create_fabric_partition(self, call: Call) -> Reply:
        body = call.body
        if body["region"] not in REGIONS:
            raise _invalid(f"Region {body['region']!r} does not exist.")
        partition = {
            "id": self.new_id(),
            "created": self._iso(self.clock.time()),
            "name": body["name"],
            "workspace_id": body.get("workspace_id") or self.workspace_id,
            "region": self._region(body["region"]),
        }
        self.fabric[partition["id"]] = partition
        self._event("fabric_partition", "created", partition["id"], call.token, name=body["name"])
        return Reply(200, {"data": partition})

    @handles("update_fabric_partition")
    def update_fabric_partition(self, call: Call) -> Reply:
        partition = self._partition(call.path["id"])
        partition["name"] = call.body["name"]
        return Reply(200, {"data": partition})

    @handles("delete_fabric_partition")
    def delete_fabric_partition(self, call: Call) -> Reply:
        partition = self._partition(call.path["id"])
        del self.fabric[partition["id"]]
        self._event("fabric_partition", "deleted", partition["id"], call.token)
        return Reply(200, {"data": {}})

    # --- support tickets -------------------------------------------------------------------------------

    def _ticket(self, ticket_id: str) -> Ticket:
        ticket = self.tickets.get(ticket_id)
        if ticket is None:
            raise LambdaError(404, "global/not-found", "Ticket not found.", "Check the ticket ID and try again.")
        return ticket

    def _ticket_json(self, ticket: Ticket) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": ticket.id,
            "subject": ticket.subject,
            "description": ticket.description,
            "type": ticket.type,
            "status": ticket.status,
            "external_ticket_provider": "zendesk",
            "external_ticket_id": ticket.external_id,
            "created_at": self._iso(ticket.created_at),
            "updated_at": self._iso(ticket.updated_at),
            "comments": ticket.comments,
        }
        if ticket.severity:
            body["severity"] = ticket.severity
        if ticket.resolved_at is not None:
            body["resolved_at"] = self._iso(ticket.resolved_at)
        return body

    @handles("list_tickets")
    def list_tickets(self, call: Call) -> Reply:
        tickets = list(self.tickets.values())
        for key in ("status", "type", "severity"):
            if call.query.get(key):
                tickets = [t for t in tickets if getattr(t, key) in call.query[key]]
        stamp = "updated_at" if call.query.get("order_by") == "updated_at" else "created_at"
        tickets.sort(key=lambda t: getattr(t, stamp), reverse=call.query.get("direction", "desc") == "desc")
        offset = _page_offset(call.query.get("page_token"))
        page = tickets[offset : offset + self.page_size]
        more = offset + self.page_size < len(tickets)
        return Reply(
            200,
            {
                "data": {
                    "tickets": [self._ticket_json(t) for t in page],
                    "page_token": _page_token(offset + self.page_size) if more else None,
                }
            },
        )

    @handles("create_ticket")
    def create_ticket(self, call: Call) -> Reply:
        body = call.body
        severity = body.get("severity")
        if body["type"] == "incident" and not severity:
            raise _invalid("An incident needs a severity (sev_1, sev_2 or sev_3).")
        if body["type"] == "service_request" and severity:
            raise _invalid("A service request has no severity.")
        if body.get("instance_id") and body["instance_id"] not in self.instances:
            raise _not_found("Instance", body["instance_id"])
        now = self.clock.time()
        ticket = Ticket(
            self.new_id(),
            body["subject"],
            body["description"],
            body["type"],
            severity,
            "open",
            now,
            now,
            str(100000 + len(self.tickets)),
            {k: body[k] for k in ("ip", "instance_id", "cluster_id") if body.get(k)},
        )
        self.tickets[ticket.id] = ticket
        self._event("ticket", "created", ticket.id, call.token, type=ticket.type)
        data = {
            "id": ticket.id,
            "status": ticket.status,
            "type": ticket.type,
            "created_at": self._iso(now),
            "external_ticket_provider": "zendesk",
            "external_ticket_id": ticket.external_id,
        }
        if severity:
            data["severity"] = severity
        return Reply(200, {"data": data})

    @handles("get_ticket")
    def get_ticket(self, call: Call) -> Reply:
        return Reply(200, {"data": self._ticket_json(self._ticket(call.path["ticket_id"]))})

    @handles("update_ticket")
    def update_ticket(self, call: Call) -> Reply:
        ticket = self._ticket(call.path["ticket_id"])
        now = self.clock.time()
        if call.body.get("severity"):
            if ticket.type != "incident":
                raise _invalid("Only incidents have a severity.")
            ticket.severity = call.body["severity"]
        if call.body.get("comment"):
            ticket.comments.append(
                {"body": call.body["comment"]["body"], "author": self.user["email"], "created_at": self._iso(now)}
            )
        if call.body.get("status") == "solved":
            ticket.status, ticket.resolved_at = "solved", now
        ticket.updated_at = now
        return Reply(202, {"data": {}})

    def _attachment(self, call: Call) -> tuple[Ticket, dict[str, Any]]:
        ticket = self._ticket(call.path["ticket_id"])
        found = ticket.attachments.get(call.path["attachment_id"])
        if found is None or found["upload_status"] == "deleted":
            raise LambdaError(
                404, "global/object-does-not-exist", "Attachment not found.", "Check the attachment ID and try again."
            )
        return ticket, found

    @handles("list_ticket_attachments")
    def list_ticket_attachments(self, call: Call) -> Reply:
        ticket = self._ticket(call.path["ticket_id"])
        wanted = call.query.get("status")
        rows = [
            a
            for a in ticket.attachments.values()
            if (a["upload_status"] == wanted if wanted else a["upload_status"] != "deleted")
        ]
        return Reply(200, {"data": {"attachments": rows}})

    @handles("start_ticket_attachment_upload")
    def start_ticket_attachment_upload(self, call: Call) -> Reply:
        ticket = self._ticket(call.path["ticket_id"])
        body = call.body
        if body["size_bytes"] > 50 * 1024 * 1024:
            raise _invalid("Attachments are limited to 50 MB.")
        attachment = {
            "id": self.new_id(),
            "filename": body["filename"],
            "content_type": body["content_type"],
            "size_bytes": body["size_bytes"],
            "upload_status": "pending",
            "created_at": self._iso(self.clock.time()),
        }
        ticket.attachments[attachment["id"]] = attachment
        url = f"https://support-uploads.lambda.ai/{ticket.id}/{attachment['id']}?X-Amz-Expires=900&X-Amz-Signature="
        return Reply(
            200,
            {
                "data": {
                    "attachment_id": attachment["id"],
                    "upload_url": url + self.new_id(),
                    "upload_method": "PUT",
                    "upload_status": "pending",
                    "expires_in": 900,
                }
            },
        )

    @handles("complete_ticket_attachment_upload")
    def complete_ticket_attachment_upload(self, call: Call) -> Reply:
        _, attachment = self._attachment(call)
        attachment["upload_status"] = "uploaded"
        attachment["uploaded_at"] = self._iso(self.clock.time())
        return Reply(200, {"data": attachment})

    @handles("get_ticket_attachment_download_url")
    def get_ticket_attachment_download_url(self, call: Call) -> Reply:
        ticket, attachment = self._attachment(call)
        if attachment["upload_status"] != "uploaded":
            raise _invalid("The attachment has not been uploaded yet.")
        url = f"https://support-uploads.lambda.ai/{ticket.id}/{attachment['id']}?X-Amz-Expires=300&X-Amz-Signature="
        return Reply(200, {"data": {"download_url": url + self.new_id(), "expires_in": 300}})

    @handles("delete_ticket_attachment")
    def delete_ticket_attachment(self, call: Call) -> Reply:
        _, attachment = self._attachment(call)
        attachment["upload_status"] = "deleted"
        return Reply(200, {"data": {}})

    # --- controls for tests ----------------------------------------------------------------------------

    def set_stock(self, instance_type: str, available: int, region: str | None = None, *, listed: bool = False) -> None:
        """How many more instances of ``instance_type`` a region (or every region) can take.

        With ``listed``, the catalogue keeps listing those regions as having capacity even with
        none left (a catalogue read a moment before someone else took the last machine), so a
        launch there fails with ``instance-operations/launch/insufficient-capacity``.
        """
        if instance_type not in self.types:
            raise KeyError(instance_type)
        for name in [region] if region is not None else list(REGIONS):
            self.capacity[(instance_type, name)] = available
            if listed:
                self.stale_listings.add((instance_type, name))
            else:
                self.stale_listings.discard((instance_type, name))

    def fail(self, instance_id: str) -> None:
        """The instance fails Lambda's health checks (``unhealthy``) until it is restarted."""
        self.instances[instance_id].unhealthy = True

    def reclaim(self, instance_id: str) -> None:
        """Lambda takes the instance back (``preempted``); it stays listed until terminated."""
        inst = self.instances[instance_id]
        with self._state:
            self._release(inst)
            inst.preempted = True

    def live_pods(self) -> list[tuple[str, str]]:
        """(id, name) of every instance that exists and is not on its way out."""
        return [(i.id, i.name) for i in list(self.instances.values()) if i.track != "terminate" and not i.preempted]

    def close(self) -> None:
        if self.sshd is not None:
            self.sshd.shutdown()


def _looks_like_public_key(text: str) -> bool:
    parts = text.strip().split()
    if len(parts) < 2 or not parts[0].startswith(("ssh-", "ecdsa-sha2-", "sk-")):
        return False
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except binascii.Error:
        return False
    return blob[4 : 4 + len(parts[0])] == parts[0].encode()


def _parse_time(text: str) -> datetime:
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _page_token(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode().rstrip("=")


def _page_offset(token: str | None) -> int:
    if not token:
        return 0
    try:
        offset = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))["offset"]
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise _invalid("page_token is not a token this API gave out.") from None
    if not isinstance(offset, int) or offset < 0:
        raise _invalid("page_token is not a token this API gave out.")
    return offset
