"""The objects of one RunPod account, shared by REST v2, REST v1 and GraphQL.

Each API renders these in its own shape; none of them keeps state of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._billing import Meter

USER_ID = "user_2pV9mKq3rT7xW1yZ"
USER_EMAIL = "mock-user@gpupods.dev"
STARTING_BALANCE = 250.0  # USD of prepaid credit when the account opens
SPEND_LIMIT = 500.0


@dataclass
class RunPodPod:
    id: str
    name: str
    image: str
    gpu_id: str | None
    gpu_count: int
    cloud: str
    data_center: str
    env: dict[str, str]
    ports: list[str]
    disk: int
    volume_gb: int
    volume_path: str
    args: str
    template_id: str | None
    created_at: float
    run_started_at: float
    first_run: bool
    price_per_gpu: float
    interruptible: bool = False
    bid_per_gpu: float | None = None
    desired: str = "RUNNING"  # RUNNING, EXITED, TERMINATED
    failed: bool = False
    locked: bool = False
    ssh_port: int = 0
    vcpus: int = 8
    memory_gb: int = 62
    started_at: float | None = None
    pod_host: str = ""
    cpu_id: str | None = None
    registry_id: str | None = None
    network_volume_id: str | None = None
    network_volume_path: str = "/runpod-volume"
    entrypoint: list[str] = field(default_factory=list)
    cluster_id: str | None = None
    cluster_rank: int | None = None
    cluster_role: str | None = None
    docker_id: str = ""
    machine_id: str = ""
    cuda_version: str | None = None
    global_networking: bool = False
    terminated_at: float | None = None
    meter: Meter = field(default_factory=Meter)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cost(self) -> float:
        """USD per hour while running (GPU pods: per GPU times GPUs; CPU pods: the flavor's rate)."""
        return round(self.price_per_gpu * max(self.gpu_count, 1), 4)

    @property
    def stopped_cost(self) -> float:
        """USD per hour while stopped: the volume disk ($0.20 per GB and month)."""
        return round(self.volume_gb * 0.20 / 730, 6)


@dataclass
class Template:
    id: str
    name: str
    image: str
    args: str = ""
    entrypoint: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    ports: list[str] = field(default_factory=list)
    disk: int = 10
    volume_gb: int = 0
    volume_path: str = "/workspace"
    registry_id: str | None = None
    serverless: bool = False
    public: bool = False
    category: str = "NVIDIA"
    readme: str = ""
    start_ssh: bool = True
    start_jupyter: bool = False
    allowed_cuda: list[str] = field(default_factory=list)
    official: bool = False  # one of RunPod's own templates
    created_at: float = 0.0
    runtime_minutes: int = 0

    @classmethod
    def from_data(cls, row: dict[str, Any]) -> Template:
        return cls(
            id=row["id"],
            name=row["name"],
            image=row["image"],
            args=row["args"],
            env=dict(row["env"]),
            ports=list(row["ports"]),
            disk=row["disk"],
            volume_gb=row["volumeInGb"],
            volume_path=row["volumeMountPath"],
            serverless=row["serverless"],
            public=True,
            category=row["category"],
            readme=row["readme"],
            start_ssh=row["startSsh"],
            start_jupyter=row["startJupyter"],
            allowed_cuda=list(row["allowedCudaVersions"]),
            official=True,
        )


@dataclass
class NetworkVolume:
    id: str
    name: str
    size: int  # GB
    data_center: str
    type: str  # STANDARD or HIGH_PERFORMANCE
    created_at: float
    meter: Meter = field(default_factory=Meter)

    @property
    def rate(self) -> float:
        """USD per hour: $0.07 per GB and month (high performance: $0.14), 730 hours a month."""
        return round(self.size * (0.14 if self.type == "HIGH_PERFORMANCE" else 0.07) / 730, 6)


@dataclass
class RegistryAuth:
    id: str
    name: str
    username: str
    password: str  # never rendered
    created_at: float


@dataclass
class Delegation:
    """Pull access to a private ECR repository, delegated to RunPod's AWS user."""

    id: str
    name: str | None
    repository: str
    tag: str
    region: str
    account: str
    created_at: float

    @property
    def registry_uri(self) -> str:
        return f"{self.account}.dkr.ecr.{self.region}.amazonaws.com/{self.repository}:{self.tag}"


@dataclass
class Cluster:
    id: str
    name: str
    type: str  # APPLICATION, TRAINING, SLURM, RAY
    gpu_type_id: str
    gpu_count_per_pod: int
    pod_count: int
    image: str
    template_id: str | None
    data_center: str
    pod_ids: list[str]
    created_at: float
    vxlan_id: int
    deleted_at: float | None = None


@dataclass
class EndpointVersion:
    """One release of a serverless endpoint: what changed, when."""

    version: int
    created_at: float
    diff: list[dict[str, Any]]
    release_id: str
