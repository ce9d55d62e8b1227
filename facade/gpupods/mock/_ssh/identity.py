"""What a mock pod's sshd knows about its pod: name, environment, GPUs and credentials."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class PodIdentity:
    """A pod as its SSH server presents it.

    ``authorized_keys`` are OpenSSH public-key lines (a string may hold several lines, as
    RunPod's account keys do); they become the pod's ``/root/.ssh/authorized_keys``, which is
    what logins are checked against from then on (so a key installed over SSH works too).
    ``password`` is the root password (Novita's), ``None`` where the provider has none.
    """

    hostname: str
    env: Mapping[str, str] = field(default_factory=dict)
    gpu_model: str | None = None  # the provider's name for it: "NVIDIA H100 80GB HBM3", "H100_80GB"
    gpu_count: int = 0
    authorized_keys: tuple[str, ...] = ()
    password: str | None = field(default=None, repr=False)
    gpu_memory_gb: int | None = None  # read from the model name ("80GB") when not given
    user: str = "root"

    def __post_init__(self) -> None:
        object.__setattr__(self, "env", MappingProxyType(dict(self.env)))
        object.__setattr__(self, "authorized_keys", tuple(key_lines(self.authorized_keys)))

    @property
    def gpu_name(self) -> str:
        """The GPU model as ``nvidia-smi`` names it."""
        if not self.gpu_model:
            return ""
        name = " ".join(self.gpu_model.replace("_", " ").split())
        return name if name.upper().startswith("NVIDIA") else f"NVIDIA {name}"

    @property
    def gpu_memory_mib(self) -> int:
        gigabytes = self.gpu_memory_gb
        if gigabytes is None:
            found = re.search(r"(\d+)\s*GB", self.gpu_model or "", re.IGNORECASE)
            gigabytes = int(found.group(1)) if found else 16
        return gigabytes * 1024


def key_lines(texts: Iterable[str | None]) -> list[str]:
    """The non-empty, non-comment lines of ``texts``, each once, in order."""
    seen: dict[str, None] = {}
    for text in texts:
        for line in (text or "").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                seen.setdefault(line, None)
    return list(seen)
