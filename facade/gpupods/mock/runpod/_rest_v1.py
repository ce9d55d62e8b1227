"""RunPod REST v1 (``https://rest.runpod.io/v1``; deprecated) over the shared RunPod account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core import ApiError, Call, Reply, SpecMock, handles

if TYPE_CHECKING:
    from ._cloud import RunPodCloud, RunPodPod


class RunPodV1Mock(SpecMock):
    api = "runpod_v1"
    base_path = "/v1"

    def __init__(self, cloud: RunPodCloud, **kwargs: Any) -> None:
        self.cloud = cloud
        super().__init__(**kwargs)

    def validation_status(self, op: Any) -> int:
        return 400

    def pod_json(self, pod: RunPodPod) -> dict[str, Any]:
        cloud = self.cloud
        running = cloud.status(pod) == "RUNNING"
        stock = cloud.catalog.get(pod.gpu_id or "")
        body: dict[str, Any] = {
            "id": pod.id, "name": pod.name, "desiredStatus": pod.desired, "image": pod.image,
            "env": pod.env, "ports": pod.ports, "costPerHr": pod.cost, "adjustedCostPerHr": pod.cost,
            "containerDiskInGb": pod.disk, "volumeInGb": pod.volume_gb, "volumeMountPath": pod.volume_path,
            "interruptible": pod.interruptible, "locked": pod.locked, "machineId": pod.pod_host.split("-")[-1],
            "memoryInGb": pod.memory_gb, "vcpuCount": pod.vcpus, "lastStartedAt": cloud.iso(pod.run_started_at),
            "lastStatusChange": f"Rented by User: {cloud.iso(pod.run_started_at)}",
            "publicIp": cloud.public_host if running else None,
            "portMappings": {"22": pod.ssh_port} if running and "22/tcp" in pod.ports else {},
            "templateId": pod.template_id,
        }  # fmt: skip
        if running:
            cloud.sshd_up(pod)
        if stock is not None:
            body["gpu"] = {"id": stock.id, "count": pod.gpu_count, "displayName": stock.name}
        return {k: v for k, v in body.items() if v is not None}

    @handles("list_pods")
    def list_pods(self, call: Call) -> Reply:
        pods = list(self.cloud.pods.values())
        if "name" in call.query:
            pods = [p for p in pods if p.name == call.query["name"]]
        return Reply(200, [self.pod_json(p) for p in pods])

    @handles("get_pod")
    def get_pod(self, call: Call) -> Reply:
        return Reply(200, self.pod_json(self.cloud.find(call.path["podId"])))

    @handles("create_pod")
    def create_pod(self, call: Call) -> Reply:
        body = call.body or {}
        candidates = body.get("gpuTypeIds") or ["NVIDIA GeForce RTX 4090"]
        last: ApiError | None = None
        for gpu_id in candidates:  # v1 tries its list in order: the fallback v2 dropped
            try:
                pod = self.cloud.new_pod(
                    name=body.get("name", "my pod"), image=body.get("imageName", "runpod/base"), gpu_id=gpu_id,
                    gpu_count=body.get("gpuCount", 1), cloud=body.get("cloudType", "SECURE"),
                    env=body.get("env") or {}, ports=body.get("ports") or ["8888/http", "22/tcp"],
                    disk=body.get("containerDiskInGb") or 50, volume_gb=body.get("volumeInGb") or 20,
                    volume_path=body.get("volumeMountPath", "/workspace"), args="", template_id=body.get("templateId"),
                    interruptible=bool(body.get("interruptible")),
                    bid_per_gpu=self.cloud.catalog[gpu_id].secure_spot if body.get("interruptible") and gpu_id in
                    self.cloud.catalog else None,
                )  # fmt: skip
                return Reply(201, self.pod_json(pod))
            except ApiError as error:
                last = error
        assert last is not None
        raise ApiError(400, last.message)

    @handles("update_pod", "update_pod_via_post")
    def update_pod(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["podId"])
        body = call.body or {}
        for key, attr in (("name", "name"), ("imageName", "image"), ("env", "env"), ("ports", "ports"),
                          ("containerDiskInGb", "disk"), ("locked", "locked")):  # fmt: skip
            if key in body and body[key] is not None:
                setattr(pod, attr, body[key])
        return Reply(200, self.pod_json(pod))

    @handles("delete_pod")
    def delete_pod(self, call: Call) -> Reply:
        self.cloud.terminate(self.cloud.find(call.path["podId"]))
        return Reply(204)

    @handles("start_pod", "stop_pod", "reset_pod", "restart_pod")
    def action(self, call: Call) -> Reply:
        pod = self.cloud.find(call.path["podId"])
        verb = call.op.name.split("_")[0]
        if verb == "start":
            self.cloud.start(pod)
        elif verb == "stop":
            self.cloud.stop(pod)
        else:
            self.cloud.restart(pod)
        return Reply(200, self.pod_json(pod))
