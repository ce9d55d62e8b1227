"""The Lambda mock's seeded catalogue: instance types, regions, capacity and machine images.

Types, prices (US cents per hour for the whole machine), resources and regions follow what
Lambda lists publicly; how many machines each region has free is the mock's own choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


def seeded_instance_types() -> list[InstanceType]:
    return [
        InstanceType("gpu_1x_a10", "1x A10 (24 GB PCIe)", "A10 (24 GB PCIe)", 75, 30, 200, 1400, 1),
        InstanceType("gpu_1x_rtx6000", "1x RTX 6000 (24 GB)", "RTX 6000 (24 GB)", 50, 14, 46, 512, 1),
        InstanceType("gpu_1x_a6000", "1x A6000 (48 GB)", "A6000 (48 GB)", 80, 14, 100, 512, 1),
        InstanceType("gpu_1x_a100_sxm4", "1x A100 (40 GB SXM4)", "A100 (40 GB SXM4)", 129, 30, 200, 512, 1),
        InstanceType("gpu_8x_a100_80gb_sxm4", "8x A100 (80 GB SXM4)", "A100 (80 GB SXM4)", 1432, 240, 1800, 19500, 8),
        InstanceType("gpu_1x_h100_pcie", "1x H100 (80 GB PCIe)", "H100 (80 GB PCIe)", 249, 26, 200, 1024, 1),
        InstanceType("gpu_1x_h100_sxm5", "1x H100 (80 GB SXM5)", "H100 (80 GB SXM5)", 329, 26, 225, 2816, 1),
        InstanceType("gpu_8x_h100_sxm5", "8x H100 (80 GB SXM5)", "H100 (80 GB SXM5)", 2392, 208, 1800, 22528, 8),
        InstanceType("gpu_1x_gh200", "1x GH200 (96 GB)", "GH200 (96 GB)", 149, 64, 432, 4096, 1, "arm64"),
        InstanceType("gpu_8x_b200_sxm6", "8x B200 (180 GB SXM6)", "B200 (180 GB SXM6)", 3992, 208, 2900, 22528, 8),
        InstanceType("gpu_8x_v100", "8x Tesla V100 (16 GB)", "Tesla V100 (16 GB)", 440, 88, 448, 5800, 8),
        InstanceType("cpu_4x_generalx", "4x vCPU (general purpose)", "None", 12, 4, 16, 100, 0),
    ]


REGIONS = {
    "us-west-1": "California, USA",
    "us-west-2": "Arizona, USA",
    "us-west-3": "Utah, USA",
    "us-east-1": "Virginia, USA",
    "us-south-1": "Texas, USA",
    "us-midwest-1": "Illinois, USA",
    "europe-central-1": "Germany",
    "asia-northeast-1": "Tokyo, Japan",
    "me-west-1": "Israel",
}


def seeded_capacity() -> dict[tuple[str, str], int]:
    """How many more instances of each type each region can take (absent: none)."""
    return {
        ("gpu_1x_a10", "us-west-1"): 12,
        ("gpu_1x_a10", "us-east-1"): 6,
        ("gpu_1x_a10", "europe-central-1"): 4,
        ("gpu_1x_rtx6000", "us-south-1"): 3,
        ("gpu_1x_a6000", "us-west-1"): 5,
        ("gpu_1x_a6000", "asia-northeast-1"): 2,
        ("gpu_1x_a100_sxm4", "us-east-1"): 4,
        ("gpu_1x_a100_sxm4", "us-west-2"): 2,
        ("gpu_8x_a100_80gb_sxm4", "us-midwest-1"): 1,
        ("gpu_1x_h100_pcie", "us-west-3"): 6,
        ("gpu_1x_h100_pcie", "us-east-1"): 3,
        ("gpu_1x_h100_sxm5", "us-south-1"): 4,
        ("gpu_1x_h100_sxm5", "me-west-1"): 2,
        ("gpu_8x_h100_sxm5", "us-south-1"): 2,
        ("gpu_8x_h100_sxm5", "us-west-3"): 1,
        ("gpu_1x_gh200", "us-east-1"): 8,
        ("gpu_8x_b200_sxm6", "us-south-1"): 1,
        ("cpu_4x_generalx", "us-west-1"): 20,
    }


#: (family, name, version, architecture) of the machine images offered in every region.
IMAGES = (
    ("lambda-stack-24-04", "lambda-stack-24.04", "24.04.2", "x86_64"),
    ("lambda-stack-24-04", "lambda-stack-24.04-arm", "24.04.2", "arm64"),
    ("lambda-stack-22-04", "lambda-stack-22.04", "22.04.5", "x86_64"),
    ("ubuntu-lts", "ubuntu-24.04.01", "24.04.1", "x86_64"),
)
DEFAULT_IMAGE_FAMILY = "lambda-stack-24-04"
