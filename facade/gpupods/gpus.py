"""One name per GPU model across providers: the catalogue.

Providers name the same card differently: RunPod ``"NVIDIA H100 80GB HBM3"``, Prime
Intellect ``H100_80GB`` (plus a socket), Novita a product name such as ``"H100 SXM 80GB"``,
Lambda an instance type such as ``gpu_1x_h100_sxm5``. gpupods names a model by family and
memory (``"H100_80GB"``), and a query may name a whole family: ``"H100"`` matches every H100,
``"H100_80GB"`` only the 80 GB ones.

This module knows the models only. Each backend maps its provider's GPU ids to these names
(``Backend.gpu_ids``, a ``GpuIds`` table, and ``Backend.gpu_model``); ``provider_ids`` gathers
the tables of every registered provider, so that a query naming any provider's id finds its
model everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class GpuModel:
    name: str  # canonical, e.g. "H100_80GB"
    family: str  # e.g. "H100"
    memory_gb: int
    vendor: str = "NVIDIA"


CATALOG: tuple[GpuModel, ...] = (
    GpuModel("B300_262GB", "B300", 262),
    GpuModel("B200_180GB", "B200", 180),
    GpuModel("GB200", "GB200", 186),
    GpuModel("H200_141GB", "H200", 141),
    GpuModel("H200_96GB", "H200", 96),
    GpuModel("GH200_96GB", "GH200", 96),
    GpuModel("H100_94GB", "H100", 94),
    GpuModel("H100_80GB", "H100", 80),
    GpuModel("A100_80GB", "A100", 80),
    GpuModel("A100_40GB", "A100", 40),
    GpuModel("MI300X_192GB", "MI300X", 192, vendor="AMD"),
    GpuModel("RTX_PRO_6000B_96GB", "RTX_PRO_6000B", 96),
    GpuModel("L40S_48GB", "L40S", 48),
    GpuModel("L40_48GB", "L40", 48),
    GpuModel("A40_48GB", "A40", 48),
    GpuModel("A6000_48GB", "A6000", 48),
    GpuModel("RTX6000Ada_48GB", "RTX6000Ada", 48),
    GpuModel("RTX8000_48GB", "RTX8000", 48),
    GpuModel("RTX5090_32GB", "RTX5090", 32),
    GpuModel("RTX5000Ada_32GB", "RTX5000Ada", 32),
    GpuModel("V100_32GB", "V100", 32),
    GpuModel("RTX4090_24GB", "RTX4090", 24),
    GpuModel("RTX3090_24GB", "RTX3090", 24),
    GpuModel("RTX3090Ti_24GB", "RTX3090Ti", 24),
    GpuModel("A5000_24GB", "A5000", 24),
    GpuModel("A30_24GB", "A30", 24),
    GpuModel("A10_24GB", "A10", 24),
    GpuModel("L4_24GB", "L4", 24),
    GpuModel("RTX6000_24GB", "RTX6000", 24),
    GpuModel("A4500_20GB", "A4500", 20),
    GpuModel("RTX4000Ada_20GB", "RTX4000Ada", 20),
    GpuModel("RTX4080_16GB", "RTX4080", 16),
    GpuModel("RTX5080_16GB", "RTX5080", 16),
    GpuModel("A4000_16GB", "A4000", 16),
    GpuModel("RTX2000Ada_16GB", "RTX2000Ada", 16),
    GpuModel("V100_16GB", "V100", 16),
    GpuModel("T4_16GB", "T4", 16),
    GpuModel("RTX4070Ti_12GB", "RTX4070Ti", 12),
    GpuModel("RTX3080Ti_12GB", "RTX3080Ti", 12),
    GpuModel("RTX3080_10GB", "RTX3080", 10),
    GpuModel("RTX3070_8GB", "RTX3070", 8),
    GpuModel("A2000_6GB", "A2000", 6),
)

_BY_NAME = {m.name: m for m in CATALOG}


@dataclass(frozen=True)
class GpuIds:
    """How one provider names GPUs: each of its ids with the catalogue name it stands for, and
    the form factor of the ids whose wording does not say it (``"NVIDIA H100 80GB HBM3"`` is
    SXM). Every backend has one (``Backend.gpu_ids``); a test checks that each name is in
    ``CATALOG``."""

    names: Mapping[str, str]
    variants: Mapping[str, str] = field(default_factory=dict)

    def model(self, gpu_id: str | None) -> GpuModel | None:
        """The catalogue model ``gpu_id`` stands for, None when the table does not know it."""
        name = self.names.get(gpu_id or "")
        return _BY_NAME.get(name) if name else None

    def ids_of(self, model: GpuModel) -> list[str]:
        """This provider's ids for ``model``, in table order."""
        return [gpu_id for gpu_id, name in self.names.items() if name == model.name]


@lru_cache(maxsize=1)
def provider_ids() -> dict[str, GpuIds]:
    """The GPU-id table of every registered provider (``gpupods.registry``), by provider name.
    Loads the backend modules the first time (their tables live there)."""
    from .registry import REGISTRY

    tables: dict[str, GpuIds] = {}
    for name, provider in REGISTRY.items():
        table = provider.backend_class().gpu_ids
        assert isinstance(table, GpuIds), f"{name}'s backend has no GpuIds table"
        tables[name] = table
    return tables


@lru_cache(maxsize=1)
def _by_provider_id() -> dict[str, GpuModel]:
    found: dict[str, GpuModel] = {}
    for table in provider_ids().values():
        for gpu_id in table.names:
            model = table.model(gpu_id)
            if model is not None:
                found.setdefault(gpu_id, model)
    return found


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    return {gpu_id: variant for table in provider_ids().values() for gpu_id, variant in table.variants.items()}


def squash(text: str) -> str:
    """``text`` in capitals without anything but letters and digits (``"h100-80gb"`` -> ``"H10080GB"``)."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def by_name(name: str) -> GpuModel | None:
    """The model with this canonical name, any provider's id or a spelling (``"h100-80gb"``)."""
    return _BY_NAME.get(name) or _by_provider_id().get(name) or _by_squashed().get(squash(name))


@lru_cache(maxsize=1)
def _by_squashed() -> dict[str, GpuModel]:
    table: dict[str, GpuModel] = {}
    for model in CATALOG:
        table.setdefault(squash(model.name), model)
    for gpu_id, model in _by_provider_id().items():
        table.setdefault(squash(gpu_id), model)
    return table


_VARIANT_WORD = re.compile(r"(?<![A-Za-z0-9])(SXM\d?|PCIE|NVL)(?![A-Za-z])", re.IGNORECASE)


def variant_of(*names: str | None) -> str | None:
    """The form factor a provider id, product name or socket names: ``"SXM"``, ``"PCIe"``,
    ``"NVL"``, or None when none of them says (``"SXM5"`` and ``"H100 SXM 80GB"`` are SXM)."""
    for name in names:
        if not name:
            continue
        known = _variants().get(name)
        if known:
            return known
        found = _VARIANT_WORD.search(name)
        if found:
            word = found.group(1).upper()
            return "PCIe" if word == "PCIE" else ("NVL" if word == "NVL" else "SXM")
    return None


@dataclass(frozen=True)
class GpuQuery:
    """What a user's GPU words ask for: a model or family, perhaps one form factor."""

    text: str
    squashed: str  # the words without the form factor, squashed (``"H100"`` for ``"h100 sxm"``)
    variant: str | None

    @classmethod
    def parse(cls, text: str) -> GpuQuery:
        variant = variant_of(text)
        words = _VARIANT_WORD.sub(" ", text) if variant else text
        return cls(text, squash(words), variant)


def matches(query: str, model: GpuModel | None, provider_id: str | None = None, variant: str | None = None) -> bool:
    """Whether a user's GPU query names this model: a family (``"H100"``, ``"4090"``), a
    canonical name (``"H100_80GB"``), a provider id, optionally with a form factor
    (``"H100 SXM"``, ``"NVIDIA H100 PCIe"``). ``variant`` is the offer's form factor, when known:
    a query with a form factor matches only offers of that form factor."""
    if provider_id is not None and query == provider_id:
        return True
    if model is None:
        return False
    parsed = GpuQuery.parse(query)
    if parsed.variant and variant is not None and parsed.variant != variant:
        return False
    family = squash(model.family)
    if parsed.squashed in (squash(model.name), family):
        return True
    if parsed.squashed.isdigit() and re.fullmatch(f"[A-Z]*{parsed.squashed}[A-Z]*", family):
        return True  # "4090" names the RTX4090
    found = by_name(query) or (by_name(parsed.squashed) if parsed.variant else None)
    return found is model


def known(query: str) -> bool:
    """Whether any model of the catalog answers to ``query``."""
    return any(matches(query, model) for model in CATALOG) or by_name(query) is not None


def suggest(query: str, limit: int = 3) -> list[str]:
    """Canonical names and families that look like ``query`` (for a "did you mean")."""
    import difflib

    names = sorted({m.family for m in CATALOG} | {m.name for m in CATALOG})
    by_squash = {squash(n): n for n in names}
    close = difflib.get_close_matches(GpuQuery.parse(query).squashed, list(by_squash), n=limit, cutoff=0.5)
    return [by_squash[c] for c in close]
