"""The Lambda mock's seeded catalogue (``data/*.json``): instance types, regions, the capacity
of each type in each region, and the machine images every region offers.

Types, prices (US cents per hour for the whole machine), resources and regions follow what
Lambda lists publicly; how many machines each region has free is the mock's own choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._cloud import load_data

_PACKAGE = __package__ or ""


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


@dataclass(frozen=True)
class ImageKind:
    """A machine image as every region offers it (each region has its own copy and id)."""

    family: str
    name: str
    version: str
    architecture: str


def seeded_instance_types() -> list[InstanceType]:
    return [
        InstanceType(
            row["name"],
            row["description"],
            row["gpu_description"],
            row["price_cents_per_hour"],
            row["vcpus"],
            row["memory_gib"],
            row["storage_gib"],
            row["gpus"],
            row["architecture"],
        )
        for row in load_data(_PACKAGE, "instance_types.json")
    ]


def seeded_capacity() -> dict[tuple[str, str], int]:
    """How many more instances of each type each region can take (absent: none)."""
    return {(row["instance_type"], row["region"]): row["available"] for row in load_data(_PACKAGE, "capacity.json")}


#: Region code -> where it is.
REGIONS: dict[str, str] = {row["name"]: row["description"] for row in load_data(_PACKAGE, "regions.json")}

IMAGES: tuple[ImageKind, ...] = tuple(ImageKind(**row) for row in load_data(_PACKAGE, "images.json"))
DEFAULT_IMAGE_FAMILY = "lambda-stack-24-04"
