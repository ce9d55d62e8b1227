"""RunPod GraphQL (``https://api.runpod.io/graphql``; deprecated) over the shared RunPod account."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any

from graphql import GraphQLError

from .._core import ApiError
from .._graphql import GraphQLMock, Resolver
from ._catalog import GpuStock

if TYPE_CHECKING:
    from ._cloud import RunPodCloud, RunPodPod


class RunPodGraphQLMock(GraphQLMock):
    """``POST /graphql`` over the shared account: the SDL's operations, introspection and
    RunPod's error habits (business errors in ``errors`` with HTTP 200; unknown input
    fields refused with HTTP 400; a missing or unknown key is HTTP 401)."""

    def __init__(self, cloud: RunPodCloud, api_keys: Iterable[str] | None = None) -> None:
        self.cloud = cloud
        sdl = resources.files("gpupods_clients.runpod_graphql").joinpath("schema.graphql").read_text("utf-8")
        resolvers: dict[str, dict[str, Resolver]] = {
            "Query": {"myself": self._myself, "pod": self._pod, "gpuTypes": self._gpu_types},
            "Mutation": {
                "podFindAndDeployOnDemand": self._deploy, "podRentInterruptable": self._rent,
                "podResume": self._resume, "podBidResume": self._bid_resume, "podStop": self._stop,
                "podTerminate": self._terminate, "deployCpuPod": self._deploy_cpu,
            },
            "GpuType": {"lowestPrice": self._lowest_price},
        }  # fmt: skip
        super().__init__(sdl, resolvers, clock=cloud.clock, faults=cloud.faults, api_keys=api_keys)

    # --- shapes ------------------------------------------------------------------------------

    def pod_json(self, pod: RunPodPod) -> dict[str, Any]:
        cloud = self.cloud
        running = cloud.status(pod) == "RUNNING"
        stock = cloud.catalog.get(pod.gpu_id or "")
        runtime = None
        if running:
            cloud.sshd_up(pod)
            runtime = {
                "uptimeInSeconds": int(cloud.clock.time() - (pod.started_at or cloud.clock.time())),
                "ports": [{"ip": cloud.public_host, "isIpPublic": True, "privatePort": int(p.split("/")[0]),
                           "publicPort": pod.ssh_port if p == "22/tcp" else int(p.split("/")[0]),
                           "type": p.split("/")[1]} for p in pod.ports],
                "gpus": [{"id": f"gpu{i}", "gpuUtilPercent": 0.0, "memoryUtilPercent": 0.0} for i in range(pod.gpu_count)],
                "container": {"cpuPercent": 1.0, "memoryPercent": 3.0},
            }  # fmt: skip
        return {
            "id": pod.id, "name": pod.name, "desiredStatus": "EXITED" if pod.failed else pod.desired,
            "imageName": pod.image, "env": [f"{k}={v}" for k, v in pod.env.items()], "gpuCount": pod.gpu_count,
            "vcpuCount": float(pod.vcpus), "memoryInGb": float(pod.memory_gb), "containerDiskInGb": pod.disk,
            "volumeInGb": pod.volume_gb, "volumeMountPath": pod.volume_path, "costPerHr": pod.cost,
            "uptimeSeconds": runtime["uptimeInSeconds"] if runtime else 0,
            "lastStatusChange": f"{pod.desired.title()} by User: {cloud.iso(pod.run_started_at)}",
            "podType": "INTERRUPTABLE" if pod.interruptible else "RESERVED", "machineId": pod.pod_host.split("-")[-1],
            "dockerArgs": pod.args, "ports": ",".join(pod.ports),
            "machine": {"podHostId": pod.pod_host, "gpuDisplayName": stock.name if stock else None},
            "runtime": runtime,
        }  # fmt: skip

    def _find(self, pod_id: str) -> RunPodPod:
        pod = self.cloud.pods.get(pod_id)
        if pod is None:
            raise GraphQLError("Pod not found", extensions={"code": "NOT_FOUND"})
        return pod

    @staticmethod
    def _run(action: Any) -> Any:
        try:
            return action()
        except ApiError as exc:
            raise GraphQLError(exc.message, extensions={"code": "BAD_USER_INPUT"}) from None

    # --- resolvers ------------------------------------------------------------------------------

    def _myself(self, _root: Any, _info: Any) -> dict[str, Any]:
        return {"id": "user_mock", "pods": [self.pod_json(p) for p in list(self.cloud.pods.values())]}

    def _pod(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        return self.pod_json(self._find(input["podId"]))

    def _gpu_types(self, _root: Any, _info: Any, input: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        wanted = (
            set(input.get("ids") or []) | ({input["id"]} if input and input.get("id") else set()) if input else set()
        )
        out = []
        for g in self.cloud.catalog.values():
            if wanted and g.id not in wanted:
                continue
            out.append({"id": g.id, "displayName": g.name, "memoryInGb": g.memory, "secureCloud": True,
                        "communityCloud": True, "securePrice": g.secure_price, "communityPrice": g.community_price,
                        "secureSpotPrice": g.secure_spot, "communitySpotPrice": g.community_spot,
                        "maxGpuCount": g.max_count, "manufacturer": g.manufacturer, "_stock": g})  # fmt: skip
        return out

    def _lowest_price(self, gpu: dict[str, Any], _info: Any, input: dict[str, Any] | None = None) -> dict[str, Any]:
        g: GpuStock = gpu["_stock"]
        count = (input or {}).get("gpuCount") or 1
        secure = (input or {}).get("secureCloud", True)
        stock = "High" if g.available >= 16 else "Medium" if g.available >= 4 else "Low" if g.available else None
        return {
            "gpuName": g.name, "gpuTypeId": g.id,
            "minimumBidPrice": (g.secure_spot if secure else g.community_spot) if g.available >= count else None,
            "uninterruptablePrice": (g.secure_price if secure else g.community_price) if g.available >= count else None,
            "stockStatus": stock, "maxUnreservedGpuCount": g.available, "availableGpuCounts": list(range(1, min(g.available, g.max_count) + 1)),
            "totalCount": g.available, "rentedCount": 0,
        }  # fmt: skip

    def _create(self, input: dict[str, Any], interruptible: bool) -> dict[str, Any]:
        env = {e["key"]: e["value"] for e in input.get("env") or [] if e}
        cloud_type = input.get("cloudType") or "ALL"
        pod = self._run(lambda: self.cloud.new_pod(
            name=input.get("name") or "pod", image=input.get("imageName") or "runpod/base",
            gpu_id=input.get("gpuTypeId"), gpu_count=input.get("gpuCount") or 1,
            cloud="COMMUNITY" if cloud_type == "COMMUNITY" else "SECURE", env=env,
            ports=[p.strip() for p in (input.get("ports") or "22/tcp").split(",") if p.strip()],
            disk=input.get("containerDiskInGb") or 20, volume_gb=input.get("volumeInGb") or 0,
            volume_path=input.get("volumeMountPath") or "/workspace", args=input.get("dockerArgs") or "",
            template_id=input.get("templateId"), interruptible=interruptible, bid_per_gpu=input.get("bidPerGpu"),
            data_centers=[input["dataCenterId"]] if input.get("dataCenterId") else None,
        ))  # fmt: skip
        return self.pod_json(pod)

    def _deploy(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        if not input.get("gpuTypeId"):
            raise GraphQLError("gpuTypeId is required", extensions={"code": "BAD_USER_INPUT"})
        return self._create(input, interruptible=False)

    def _rent(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        if not input.get("gpuTypeId"):
            raise GraphQLError("gpuTypeId is required", extensions={"code": "BAD_USER_INPUT"})
        return self._create(input, interruptible=True)

    def _deploy_cpu(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        data = dict(input)
        data.pop("gpuTypeId", None)
        pod = self._run(lambda: self.cloud.new_pod(
            name=data.get("name") or "cpu-pod", image=data.get("imageName") or "ubuntu", gpu_id=None, gpu_count=0,
            cloud="SECURE", env={e["key"]: e["value"] for e in data.get("env") or [] if e},
            ports=[p for p in (data.get("ports") or "22/tcp").split(",") if p], disk=data.get("containerDiskInGb") or 10,
            volume_gb=data.get("volumeInGb") or 0, volume_path=data.get("volumeMountPath") or "/workspace", args="",
            template_id=data.get("templateId"), cpu_id=(data.get("instanceId") or "cpu3c").split("-")[0],
        ))  # fmt: skip
        return self.pod_json(pod)

    def _resume(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        pod = self._find(input["podId"])
        if pod.interruptible:
            raise GraphQLError("This is a spot pod: resume it with podBidResume", extensions={"code": "BAD_USER_INPUT"})
        self._run(lambda: self.cloud.start(pod))
        return self.pod_json(pod)

    def _bid_resume(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        pod = self._find(input["podId"])
        stock = self.cloud.catalog.get(pod.gpu_id or "")
        floor = stock.secure_spot if stock else 0.0
        if input["bidPerGpu"] < floor:
            raise GraphQLError(
                f"Your bid is below the minimum of ${floor}/GPU/hour", extensions={"code": "BAD_USER_INPUT"}
            )
        self._run(lambda: self.cloud.start(pod, bid_per_gpu=input["bidPerGpu"]))
        return self.pod_json(pod)

    def _stop(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        pod = self._find(input["podId"])
        self.cloud.stop(pod)
        return self.pod_json(pod)

    def _terminate(self, _root: Any, _info: Any, input: dict[str, Any]) -> None:
        self.cloud.terminate(self._find(input["podId"]))
        return None
