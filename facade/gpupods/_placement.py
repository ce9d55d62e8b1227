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
   close they are to the volume's (same country, then same continent), read from the place
   names the providers use (``EU-RO-1``, ``us-east-1``, ``as-sgp-2``, ``united_states``...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from .errors import GpupodsError, UnsupportedOperation
from .models import GpuOffer, Volume, VolumeMount

if TYPE_CHECKING:
    from .providers._base import Backend

T = TypeVar("T")

_CONTINENTS = {
    "north-america": {"us", "usa", "ca", "na", "mx", "america", "united_states", "canada", "north_america"},
    "europe": {
        "eu",
        "europe",
        "uk",
        "gb",
        "de",
        "fr",
        "nl",
        "se",
        "no",
        "fi",
        "fin",
        "ro",
        "is",
        "cz",
        "pl",
        "es",
        "it",
        "ch",
        "ie",
        "be",
        "at",
        "dk",
        "pt",
        "eu_east",
        "eu_north",
        "eu_west",
        "germany",
    },
    "asia": {
        "as",
        "asia",
        "ap",
        "apac",
        "jp",
        "sg",
        "sgp",
        "kr",
        "in",
        "hk",
        "tw",
        "cn",
        "th",
        "vn",
        "id",
        "my",
        "asia_south",
        "asia_northeast",
        "japan",
        "singapore",
    },
    "oceania": {"au", "nz", "oc", "australia"},
    "south-america": {"sa", "br", "cl", "ar", "co", "south_america"},
    "middle-east": {"me", "ae", "il", "sa-me", "middle_east"},
    "africa": {"af", "za", "ng", "ke", "africa"},
}
_COUNTRY_ALIASES = {
    "usa": "us",
    "united_states": "us",
    "canada": "ca",
    "sgp": "sg",
    "fin": "fi",
    "uk": "gb",
    "germany": "de",
    "japan": "jp",
    "singapore": "sg",
    "australia": "au",
}
_NOT_COUNTRIES = {"eu", "as", "ap", "na", "sa", "me", "af", "oc"}
_TOKEN = re.compile(r"[a-z]+(?:_[a-z]+)*")


def locate(place: str) -> tuple[str | None, str | None]:
    """(continent, country code) of a provider's place name, as far as its name tells."""
    text = place.lower()
    tokens = _TOKEN.findall(text.replace("-", " "))
    continent = country = None
    for token in [text.replace("-", "_"), *tokens]:
        for name, codes in _CONTINENTS.items():
            if continent is None and token in codes:
                continent = name
        code = _COUNTRY_ALIASES.get(token, token)
        if (
            country is None
            and len(code) == 2
            and code not in _NOT_COUNTRIES
            and any(code in codes for codes in _CONTINENTS.values())
        ):
            country = code
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
    backend: Backend, mounts: Sequence[VolumeMount], found: list[Volume] | GpupodsError
) -> tuple[VolumeMount, ...] | str:
    """``mounts`` with each volume resolved among ``found`` (the provider's volumes, or the
    error listing them gave): the mounts to create with, or why this provider cannot."""
    if isinstance(found, UnsupportedOperation):
        return f"{backend.title} has no volumes in gpupods"
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


__all__ = ["locate", "nearest", "nearness", "reach", "resolve"]
