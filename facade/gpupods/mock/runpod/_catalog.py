"""RunPod's seeded catalog (``data/*.json``): GPU types with prices and stock, CPU flavors,
data centers and RunPod's own templates. Prices are RunPod's: USD per GPU (or vCPU) and hour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._cloud import load_data

NO_CAPACITY = (
    "There are no longer any instances available with the requested specifications. Please refresh and try again."
)


def availability_level(free: int) -> str:
    """RunPod's stock levels (NONE, LOW, MEDIUM, HIGH) for a count of free units."""
    if free <= 0:
        return "NONE"
    return "LOW" if free < 4 else ("MEDIUM" if free < 16 else "HIGH")


@dataclass
class GpuStock:
    """One GPU type in the seeded catalog."""

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
    cuda_cores: int = 0
    commitment: tuple[float, float, float, float, float] = (0, 0, 0, 0, 0)  # 1 week, 1/3/6 months, 1 year
    serverless_price: float = 0.0
    cuda_versions: tuple[str, ...] = ("12.4",)

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> GpuStock:
        return cls(
            id=row["id"],
            name=row["displayName"],
            memory=row["memoryInGb"],
            pool=row["pool"],
            secure_price=row["securePrice"],
            community_price=row["communityPrice"],
            secure_spot=row["secureSpotPrice"],
            community_spot=row["communitySpotPrice"],
            available=row["available"],
            max_count=row["maxGpuCount"],
            manufacturer=row["manufacturer"],
            data_centers=tuple(row["dataCenters"]),
            cuda_cores=row["cudaCores"],
            serverless_price=row["serverlessPrice"],
            commitment=(
                row["oneWeekPrice"],
                row["oneMonthPrice"],
                row["threeMonthPrice"],
                row["sixMonthPrice"],
                row["oneYearPrice"],
            ),
            cuda_versions=tuple(row["cudaVersions"]),
        )

    def availability(self) -> str:
        return availability_level(self.available)

    def price(self, cloud: str, spot: bool = False) -> float:
        if spot:
            return self.community_spot if cloud == "COMMUNITY" else self.secure_spot
        return self.community_price if cloud == "COMMUNITY" else self.secure_price

    @property
    def cluster_price(self) -> float:
        """Instant clusters bill a little below single on-demand pods (the 1-week commitment rate)."""
        return self.commitment[0]


@dataclass
class CpuFlavor:
    """A CPU flavor (``cpu3c``...): vCPU range, memory per vCPU, price per vCPU-hour."""

    id: str
    name: str
    group: str
    vcpu_min: int
    vcpu_max: int
    ram_per_vcpu: float
    secure_per_vcpu: float
    serverless_per_vcpu: float
    available: int  # vCPUs free
    data_centers: tuple[str, ...]

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> CpuFlavor:
        return cls(
            row["id"],
            row["name"],
            row["group"],
            row["vcpuMin"],
            row["vcpuMax"],
            row["ramGbPerVcpu"],
            row["securePerVcpu"],
            row["serverlessPerVcpu"],
            row["available"],
            tuple(row["dataCenters"]),
        )


@dataclass(frozen=True)
class DataCenterInfo:
    id: str
    name: str
    country: str
    location: str
    region: str
    global_network: bool
    volume_types: tuple[str, ...]
    compliance: tuple[str, ...]

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> DataCenterInfo:
        return cls(
            row["id"],
            row["name"],
            row["country"],
            row["location"],
            row["region"],
            row["globalNetwork"],
            tuple(row["networkVolumeTypes"]),
            tuple(row["compliance"]),
        )


def _rows(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = load_data(__package__ or "", name)
    return rows


def seeded_catalog() -> list[GpuStock]:
    return [GpuStock.from_data(row) for row in _rows("gpus.json")]


def seeded_cpus() -> list[CpuFlavor]:
    return [CpuFlavor.from_data(row) for row in _rows("cpus.json")]


def data_centers() -> list[DataCenterInfo]:
    return [DataCenterInfo.from_data(row) for row in _rows("datacenters.json")]


def official_templates() -> list[dict[str, Any]]:
    """RunPod's own templates, as the data file describes them (see ``Template.from_data``)."""
    return _rows("templates.json")
