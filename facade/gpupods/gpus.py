"""One name per GPU model across providers.

Providers name the same card differently: RunPod ``"NVIDIA H100 80GB HBM3"``, Prime
Intellect ``H100_80GB`` (plus a socket), Novita a product name such as ``"H100 SXM 80GB"``.
gpupods uses Prime Intellect's style (family + memory) as the canonical name, and a query
may name a whole family: ``"H100"`` matches every H100, ``"H100_80GB"`` only the 80 GB ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class GpuModel:
    name: str  # canonical, e.g. "H100_80GB"
    family: str  # e.g. "H100"
    memory_gb: int
    vendor: str = "NVIDIA"
    runpod_ids: tuple[str, ...] = ()
    prime_types: tuple[str, ...] = ()


def _m(name: str, family: str, memory: int, runpod: tuple[str, ...] = (), prime: tuple[str, ...] | None = None,
       vendor: str = "NVIDIA") -> GpuModel:  # fmt: skip
    return GpuModel(name, family, memory, vendor, runpod, (name,) if prime is None else prime)


CATALOG: tuple[GpuModel, ...] = (
    _m("B300_262GB", "B300", 262),
    _m("B200_180GB", "B200", 180, ("NVIDIA B200",)),
    _m("GB200", "GB200", 186, prime=("GB200",)),
    _m("H200_141GB", "H200", 141, ("NVIDIA H200", "NVIDIA H200 NVL")),
    _m("H200_96GB", "H200", 96),
    _m("GH200_96GB", "GH200", 96),
    _m("H100_94GB", "H100", 94, ("NVIDIA H100 NVL",), prime=()),
    _m("H100_80GB", "H100", 80, ("NVIDIA H100 80GB HBM3", "NVIDIA H100 PCIe")),
    _m("A100_80GB", "A100", 80, ("NVIDIA A100-SXM4-80GB", "NVIDIA A100 80GB PCIe")),
    _m("A100_40GB", "A100", 40),
    _m("MI300X_192GB", "MI300X", 192, ("AMD Instinct MI300X OAM",), prime=(), vendor="AMD"),
    _m("RTX_PRO_6000B_96GB", "RTX_PRO_6000B", 96,
       ("NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA RTX PRO 6000 Blackwell Workstation Edition",
        "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition")),
    _m("L40S_48GB", "L40S", 48, ("NVIDIA L40S",)),
    _m("L40_48GB", "L40", 48, ("NVIDIA L40",)),
    _m("A40_48GB", "A40", 48, ("NVIDIA A40",)),
    _m("A6000_48GB", "A6000", 48, ("NVIDIA RTX A6000",)),
    _m("RTX6000Ada_48GB", "RTX6000Ada", 48, ("NVIDIA RTX 6000 Ada Generation",)),
    _m("RTX8000_48GB", "RTX8000", 48),
    _m("RTX5090_32GB", "RTX5090", 32, ("NVIDIA GeForce RTX 5090",)),
    _m("RTX5000Ada_32GB", "RTX5000Ada", 32, ("NVIDIA RTX 5000 Ada Generation",)),
    _m("V100_32GB", "V100", 32, ("Tesla V100-SXM2-32GB", "Tesla V100-PCIE-32GB")),
    _m("RTX4090_24GB", "RTX4090", 24, ("NVIDIA GeForce RTX 4090",)),
    _m("RTX3090_24GB", "RTX3090", 24, ("NVIDIA GeForce RTX 3090",)),
    _m("RTX3090Ti_24GB", "RTX3090Ti", 24, ("NVIDIA GeForce RTX 3090 Ti",)),
    _m("A5000_24GB", "A5000", 24, ("NVIDIA RTX A5000",)),
    _m("A30_24GB", "A30", 24, ("NVIDIA A30", "NVIDIA  A30", "NVIDIA RTX A30")),
    _m("A10_24GB", "A10", 24),
    _m("L4_24GB", "L4", 24, ("NVIDIA L4",)),
    _m("RTX6000_24GB", "RTX6000", 24),
    _m("A4500_20GB", "A4500", 20, ("NVIDIA RTX A4500", "NVIDIA  RTX A4500")),
    _m("RTX4000Ada_20GB", "RTX4000Ada", 20, ("NVIDIA RTX 4000 Ada Generation", "NVIDIA RTX 4000 SFF Ada Generation")),
    _m("RTX4080_16GB", "RTX4080", 16, ("NVIDIA GeForce RTX 4080", "NVIDIA GeForce RTX 4080 SUPER")),
    _m("RTX5080_16GB", "RTX5080", 16, ("NVIDIA GeForce RTX 5080",), prime=()),
    _m("A4000_16GB", "A4000", 16, ("NVIDIA RTX A4000",)),
    _m("RTX2000Ada_16GB", "RTX2000Ada", 16, ("NVIDIA RTX 2000 Ada Generation",)),
    _m("V100_16GB", "V100", 16, ("Tesla V100-PCIE-16GB", "Tesla V100-SXM2-16GB", "Tesla V100-FHHL-16GB")),
    _m("T4_16GB", "T4", 16, ("Tesla T4",)),
    _m("RTX4070Ti_12GB", "RTX4070Ti", 12, ("NVIDIA GeForce RTX 4070 Ti",)),
    _m("RTX3080Ti_12GB", "RTX3080Ti", 12, ("NVIDIA GeForce RTX 3080 Ti", "NVIDIA GeForce RTX 3080TI")),
    _m("RTX3080_10GB", "RTX3080", 10, ("NVIDIA GeForce RTX 3080",)),
    _m("RTX3070_8GB", "RTX3070", 8, ("NVIDIA GeForce RTX 3070",)),
    _m("A2000_6GB", "A2000", 6, ("NVIDIA RTX A2000",)),
)  # fmt: skip

#: The form factor of the provider ids whose name does not say it (a name that does, such as
#: ``"NVIDIA H100 PCIe"`` or Novita's ``"H100 SXM 80GB"``, is read by ``variant_of``).
VARIANTS: dict[str, str] = {
    "NVIDIA H100 80GB HBM3": "SXM",
    "NVIDIA H200": "SXM",
    "NVIDIA B200": "SXM",
    "NVIDIA A100-SXM4-80GB": "SXM",
}

_BY_NAME = {m.name: m for m in CATALOG}
_BY_RUNPOD = {i: m for m in CATALOG for i in m.runpod_ids}
_BY_PRIME = {t: m for m in CATALOG for t in m.prime_types}


def _squash(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def by_name(name: str) -> GpuModel | None:
    """The model with this canonical name, provider id or spelling (``"h100-80gb"``)."""
    return _BY_NAME.get(name) or _BY_RUNPOD.get(name) or _BY_PRIME.get(name) or _by_squashed().get(_squash(name))


@lru_cache(maxsize=1)
def _by_squashed() -> dict[str, GpuModel]:
    table: dict[str, GpuModel] = {}
    for model in CATALOG:
        for spelling in (model.name, *model.runpod_ids, *model.prime_types):
            table.setdefault(_squash(spelling), model)
    return table


_VARIANT_WORD = re.compile(r"(?<![A-Za-z0-9])(SXM\d?|PCIE|NVL)(?![A-Za-z])", re.IGNORECASE)


def variant_of(*names: str | None) -> str | None:
    """The form factor a provider id, product name or socket names: ``"SXM"``, ``"PCIe"``,
    ``"NVL"``, or None when none of them says (``"SXM5"`` and ``"H100 SXM 80GB"`` are SXM)."""
    for name in names:
        if not name:
            continue
        if name in VARIANTS:
            return VARIANTS[name]
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
        return cls(text, _squash(words), variant)


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
    family = _squash(model.family)
    if parsed.squashed in (_squash(model.name), family):
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
    by_squash = {_squash(n): n for n in names}
    close = difflib.get_close_matches(GpuQuery.parse(query).squashed, list(by_squash), n=limit, cutoff=0.5)
    return [by_squash[c] for c in close]


def from_runpod(gpu_id: str | None) -> GpuModel | None:
    return _BY_RUNPOD.get(gpu_id or "") or (by_name(gpu_id) if gpu_id else None)


def from_prime(gpu_type: str | None) -> GpuModel | None:
    return _BY_PRIME.get(gpu_type or "")


_NOVITA_TOKEN = re.compile(r"(\d+)\s*G(?:B)?\b", re.IGNORECASE)


@lru_cache(maxsize=512)  # a list answer repeats a handful of product names; matching one scans the catalog
def from_novita(product_name: str | None) -> GpuModel | None:
    """Novita product names read like ``"RTX 4090 24GB"`` or ``"H100 SXM 80GB"``."""
    if not product_name:
        return None
    memory_match = _NOVITA_TOKEN.search(product_name)
    memory = int(memory_match.group(1)) if memory_match else None
    words = _squash(_NOVITA_TOKEN.sub(" ", product_name).replace("SXM", " ").replace("PCIe", " ").replace("NVL", " "))
    candidates = [m for m in CATALOG if _squash(m.family) and _squash(m.family) in words]
    candidates.sort(key=lambda m: -len(m.family))  # "RTX4090" before "RTX40"
    if memory is not None:
        exact = [m for m in candidates if m.memory_gb == memory]
        if exact:
            return exact[0]
    return candidates[0] if candidates else None
