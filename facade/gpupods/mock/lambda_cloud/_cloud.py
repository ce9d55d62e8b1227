"""The Lambda Cloud mock (public Cloud API v1 on ``https://cloud.lambda.ai``).

Instances are launched from a seeded catalogue of instance types, each with
a capacity per region (``set_stock``); a launch takes one unit, terminate and preemption give it
back. Lifecycle on the mock's clock: ``booting`` (``Lifecycle.provisioning + starting``) ->
``active``; restart: ``booting`` (``starting``) -> ``active``; terminate: ``terminating``
(``Lifecycle.terminating``) -> ``terminated``, and the instance leaves the list (``GET`` of it
still answers for a minute, then 404). ``fail`` makes an active instance ``unhealthy`` until it is
restarted; ``reclaim`` preempts it (``preempted``). Filesystems hold what ``store`` says their
instances wrote (``bytes_used``). Each instance's sshd is a stand-in on
127.0.0.1 that opens ``Lifecycle.sshd_delay`` after the instance is active; since Lambda's
answers carry no SSH port (it is always 22), the mock tags each instance
``gpupods:ssh-port=<port>``, which the gpupods backend honours.

Lambda's error envelope, codes, authentication and rate limits are in ``_shapes``; the
account's other resources (SSH keys, filesystems, firewalls, audit events, fabric, tickets) in
``_account``; the seeded catalogue in ``data/`` (``_catalog``).
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from .._cloud import ApiMock, CloudBase, CloudOptions, ControlError, LivePod
from .._core import Call, Reply, SpecMock, handles
from .._lifecycle import phase_at
from .._ratelimit import Quota
from .._sshd import PodIdentity
from ._account import FileSystem, LambdaAccount, Ruleset
from ._catalog import DEFAULT_IMAGE_FAMILY, IMAGES, REGIONS, InstanceType, seeded_capacity, seeded_instance_types
from ._shapes import LambdaError, RateLimits, invalid

__all__ = ["Instance", "LambdaCloud", "RateLimits", "seeded_instance_types"]

SSH_PORT_TAG = "gpupods:ssh-port"
_GONE_AFTER = 60.0  # seconds a terminated instance still answers GET


@dataclass
class Instance:
    id: str
    name: str
    type: InstanceType
    region: str
    ssh_key_names: list[str]
    file_system_names: list[str]
    mounts: list[dict[str, str]]
    hostname: str  # what /etc/hostname says (and the name the API reports)
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


class LambdaCloud(CloudBase, LambdaAccount):
    """The Lambda Cloud API v1 on ``https://cloud.lambda.ai``."""

    name: ClassVar[str] = "lambda"
    hosts: ClassVar[tuple[str, ...]] = ("cloud.lambda.ai",)
    facade_routes: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "offers": ("list_instance_types",),
        "list": ("list_instances",),
        "get": ("get_instance",),
        "create": ("launch_instance",),
        "delete": ("terminate_instances",),
        "stop": (),  # Lambda instances cannot be stopped
        "keys_read": ("list_ssh_keys",),
        "keys_write": ("create_ssh_key",),
    }
    stock_field: ClassVar[str] = "instance_type"
    hostname_is_name: ClassVar[bool] = False
    api = "lambda_cloud"
    id_alphabet = "0123456789abcdef"
    id_length = 32
    #: The most instances (not terminated) an account may have; more is ``global/quota-exceeded``.
    instance_quota = 50

    def __init__(self, options: CloudOptions | None = None) -> None:
        options = options or CloudOptions()
        self._init_cloud(options)
        LambdaAccount.__init__(self, **options.spec_kwargs(self.clock, self.faults))
        if not options.rate_limits:
            self.rate_limits = None
        self.types = {t.name: t for t in seeded_instance_types()}
        self.capacity = seeded_capacity()
        #: Each type's home region: where ``set_stock`` without a region puts its capacity.
        self._home = {t: next((r for r in REGIONS if (t, r) in self.capacity), next(iter(REGIONS))) for t in self.types}
        self.stale_listings: set[tuple[str, str]] = set()  # listed as available though they are not
        self._state = threading.RLock()
        self.instances: dict[str, Instance] = {}
        self.images = {
            self.new_id(): (image.family, image.name, image.version, image.architecture, region)
            for region in REGIONS
            for image in IMAGES
        }

    # --- what the account's resources ask about instances ------------------------------------------

    def mounting(self, filesystem_id: str) -> list[str]:
        return [
            i.id
            for i in list(self.instances.values())
            if filesystem_id in {m["file_system_id"] for m in i.mounts}
            and self.status(i) not in ("terminating", "terminated", "preempted")
        ]

    def ruleset_users(self, ruleset_id: str) -> list[str]:
        return [i.id for i in list(self.instances.values()) if ruleset_id in i.firewall_rulesets and self._listed(i)]

    def has_instance(self, instance_id: str) -> bool:
        return instance_id in self.instances

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
            "hostname": inst.hostname,
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

    def _identity(self, hostname: str, body: dict[str, Any], kind: InstanceType) -> PodIdentity:
        """What the instance's sshd lets in: ``ubuntu`` with the launch's SSH key."""
        keys = tuple(k.public_key for k in self.ssh_keys.values() if k.name in body["ssh_key_names"])
        memory = re.search(r"(\d+)\s*GB", kind.gpu_description)
        return PodIdentity(
            hostname,
            {},
            kind.gpu_description.split(" (", 1)[0] if kind.gpus else None,
            kind.gpus,
            keys,
            gpu_memory_gb=int(memory.group(1)) if memory else None,
            user="ubuntu",
        )

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
            raise invalid("Requested too many instances.")
        region = body["region_name"]
        if region not in REGIONS:
            raise missing("Region", region)
        kind = self.types.get(body["instance_type_name"])
        if kind is None:
            raise missing("Instance type", body["instance_type_name"])
        keys = body["ssh_key_names"]
        if len(keys) != 1:
            raise invalid("Exactly one SSH key name must be given.")
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
                raise invalid(f"Firewall ruleset {ruleset.id} is in {ruleset.region}, not {region}.")
            rulesets.append(ruleset)
        if len((body.get("user_data") or "").encode()) > 1024 * 1024:
            raise invalid("user_data cannot exceed 1 MB.")
        if any(t["key"].startswith("lambda-ai-") for t in body.get("tags") or []):
            raise invalid("Tag keys starting with 'lambda-ai-' are reserved.")
        return kind, region, systems, rulesets

    @handles("launch_instance")
    def launch_instance(self, call: Call) -> Reply:
        body = call.body
        self.take_launch(call.token)
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
            instance_id = self._place(kind, region, body, systems, rulesets, image_id)
        self._event("instance", "launched", instance_id, call.token, instance_type=kind.name, region=region)
        return Reply(200, {"data": {"instance_ids": [instance_id]}})

    def _place(
        self,
        kind: InstanceType,
        region: str,
        body: dict[str, Any],
        systems: list[FileSystem],
        rulesets: list[Ruleset],
        image_id: str,
    ) -> str:
        """A new instance in state (taking a unit of capacity), booting from now; its id."""
        self.capacity[(kind.name, region)] -= 1
        instance_id = self.new_id()
        octets = [int(instance_id[i : i + 2], 16) for i in (0, 2, 4)]
        private_ip = f"10.{octets[0]}.{octets[1]}.{octets[2] or 1}"
        # /etc/hostname: the launch's hostname, else one derived from the address (as Lambda does)
        hostname = body.get("hostname") or private_ip.replace(".", "-")
        port = self.sshd.reserve(instance_id, self._identity(hostname, body, kind)) if self.sshd is not None else 22
        mounts = [
            {"mount_point": m["mount_point"], "file_system_id": m["file_system_id"]}
            for m in body.get("file_system_mounts") or []
        ]
        mounted = {m["file_system_id"] for m in mounts}
        mounts += [
            {"mount_point": f"/lambda/nfs/{fs.name}", "file_system_id": fs.id} for fs in systems if fs.id not in mounted
        ]
        self.instances[instance_id] = Instance(
            id=instance_id,
            name=body.get("name") or "",
            type=kind,
            region=region,
            ssh_key_names=list(body["ssh_key_names"]),
            file_system_names=sorted({fs.name for fs in systems}),
            mounts=mounts,
            hostname=hostname,
            tags=[{"key": t["key"], "value": t["value"]} for t in body.get("tags") or []],
            firewall_rulesets=[r.id for r in rulesets],
            image_id=image_id,
            private_ip=private_ip,
            jupyter_token=self.new_id(),
            ssh_port=port,
            phase_start=self.clock.time(),
        )
        return instance_id

    def seed_pod(self, name: str, image: str, family: str = "H100", ssh_keys: Sequence[str] = ()) -> str:
        """A one-GPU instance of ``family`` placed straight into state (no request), on the
        cheapest type with capacity, returning its id. It is launched with the first of
        ``ssh_keys`` (added to the account unless there already), else the account's first key.
        ``image`` is an image family (Lambda's default image when the region has no such family)."""
        choices = sorted(
            (kind.price_cents, kind.name, region)
            for (type_name, region), free in self.capacity.items()
            if free > 0 and (kind := self.types[type_name]).gpus == 1 and kind.gpu_description.startswith(family)
        )
        if not choices:
            raise ControlError(f"no Lambda instance type of {family!r} has capacity for a seed pod")
        _, type_name, region = choices[0]
        kind = self.types[type_name]
        try:
            image_id = self._image_for({"family": image}, region, kind.architecture)
        except LambdaError:
            image_id = self._image_for(None, region, kind.architecture)
        with self._state:
            if ssh_keys:
                line = ssh_keys[0]
                known = next((k for k in self.ssh_keys.values() if k.public_key == line), None)
                key = known or self._add_key(f"seed-key-{len(self.ssh_keys) + 1}", line)
            else:
                key = next(iter(self.ssh_keys.values()))
            return self._place(kind, region, {"name": name, "ssh_key_names": [key.name]}, [], [], image_id)

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
                if self.sshd is not None:
                    self.sshd.forget(inst.id)  # its disk is gone: files and keys with it
                inst.track, inst.phase_start = "terminate", self.clock.time()
                self._event("instance", "terminated", inst.id, call.token)
        return Reply(200, {"data": {"terminated_instances": [self.instance_json(i) for i in found]}})

    # --- the MockCloud protocol and the controls for tests ----------------------------------------

    @property
    def apis(self) -> dict[str, ApiMock]:
        return {self.api: self}

    def api_for(self, path: str) -> ApiMock:
        return self

    def live_pods(self) -> list[LivePod]:
        """Every instance that exists and is not on its way out (terminating or preempted)."""
        return [
            LivePod(i.id, i.name) for i in list(self.instances.values()) if i.track != "terminate" and not i.preempted
        ]

    def stock(self) -> dict[str, int]:
        """Instances each type can still take, all regions together."""
        totals = dict.fromkeys(self.types, 0)
        for (type_name, _), available in list(self.capacity.items()):
            totals[type_name] = totals.get(type_name, 0) + max(0, available)
        return totals

    def set_stock(self, instance_type: str, available: int, region: str | None = None, *, listed: bool = False) -> None:
        """How many more instances of ``instance_type`` can launch: in ``region``, or (without one)
        all of them in the type's home region (the first it was seeded in) and none elsewhere.

        With ``listed``, the catalogue keeps listing the region(s) as having capacity even with
        none left (a catalogue read a moment before someone else took the last machine), so a
        launch there fails with ``instance-operations/launch/insufficient-capacity``.
        """
        if instance_type not in self.types:
            raise ControlError(f"no Lambda instance type {instance_type!r}")
        if region is not None and region not in REGIONS:
            raise ControlError(f"no Lambda region {region!r}")
        home = self._home[instance_type]
        for name in [region] if region is not None else list(REGIONS):
            self.capacity[(instance_type, name)] = available if region is not None or name == home else 0
            if listed:
                self.stale_listings.add((instance_type, name))
            else:
                self.stale_listings.discard((instance_type, name))

    def set_offer_stock(self, offer_key: Any, available: int) -> None:
        """The capacity of the offer's instance type in the offer's region, still listed."""
        self.set_stock(offer_key.instance_type, available, offer_key.region, listed=True)

    def _control(self, instance_id: str) -> Instance:
        inst = self.instances.get(instance_id)
        if inst is None:
            raise ControlError(f"no Lambda instance {instance_id!r}")
        return inst

    def fail(self, instance_id: str) -> None:
        """The instance fails Lambda's health checks (``unhealthy``) until it is restarted."""
        self._control(instance_id).unhealthy = True

    def reclaim(self, instance_id: str) -> None:
        """Lambda takes the instance back (``preempted``); it stays listed until terminated."""
        inst = self._control(instance_id)
        with self._state:
            self._release(inst)
            inst.preempted = True

    def store(self, filesystem: str, gb: float) -> None:
        """The instances that mount ``filesystem`` (its id or name) wrote data to it: it now
        holds ``gb`` GB (decimal, as Lambda bills them), which its ``bytes_used`` reports."""
        found = self.filesystems.get(filesystem) or next(
            (fs for fs in self.filesystems.values() if fs.name == filesystem), None
        )
        if found is None:
            raise ControlError(f"no Lambda filesystem {filesystem!r}")
        if not math.isfinite(gb) or gb < 0:
            raise ControlError(f"a filesystem holds a finite number of GB >= 0, not {gb!r}")
        found.bytes_used = round(gb * 10**9)

    def limit_rate(self, limit: int, window: float = 60.0) -> Quota:
        return SpecMock.limit_rate(self, limit, window)
