"""Placement that follows the data: which offers can mount a pod's volumes, and what is near.

A volume lives in one region or data center of one provider, and a pod can mount it only
there. For a ``PodSpec`` with ``volumes``:

1. **Resolve** each ``VolumeMount`` on each provider (``resolve``): by id, else by name, among
   that provider's volumes. A provider without the volumes (or without volumes at all) cannot
   run the pod; the reason says why.
2. **Reach** (``reach``): an offer can be used only if every volume is where the offer is
   (``Backend.volume_place`` among ``Backend.offer_places``), within the provider's limit of
   volumes per pod. A usable offer is narrowed to the volumes' place (``Backend.at_place``):
   RunPod's offers span data centers, the pod must land in the volume's.
3. **Nearest alternatives** (``nearest``): when nothing is reachable, places are ranked by how
   close they are to the volume's (same country, then same continent), as ``gpupods.regions``
   reads the place names the providers use (``EU-RO-1``, ``us-east-1``, ``as-sgp-2``...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from . import regions
from .errors import GpupodsError, InvalidPodSpec, UnsupportedOperation, VolumePlacementError
from .models import GpuOffer, PodSpec, Volume, VolumeMount

if TYPE_CHECKING:
    from .providers._base import Backend

T = TypeVar("T")
#: What each provider makes of a pod's volumes: the mounts resolved to its volumes, or why it
#: cannot mount them (``resolve``).
Placements = dict[str, tuple[VolumeMount, ...] | str]


def locate(place: str) -> tuple[str | None, str | None]:
    """(continent, country) of a provider's place name (``gpupods.regions`` reads the names);
    a ``provider/place`` key (Prime Intellect's) is read by its place."""
    found = regions.tags(place.rsplit("/", 1)[-1])
    country = next((t for t in sorted(found) if t in regions.COUNTRIES), None)
    continent = regions.COUNTRIES[country] if country else next((t for t in found if t in regions.CONTINENTS), None)
    return continent, country


def nearness(origin: str, place: str) -> int:
    """3 the same place, 2 the same country, 1 the same continent, 0 anywhere else."""
    if origin.lower() == place.lower():
        return 3
    (continent_a, country_a), (continent_b, country_b) = locate(origin), locate(place)
    if country_a is not None and country_a == country_b:
        return 2
    return 1 if continent_a is not None and continent_a == continent_b else 0


def nearest(origin: str, items: Iterable[T], place_of: Callable[[T], str]) -> list[T]:
    """``items`` nearest to ``origin`` first (stable: equally near items keep their order)."""
    return sorted(items, key=lambda item: -nearness(origin, place_of(item)))


def resolve(
    backend: Backend, mounts: Sequence[VolumeMount], found: list[Volume] | GpupodsError | None, pinned: set[str]
) -> tuple[VolumeMount, ...] | str:
    """``mounts`` with each volume resolved among ``found`` (the provider's volumes, the error
    listing them gave, or None when it was not asked: ``pinned`` names the providers the
    mounts' ``Volume`` objects are on): the mounts to create with, or why this provider cannot."""
    if not backend.capabilities.volumes or isinstance(found, UnsupportedOperation):
        return f"{backend.title} has no volumes in gpupods"
    if found is None:
        return f"the volumes are on {', '.join(sorted(pinned))}"
    if isinstance(found, GpupodsError):
        return f"{backend.title}'s volumes could not be listed ({found})"
    resolved = []
    for mount in mounts:
        if isinstance(mount.volume, Volume):
            if mount.volume.provider != backend.name:
                return f"volume {mount.volume.name!r} is on {mount.volume.provider}"
            match = [v for v in found if v.id == mount.volume.id] or [mount.volume]
        else:
            match = [v for v in found if v.id == mount.volume] or [v for v in found if v.name == mount.volume]
        if not match:
            return f"{backend.title} has no volume {mount.ref!r}"
        if len(match) > 1:
            ids = ", ".join(v.id for v in match)
            return f"{len(match)} {backend.title} volumes are named {mount.ref!r} ({ids}): give the id"
        resolved.append(replace(mount, volume=match[0]))
    return tuple(resolved)


def reach(backend: Backend, offer: GpuOffer, mounts: Sequence[VolumeMount]) -> GpuOffer | str:
    """``offer`` narrowed to where its resolved ``mounts`` are, or why it cannot mount them."""
    volumes = [m.volume for m in mounts if isinstance(m.volume, Volume)]
    limit = backend.capabilities.max_volumes
    if len(volumes) > limit:
        return f"{backend.title} pods mount at most {limit} volume{'s' if limit != 1 else ''}"
    places = {backend.volume_place(v) for v in volumes}
    if len(places) > 1:
        where = ", ".join(f"{v.name!r} in {v.region}" for v in volumes)
        return f"the volumes are in different places ({where}); one pod can only be in one"
    if not volumes:
        return offer
    volume = volumes[0]
    offered = backend.offer_places(offer)
    if places.pop() not in offered:
        return f"volume {volume.name!r} is in {volume.region}, this offer in {', '.join(offered) or 'an unknown place'}"
    return backend.at_place(offer, volume)


def place(backend: Backend, offer: GpuOffer, placements: Placements) -> GpuOffer | str:
    """``offer`` (of ``backend``) narrowed to where the volumes are, or why it cannot mount them."""
    mounts = placements.get(offer.provider, f"{offer.provider} was not asked about the volumes")
    return mounts if isinstance(mounts, str) else reach(backend, offer, mounts)


def placement_error(
    spec: PodSpec,
    offers: Sequence[GpuOffer],
    placements: Placements,
    backend_of: Callable[[str], Backend],
    local: Sequence[GpuOffer],
) -> VolumePlacementError:
    """The error of a pod whose volumes no offer in ``offers`` can mount: where the volumes
    are, the nearest places that have the GPU, and ``local`` (the offers, of any GPU, that can
    mount them) grouped by GPU. Every offer is listed as a skipped attempt, with its reason."""
    refs = [m.ref for m in spec.volumes]
    resolved = [(name, m) for name, m in placements.items() if not isinstance(m, str)]
    if not resolved:
        reasons = "; ".join(str(r) for r in placements.values())
        listed = ", ".join(repr(r) for r in refs)
        return VolumePlacementError(f"no configured provider has the pod's volume(s) {listed}: {reasons}", volumes=refs)
    provider, mounts = resolved[0]
    title = backend_of(provider).title
    volumes = [m.volume for m in mounts if isinstance(m.volume, Volume)]
    origin = str(volumes[0].region)
    where = [f"{v.name!r} ({title}, {v.region})" for v in volumes]
    wanted = f"{spec.gpu} x{spec.gpu_count}"
    places = [(o, p) for o in offers for p in (backend_of(o.provider).offer_places(o) or (o.region or "?",))]
    near = [
        f"{o.provider} {p}: {o.gpu} x{o.count} at ${o.price(spec.spot)}/h"
        for o, p in nearest(origin, places, lambda item: item[1])[:3]
    ]
    cheapest: dict[str, GpuOffer] = {}
    for o in local:
        cheapest.setdefault(o.gpu, o)
    here = [f"{provider} {origin}: {o.gpu} x{o.count} at ${o.price(spec.spot)}/h" for o in cheapest.values()][:5]
    parts = [f"no {wanted} offer can mount volume {', '.join(where)}"]
    if near:
        parts.append(f"nearest {wanted} offers: {'; '.join(near)}")
    if here:
        parts.append(f"offered in {origin}: {'; '.join(here)}")
    parts.append("create the volume where the GPU is, or ask for a GPU offered where the volume is")
    skipped: list[tuple[str, GpupodsError]] = [
        (
            f"{o.provider} {o.gpu} x{o.count}",
            InvalidPodSpec("volumes", str(place(backend_of(o.provider), o, placements))),
        )
        for o in offers
    ]
    return VolumePlacementError("; ".join(parts), skipped, volumes=where, alternatives=near + here)


__all__ = ["Placements", "locate", "nearest", "nearness", "place", "placement_error", "reach", "resolve"]
