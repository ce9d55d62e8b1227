"""Persistent volumes on every provider that has them: ``fleet.volumes``.

    from gpupods import Fleet, PodSpec, VolumeSpec

    with Fleet.from_env() as fleet:
        data = fleet.volumes.create(VolumeSpec(name="data", size_gb=100, region="EU-RO-1"))
        pod = fleet.create(PodSpec(name="train", image="pytorch/pytorch", gpu="H100",
                                   volumes=["data:/data"]))          # lands in EU-RO-1
        print(data.monthly_cost, fleet.volumes.get("data").attached_pods)
        fleet.terminate(pod)
        fleet.volumes.delete("data")        # refused while a pod mounts it, unless force=True

A volume is bound to one region or data center (``Volume.region``), and pods that mount it
are placed there (``gpupods._placement``). Volumes are found by id or by name; a name given
to several providers' volumes needs ``provider=``. ``delete`` is idempotent (a volume already
gone is no error) and refuses a volume that pods still mount (``VolumeInUse``) unless
``force=True``, which terminates those pods first. Creates follow the pods' protocol
(``gpupods._create``): a create whose answer is lost is searched for by name before anything
is sent again, so one call never makes two volumes. ``AsyncFleet.volumes`` has the same
methods as coroutines.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from ._checks import check_id, is_finite_number, is_int_in
from ._create import may_have_reached, next_move, pause, search_with
from ._flow import Flow, Parallel, Run, Sleep
from ._placement import nearest
from .errors import (
    ConfigurationError,
    ConflictError,
    GpupodsError,
    InvalidArgument,
    InvalidSpec,
    InvalidVolumeSpec,
    NotFoundError,
    UnsupportedOperation,
    ValidationError,
    VolumeInUse,
)
from .models import Pod, PodStatus, Volume, VolumeList, VolumeSpec, VolumeStatus

if TYPE_CHECKING:
    from .fleet import AsyncFleet, Fleet, _FleetCore
    from .providers._base import Backend

VolumeRef = Volume | str
#: A volume on its way out: its name is free again, and deleting it again is no new delete.
T = TypeVar("T")
GONE = (VolumeStatus.DELETING, VolumeStatus.DELETED)
Providers = str | Sequence[str] | None


class VolumeFlows:
    """The flows behind ``Volumes`` and ``AsyncVolumes`` (one implementation for both)."""

    def __init__(self, fleet: _FleetCore) -> None:
        self.fleet = fleet

    def backends(self, provider: Providers) -> list[Backend]:
        """The providers to look at: those asked for (each must have volumes), or every
        configured provider that has volumes."""
        if provider is None:
            found = [b for b in self.fleet.backends.values() if b.capabilities.volumes]
            if not found:
                names = ", ".join(self.fleet.backends)
                raise UnsupportedOperation(names, "volumes", "no configured provider has volumes")
            return found
        chosen = self.fleet._selected(provider)
        for backend in chosen:
            if not backend.capabilities.volumes:
                raise backend.unsupported("volumes", "its API has no volumes that outlive a pod")
        return chosen

    def list(self, provider: Providers = None) -> Flow[VolumeList]:
        backends = self.backends(provider)
        results = yield Parallel([Run(b.list_volumes(), b.session()) for b in backends])
        volumes = VolumeList()
        for backend, result in zip(backends, results, strict=True):
            if isinstance(result, GpupodsError):
                volumes.failed[backend.name] = result
            else:
                volumes.extend(result)
        if volumes.failed and len(volumes.failed) == len(backends):
            raise next(iter(volumes.failed.values()))
        volumes.sort(key=lambda v: (v.provider, v.name, v.id))
        return volumes

    def find(self, ref: VolumeRef, provider: Providers = None) -> Flow[Volume | None]:
        """The volume ``ref`` names (an id, else a name), or None when no provider has it."""
        if isinstance(ref, Volume):
            backend = self.fleet.backend(ref.provider)
            try:
                found: Volume = yield Run(backend.get_volume(check_id(ref.id, "volume id")), backend.session())
            except NotFoundError:
                return None
            return found
        check_id(ref, "volume")
        listing = yield from self.list(provider)
        named = [v for v in listing if v.name == ref]
        matches = [v for v in listing if v.id == ref] or [v for v in named if v.status not in GONE] or named[:1]
        if len(matches) > 1:
            where = ", ".join(f"{v.provider}:{v.id}" for v in matches)
            raise InvalidArgument(
                "volume", f"{len(matches)} volumes are named {ref!r} ({where}): give the id or provider"
            )
        if not matches and listing.failed:
            raise next(iter(listing.failed.values()))  # it may be on the provider that did not answer
        return matches[0] if matches else None

    def get(self, ref: VolumeRef, provider: Providers = None) -> Flow[Volume]:
        found = yield from self.find(ref, provider)
        if found is None:
            name = ref.id if isinstance(ref, Volume) else ref
            where = ref.provider if isinstance(ref, Volume) else ", ".join(b.name for b in self.backends(provider))
            raise NotFoundError(f"no volume {name!r} on {where}", provider=where, status_code=404)
        return found

    def create(self, spec: VolumeSpec, provider: str | None = None) -> Flow[Volume]:
        """Create once (see the module docstring): the name must be free on the provider, and
        after a failure that may have reached it the volume is searched for by name before
        anything is sent again."""
        if not isinstance(spec, VolumeSpec):
            raise InvalidArgument("spec", f"give a VolumeSpec, not {type(spec).__name__}")
        backend = yield from self._backend_for(spec, provider)
        existing: list[Volume] = yield Run(backend.list_volumes(), backend.session())
        taken = [v for v in existing if v.name == spec.name and v.status not in GONE]
        if taken:
            raise InvalidVolumeSpec(
                "name", f"{backend.title} already has a volume named {spec.name!r} ({taken[0].id} in {taken[0].region})"
            )
        policy = self.fleet.create_policy
        for attempt in range(policy.attempts_per_offer):
            try:
                volume: Volume = yield Run(backend.create_volume(spec), backend.session())
            except (InvalidSpec, UnsupportedOperation):
                raise
            except GpupodsError as exc:
                if may_have_reached(exc):
                    found = yield from search_with(
                        lambda: self._named(backend, spec.name), backend, spec.name, exc, policy
                    )
                    if found is not None:
                        return found
                if next_move(exc) != "retry" or attempt + 1 == policy.attempts_per_offer:
                    raise
                yield Sleep(pause(exc, attempt, policy))
                continue
            return volume
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _named(backend: Backend, name: str) -> Flow[Volume | None]:
        volumes = yield from backend.list_volumes()
        return next((v for v in volumes if v.name == name), None)

    def _backend_for(self, spec: VolumeSpec, provider: str | None) -> Flow[Backend]:
        """The provider to create ``spec`` on: the one named, the only one with volumes, or
        the only one whose volume regions include ``spec.region``."""
        backends = self.backends(provider)
        if len(backends) == 1:
            return backends[0]
        results = yield Parallel([Run(b.volume_regions(), b.session()) for b in backends])
        listed = {b.name: r for b, r in zip(backends, results, strict=True) if not isinstance(r, GpupodsError)}
        owners = [b for b in backends if spec.region.lower() in {r.lower() for r in listed.get(b.name, [])}]
        if len(owners) == 1:
            return owners[0]
        if owners:
            names = ", ".join(b.name for b in owners)
            raise ConfigurationError(f"{spec.region} is a volume region of {names}: say which provider")
        everywhere = [(name, region) for name, regions in listed.items() for region in regions]
        near = nearest(spec.region, everywhere, lambda item: item[1])[:5]
        hint = "; nearest: " + ", ".join(f"{region} ({name})" for name, region in near) if near else ""
        raise InvalidVolumeSpec("region", f"no configured provider has volumes in {spec.region!r}{hint}")

    def resize(self, ref: VolumeRef, size_gb: int, provider: Providers = None) -> Flow[Volume]:
        if not is_int_in(size_gb, 1):
            raise InvalidVolumeSpec("size_gb", "must be a whole number of GB")
        volume = yield from self.get(ref, provider)
        backend = self.fleet.backend(volume.provider)
        if not backend.capabilities.volume_resize:
            raise backend.unsupported("volume resize", "its API cannot change a volume's size")
        if volume.size_gb is not None and size_gb < volume.size_gb:
            raise InvalidVolumeSpec("size_gb", f"volumes only grow: {volume.name!r} has {volume.size_gb} GB")
        if volume.size_gb == size_gb:
            return volume
        resized: Volume = yield Run(backend.resize_volume(volume, size_gb), backend.session())
        return resized

    def delete(
        self, ref: VolumeRef, provider: Providers = None, force: bool = False, timeout: float = 600.0
    ) -> Flow[bool]:
        """Delete the volume; True when this call deleted it, False when there was none.
        Refused (``VolumeInUse``) while pods that are not terminating mount it, unless
        ``force``: then those pods are terminated. While terminating pods still hold it, the
        delete is tried again until the provider lets go (``timeout`` seconds on the fleet's
        clock)."""
        if not is_finite_number(timeout) or timeout < 0:
            raise InvalidArgument("timeout", "must be a finite number of seconds, at least 0")
        volume = yield from self.find(ref, provider)
        if volume is None or volume.status in GONE:
            return False
        backend = self.fleet.backend(volume.provider)
        live = yield from self._live_pods(backend, volume.attached_pods)
        if live and not force:
            raise VolumeInUse(
                f"{backend.title} volume {volume.name!r} ({volume.id}) is mounted in pod(s) {', '.join(live)}: "
                "terminate them first, or delete with force=True (gpupods volumes rm --force) to terminate them",
                provider=volume.provider,
                volume_id=volume.id,
                pods=live,
            )
        for pod_id in live:
            yield from self.fleet._terminate_flow(backend, pod_id)
        releasing = bool(volume.attached_pods)  # pods on their way out: the provider lets go soon
        deadline = self.fleet.clock.time() + timeout
        delay = 0.5
        while True:
            try:
                yield Run(backend.delete_volume(volume.id), backend.session())
            except NotFoundError:
                return False  # deleted meanwhile: gone, as asked
            except (ConflictError, ValidationError):
                left = deadline - self.fleet.clock.time()
                if not releasing or left <= 0:
                    raise  # the provider still holds it (a pod we could not see, or not released in time)
                yield Sleep(min(delay, left))
                delay = min(delay * 1.5, 15.0)
                continue
            return True

    @staticmethod
    def _live_pods(backend: Backend, pod_ids: Sequence[str]) -> Flow[builtins.list[str]]:
        """Those of ``pod_ids`` that are not terminating or gone (those still hold the volume
        for a moment, but nothing needs to be terminated)."""
        if not pod_ids:
            return []
        pods = yield Run(backend.get_many(list(pod_ids)), backend.session())
        live = []
        for pod_id, pod in zip(pod_ids, pods, strict=True):
            if isinstance(pod, NotFoundError):
                continue
            if isinstance(pod, Pod) and pod.status in (PodStatus.TERMINATING, PodStatus.TERMINATED):
                continue
            live.append(pod_id)  # running, stopped, or unknown (a failed read): it holds the volume
        return live

    def regions(self, provider: Providers = None) -> Flow[dict[str, builtins.list[str]]]:
        """Where each provider can create volumes (providers that failed to answer are left out)."""
        backends = self.backends(provider)
        results = yield Parallel([Run(b.volume_regions(), b.session()) for b in backends])
        regions = {b.name: sorted(r) for b, r in zip(backends, results, strict=True) if not isinstance(r, GpupodsError)}
        if not regions:
            raise next(r for r in results if isinstance(r, GpupodsError))
        return regions


class Volumes:
    """Volumes on every configured provider that has them, blocking (``fleet.volumes``)."""

    def __init__(self, fleet: Fleet) -> None:
        self._fleet = fleet
        self._flows = VolumeFlows(fleet)

    def _run(self, flow: Flow[T]) -> T:
        return self._fleet._run(flow)

    def list(self, provider: Providers = None) -> VolumeList:
        """Every volume, sorted by provider and name; a provider that fails is left out and
        named in ``.failed`` (its error is raised only when every provider fails)."""
        return self._run(self._flows.list(provider))

    def get(self, volume: VolumeRef, provider: Providers = None) -> Volume:
        """The volume with this id or name (``NotFoundError`` when none has it)."""
        return self._run(self._flows.get(volume, provider))

    def find(self, volume: VolumeRef, provider: Providers = None) -> Volume | None:
        """The volume with this id or name, or None."""
        return self._run(self._flows.find(volume, provider))

    def create(self, spec: VolumeSpec, provider: str | None = None) -> Volume:
        """Create a volume; without ``provider``, on the provider whose regions include
        ``spec.region``."""
        return self._run(self._flows.create(spec, provider))

    def resize(self, volume: VolumeRef, size_gb: int, provider: Providers = None) -> Volume:
        """Grow a volume (where ``capabilities.volume_resize``); volumes never shrink."""
        return self._run(self._flows.resize(volume, size_gb, provider))

    def delete(
        self, volume: VolumeRef, provider: Providers = None, *, force: bool = False, timeout: float = 600.0
    ) -> bool:
        """Delete a volume and its data (see ``VolumeFlows.delete``)."""
        return self._run(self._flows.delete(volume, provider, force, timeout))

    def regions(self, provider: Providers = None) -> dict[str, builtins.list[str]]:
        """Where each provider can create volumes."""
        return self._run(self._flows.regions(provider))


class AsyncVolumes:
    """The same as ``Volumes``, as coroutines (``async_fleet.volumes``)."""

    def __init__(self, fleet: AsyncFleet) -> None:
        self._fleet = fleet
        self._flows = VolumeFlows(fleet)

    async def _run(self, flow: Flow[T]) -> T:
        return await self._fleet._run(flow)

    async def list(self, provider: Providers = None) -> VolumeList:
        return await self._run(self._flows.list(provider))

    async def get(self, volume: VolumeRef, provider: Providers = None) -> Volume:
        return await self._run(self._flows.get(volume, provider))

    async def find(self, volume: VolumeRef, provider: Providers = None) -> Volume | None:
        return await self._run(self._flows.find(volume, provider))

    async def create(self, spec: VolumeSpec, provider: str | None = None) -> Volume:
        return await self._run(self._flows.create(spec, provider))

    async def resize(self, volume: VolumeRef, size_gb: int, provider: Providers = None) -> Volume:
        return await self._run(self._flows.resize(volume, size_gb, provider))

    async def delete(
        self, volume: VolumeRef, provider: Providers = None, *, force: bool = False, timeout: float = 600.0
    ) -> bool:
        return await self._run(self._flows.delete(volume, provider, force, timeout))

    async def regions(self, provider: Providers = None) -> dict[str, builtins.list[str]]:
        return await self._run(self._flows.regions(provider))


__all__ = ["AsyncVolumes", "VolumeFlows", "VolumeRef", "Volumes"]
