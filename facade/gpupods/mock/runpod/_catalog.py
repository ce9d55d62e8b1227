"""RunPod's seeded catalog: GPU types with their prices and stock (``data/gpus.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._cloud import load_data

NO_CAPACITY = (
    "There are no longer any instances available with the requested specifications. Please refresh and try again."
)


@dataclass
class GpuStock:
    """One GPU type in the seeded catalog (prices are RunPod's: USD/hour per GPU)."""

    id: str
    name: str
    memory: int
    pool: str | None
    secure_price: float
    community_price: float
    secure_spot: float
    community_spot: float
    available: int  # GPUs free right now
    max_count: int = 8
    manufacturer: str = "NVIDIA"
    data_centers: tuple[str, ...] = ("US-TX-3", "EU-RO-1")

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> GpuStock:
        return cls(
            id=row["id"], name=row["displayName"], memory=row["memoryInGb"], pool=row["pool"],
            secure_price=row["securePrice"], community_price=row["communityPrice"],
            secure_spot=row["secureSpotPrice"], community_spot=row["communitySpotPrice"], available=row["available"],
        )  # fmt: skip

    def availability(self) -> str:
        if self.available <= 0:
            return "NONE"
        return "LOW" if self.available < 4 else ("MEDIUM" if self.available < 16 else "HIGH")


def seeded_catalog() -> list[GpuStock]:
    return [GpuStock.from_data(row) for row in load_data(__package__ or "", "gpus.json")]
