"""RunPod GraphQL (``https://api.runpod.io/graphql``; deprecated) over the shared RunPod account.

Every field the SDL declares is answered from the account (no synthesized values): a
template saved here is the one REST v2 lists, an endpoint saved here is a v2 endpoint, the
user's ``pubKey`` is v2's account SSH keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING, Any

from graphql import GraphQLError

from .._core import ApiError
from .._graphql import GraphQLMock, Resolver
from ._account import SPEND_LIMIT, USER_EMAIL, USER_ID, NetworkVolume, Template
from ._catalog import GpuStock

if TYPE_CHECKING:
    from ._account import RunPodPod
    from ._cloud import RunPodCloud

_STOCK_TEXT = {"HIGH": "High", "MEDIUM": "Medium", "LOW": "Low"}


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
                "podFindAndDeployOnDemand": self._deploy,
                "podRentInterruptable": self._rent,
                "podResume": self._resume,
                "podBidResume": self._bid_resume,
                "podStop": self._stop,
                "podTerminate": self._terminate,
                "deployCpuPod": self._deploy_cpu,
                "saveTemplate": self._save_template,
                "saveEndpoint": self._save_endpoint,
                "updateEndpointTemplate": self._update_endpoint_template,
                "saveRegistryAuth": self._save_registry,
                "updateRegistryAuth": self._update_registry,
                "deleteRegistryAuth": self._delete_registry,
                "updateUserSettings": self._update_user,
            },
            "GpuType": {"lowestPrice": self._lowest_price},
        }
        super().__init__(sdl, resolvers, clock=cloud.clock, faults=cloud.faults, api_keys=api_keys)

    # --- shapes ------------------------------------------------------------------------------

    def pod_json(self, pod: RunPodPod) -> dict[str, Any]:
        cloud = self.cloud
        running = cloud.status(pod) == "RUNNING"
        stock = cloud.catalog.get(pod.gpu_id or "")
        center = cloud.data_centers.get(pod.data_center)
        runtime = None
        if running:
            cloud.sshd_up(pod)
            runtime = {
                "uptimeInSeconds": int(cloud.now() - (pod.started_at or cloud.now())),
                "ports": [
                    {
                        "ip": cloud.public_host,
                        "isIpPublic": True,
                        "privatePort": int(p.split("/")[0]),
                        "publicPort": pod.ssh_port if p == "22/tcp" else int(p.split("/")[0]),
                        "type": p.split("/")[1],
                    }
                    for p in pod.ports
                ],
                "gpus": [
                    {"id": f"GPU-{pod.docker_id[:8]}-{i}", "gpuUtilPercent": 31.0 + i, "memoryUtilPercent": 22.0}
                    for i in range(pod.gpu_count)
                ],
                "container": {"cpuPercent": 12.0, "memoryPercent": 18.0},
            }
        desired = "EXITED" if pod.failed else pod.desired
        return {
            "id": pod.id,
            "name": pod.name,
            "desiredStatus": desired,
            "imageName": pod.image,
            "env": [f"{k}={v}" for k, v in pod.env.items()],
            "gpuCount": pod.gpu_count,
            "vcpuCount": float(pod.vcpus),
            "memoryInGb": float(pod.memory_gb),
            "containerDiskInGb": pod.disk,
            "volumeInGb": pod.volume_gb,
            "volumeMountPath": pod.volume_path,
            "costPerHr": pod.cost if desired == "RUNNING" else pod.stopped_cost,
            "uptimeSeconds": runtime["uptimeInSeconds"] if runtime else 0,
            "lastStatusChange": f"{'Rented' if desired == 'RUNNING' else 'Exited'} by User: "
            f"{cloud.iso(pod.run_started_at)}",
            "podType": "INTERRUPTABLE" if pod.interruptible else "RESERVED",
            "machineId": pod.machine_id,
            "dockerArgs": pod.args,
            "dockerId": pod.docker_id,
            "port": int(pod.ports[0].split("/")[0]) if pod.ports else None,
            "ports": ",".join(pod.ports),
            "machine": {
                "podHostId": pod.pod_host,
                "gpuDisplayName": stock.name if stock else None,
                "gpuTypeId": pod.gpu_id,
                "gpuAvailable": stock.available if stock else None,
                "location": center.location if center else None,
                "dataCenterId": pod.data_center,
            },
            "runtime": runtime,
        }

    def template_json(self, t: Template) -> dict[str, Any]:
        return {
            "id": t.id,
            "name": t.name,
            "imageName": t.image,
            "dockerArgs": t.args,
            "containerDiskInGb": t.disk,
            "volumeInGb": t.volume_gb,
            "volumeMountPath": t.volume_path,
            "ports": ",".join(t.ports),
            "env": [{"key": k, "value": v} for k, v in t.env.items()],
            "isServerless": t.serverless,
            "isPublic": t.public,
            "readme": t.readme,
            "startSsh": t.start_ssh,
            "containerRegistryAuthId": t.registry_id,
            "category": t.category,
        }

    @staticmethod
    def volume_json(v: NetworkVolume) -> dict[str, Any]:
        return {"id": v.id, "name": v.name, "size": v.size, "dataCenterId": v.data_center}

    def endpoint_json(self, record: dict[str, Any]) -> dict[str, Any]:
        gpu = record.get("gpu") or {}
        scaling = record["scaling"]
        volumes = record.get("networkVolumes") or []
        template = self.cloud.templates.get(record.get("templateId") or "") or self.cloud.official.get(
            record.get("templateId") or ""
        )
        volume = self.cloud.volumes.get(volumes[0]) if volumes else None
        return {
            "id": record["id"],
            "name": record["name"],
            "templateId": record.get("templateId"),
            "template": self.template_json(template) if template else None,
            "gpuIds": ",".join(gpu.get("pools") or []) or None,
            "gpuCount": gpu.get("count"),
            "networkVolumeId": volumes[0] if volumes else None,
            "networkVolume": self.volume_json(volume) if volume else None,
            "locations": ",".join(record.get("dataCenterIds") or []),
            "idleTimeout": record["workers"]["idleTimeout"],
            "scalerType": scaling["type"],
            "scalerValue": int(scaling.get("queueDelay") or scaling.get("requestCount") or 1),
            "workersMin": record["workers"]["min"],
            "workersMax": record["workers"]["max"],
            "workersStandby": min(record["workers"]["max"], record["workers"]["min"] + 1),
            "allowedCudaVersions": ",".join(gpu.get("allowedCudaVersions") or []),
            "flashBootType": record.get("flashboot", "OFF"),
            "executionTimeoutMs": record.get("timeout"),
            "type": "QB" if record["type"] == "QUEUE" else "LB",
            "aiKey": None,
            "userId": USER_ID,
            "version": record.get("_version", 1),
            "createdAt": record["createdAt"],
            "env": [{"key": k, "value": v} for k, v in (record.get("env") or {}).items()],
        }

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
            code = "NOT_FOUND" if exc.status == 404 else "BAD_USER_INPUT"
            raise GraphQLError(exc.message, extensions={"code": code}) from None

    # --- queries --------------------------------------------------------------------------------

    def _myself(self, _root: Any, _info: Any) -> dict[str, Any]:
        cloud = self.cloud
        return {
            "id": USER_ID,
            "email": USER_EMAIL,
            "pubKey": cloud.pub_key,
            "clientBalance": cloud.balance(),
            "currentSpendPerHr": cloud.spend_per_hour(),
            "spendLimit": SPEND_LIMIT,
            "pods": [self.pod_json(p) for p in list(cloud.pods.values())],
            "endpoints": [self.endpoint_json(e) for e in list(cloud.endpoints.values())],
            "networkVolumes": [self.volume_json(v) for v in list(cloud.volumes.values())],
            "podTemplates": [self.template_json(t) for t in list(cloud.templates.values())],
            "containerRegistryCreds": [{"id": r.id, "name": r.name} for r in list(cloud.registries.values())],
        }

    def _pod(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        return self.pod_json(self._find(input["podId"]))

    def _gpu_types(self, _root: Any, _info: Any, input: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        wanted = set((input or {}).get("ids") or []) | ({input["id"]} if input and input.get("id") else set())
        out = []
        for g in self.cloud.catalog.values():
            if wanted and g.id not in wanted:
                continue
            week, month, three, six, year = g.commitment
            centers = [self.cloud.data_centers[d] for d in g.data_centers]
            out.append(
                {
                    "id": g.id,
                    "displayName": g.name,
                    "memoryInGb": g.memory,
                    "manufacturer": g.manufacturer,
                    "cudaCores": g.cuda_cores,
                    "secureCloud": True,
                    "communityCloud": True,
                    "securePrice": g.secure_price,
                    "communityPrice": g.community_price,
                    "clusterPrice": g.cluster_price,
                    "secureSpotPrice": g.secure_spot,
                    "communitySpotPrice": g.community_spot,
                    "oneWeekPrice": week,
                    "oneMonthPrice": month,
                    "threeMonthPrice": three,
                    "sixMonthPrice": six,
                    "oneYearPrice": year,
                    "maxGpuCount": g.max_count,
                    "maxGpuCountSecureCloud": g.max_count,
                    "maxGpuCountCommunityCloud": g.max_count,
                    "minPodGpuCount": 1,
                    "nodeGroupGpuSizes": [g.max_count],
                    "nodeGroupDatacenters": [
                        {
                            "id": d.id,
                            "name": d.name,
                            "location": d.location,
                            "listed": True,
                            "storageSupport": bool(d.volume_types),
                        }
                        for d in centers
                    ],
                    "_stock": g,
                }
            )
        return out

    def _lowest_price(self, gpu: dict[str, Any], _info: Any, input: dict[str, Any] | None = None) -> dict[str, Any]:
        g: GpuStock = gpu["_stock"]
        count = (input or {}).get("gpuCount") or 1
        secure = (input or {}).get("secureCloud", True) is not False
        cloud = "SECURE" if secure else "COMMUNITY"
        fits = g.available >= count and count <= g.max_count
        center = self.cloud.data_centers[g.data_centers[0]]
        return {
            "gpuName": g.name,
            "gpuTypeId": g.id,
            "minimumBidPrice": g.price(cloud, spot=True) if fits else None,
            "uninterruptablePrice": g.price(cloud) if fits else None,
            "stockStatus": _STOCK_TEXT.get(g.availability()),
            "maxUnreservedGpuCount": g.available,
            "availableGpuCounts": list(range(1, min(g.available, g.max_count) + 1)),
            "totalCount": g.available + self._rented(g),
            "rentedCount": self._rented(g),
            "rentalPercentage": round(100 * self._rented(g) / max(g.available + self._rented(g), 1), 1),
            "minMemory": 62 * count,
            "minVcpu": 8 * count,
            "countryCode": center.country,
            "supportPublicIp": True,
            "compliance": list(center.compliance),
            "minDownload": 1000,
            "minUpload": 1000,
            "minDisk": 100,
        }

    def _rented(self, g: GpuStock) -> int:
        return sum(p.gpu_count for p in self.cloud.pods.values() if p.gpu_id == g.id and p.desired == "RUNNING")

    # --- pods --------------------------------------------------------------------------------------

    def _create(self, input: dict[str, Any], interruptible: bool) -> dict[str, Any]:
        env = {e["key"]: e["value"] for e in input.get("env") or [] if e}
        cloud_type = input.get("cloudType") or "ALL"
        ports = input.get("ports")
        pod = self._run(
            lambda: self.cloud.new_pod(
                name=input.get("name") or "pod",
                image=input.get("imageName") or "",
                gpu_id=input.get("gpuTypeId"),
                gpu_count=input.get("gpuCount") or 1,
                cloud="COMMUNITY" if cloud_type == "COMMUNITY" else "SECURE",
                env=env,
                ports=[p.strip() for p in (ports if ports is not None else "22/tcp").split(",") if p.strip()],
                disk=input.get("containerDiskInGb") or 20,
                volume_gb=input.get("volumeInGb") or 0,
                volume_path=input.get("volumeMountPath") or "/workspace",
                args=input.get("dockerArgs") or "",
                template_id=input.get("templateId") or None,
                interruptible=interruptible,
                bid_per_gpu=input.get("bidPerGpu"),
                data_centers=[input["dataCenterId"]] if input.get("dataCenterId") else None,
                registry_id=input.get("containerRegistryAuthId") or None,
                network_volume_id=input.get("networkVolumeId") or None,
                cuda_versions=input.get("allowedCudaVersions") or None,
            )
        )
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
        flavor, vcpus = self._run(lambda: self.cloud.cpu_instance(input.get("instanceId")))
        ports = input.get("ports")
        pod = self._run(
            lambda: self.cloud.new_pod(
                name=input.get("name") or "cpu-pod",
                image=input.get("imageName") or "",
                gpu_id=None,
                gpu_count=0,
                cloud="SECURE",
                env={e["key"]: e["value"] for e in input.get("env") or [] if e},
                ports=[p for p in (ports if ports is not None else "22/tcp").split(",") if p],
                disk=input.get("containerDiskInGb") or 10,
                volume_gb=input.get("volumeInGb") or 0,
                volume_path=input.get("volumeMountPath") or "/workspace",
                args=input.get("dockerArgs") or "",
                template_id=input.get("templateId") or None,
                cpu_id=flavor,
                vcpus=vcpus,
                data_centers=[input["dataCenterId"]] if input.get("dataCenterId") else None,
                network_volume_id=input.get("networkVolumeId") or None,
            )
        )
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
        floor = stock.price(pod.cloud, spot=True) if stock else 0.0
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

    # --- templates, endpoints, registries, settings ------------------------------------------------

    def _save_template(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        registry = input.get("containerRegistryAuthId") or None
        fields = {
            "name": input["name"],
            "image": input["imageName"],
            "args": input.get("dockerArgs") or "",
            "env": {e["key"]: e["value"] for e in input.get("env") or [] if e},
            "ports": [p.strip() for p in (input.get("ports") or "").split(",") if p.strip()],
            "disk": input.get("containerDiskInGb") or 10,
            "volume_gb": input.get("volumeInGb") or 0,
            "volume_path": input.get("volumeMountPath") or "/workspace",
            "registry_id": registry,
            "serverless": bool(input.get("isServerless")),
            "public": bool(input.get("isPublic")),
            "readme": input.get("readme") or "",
            "start_ssh": input.get("startSsh") is not False,
            "start_jupyter": bool(input.get("startJupyter")),
            "category": input.get("category") or "NVIDIA",
        }
        if input.get("id"):
            template = self._run(lambda: self.cloud.own_template(input["id"]))
            if registry:
                self._run(lambda: self.cloud.registry(registry))
            for key, value in fields.items():
                setattr(template, key, value)
        else:
            template = self._run(lambda: self.cloud.add_template(Template(id=self.cloud.new_id(), **fields)))
        return self.template_json(template)

    def _save_endpoint(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        cloud = self.cloud
        if input.get("id"):
            record = self._run(lambda: cloud.endpoint(input["id"]))
            before = dict(record)
        else:
            if not input.get("name") or not input.get("templateId"):
                raise GraphQLError("name and templateId are required", extensions={"code": "BAD_USER_INPUT"})
            record = cloud.v2.new_endpoint_record(
                cloud.new_id(), input["name"], "QUEUE", {"type": "QUEUE_DELAY", "queueDelay": 4.0}
            )
            record.update(
                {
                    "workers": {"min": 0, "max": 3, "idleTimeout": 5},
                    "dataCenterIds": [],
                    "networkVolumes": [],
                    "timeout": 600000,
                    "flashboot": "OFF",
                    "gpu": {"pools": ["AMPERE_16"], "count": 1, "allowedCudaVersions": [], "minCudaVersion": None},
                }
            )
            before = None
        self._run(lambda: self._apply_endpoint(record, input))
        if before is None:
            self._run(lambda: cloud.add_endpoint(record))
        else:
            cloud.changed_endpoint(record, before)
        return self.endpoint_json(record)

    def _apply_endpoint(self, record: dict[str, Any], input: dict[str, Any]) -> None:
        cloud = self.cloud
        if input.get("templateId"):
            template = cloud.template(input["templateId"])
            if not template.serverless:
                raise ApiError(400, f"template {template.id} is not a serverless template")
            record["templateId"], record["image"] = template.id, template.image
        gpu = dict(record.get("gpu") or {})
        if input.get("gpuIds"):
            pools = [p.strip() for p in input["gpuIds"].split(",") if p.strip()]
            unknown = [p for p in pools if not any(g.pool == p or g.id == p for g in cloud.catalog.values())]
            gpu["pools"] = pools
            if unknown and len(unknown) == len(pools):
                raise ApiError(400, f"no GPU type is in the pools {input['gpuIds']}")
        if input.get("gpuCount") is not None:
            gpu["count"] = input["gpuCount"]
        if input.get("allowedCudaVersions") is not None:
            gpu["allowedCudaVersions"] = [v.strip() for v in input["allowedCudaVersions"].split(",") if v.strip()]
        record["gpu"] = gpu
        workers = dict(record["workers"])
        for key, target in (("workersMin", "min"), ("workersMax", "max"), ("idleTimeout", "idleTimeout")):
            if input.get(key) is not None:
                workers[target] = input[key]
        if workers["min"] > workers["max"]:
            raise ApiError(400, "workersMin is more than workersMax")
        record["workers"] = workers
        if input.get("scalerType") or input.get("scalerValue") is not None:
            kind = input.get("scalerType") or record["scaling"]["type"]
            if kind not in ("QUEUE_DELAY", "REQUEST_COUNT"):
                raise ApiError(400, f"scalerType must be QUEUE_DELAY or REQUEST_COUNT, not {kind!r}")
            value = input.get("scalerValue") or 4
            record["scaling"] = (
                {"type": kind, "queueDelay": float(value)}
                if kind == "QUEUE_DELAY"
                else {"type": kind, "requestCount": int(value)}
            )
        if input.get("networkVolumeId") is not None:
            record["networkVolumes"] = [cloud.volume(input["networkVolumeId"]).id] if input["networkVolumeId"] else []
        if input.get("locations") is not None:
            centers = [c.strip() for c in input["locations"].split(",") if c.strip()]
            unknown = [c for c in centers if c not in cloud.data_centers]
            if unknown:
                raise ApiError(400, f"unknown data center {unknown[0]!r}")
            record["dataCenterIds"] = centers
        if input.get("flashBootType"):
            record["flashboot"] = input["flashBootType"]
        if input.get("executionTimeoutMs") is not None:
            record["timeout"] = input["executionTimeoutMs"]
        if input.get("name"):
            record["name"] = input["name"]

    def _update_endpoint_template(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        record = self._run(lambda: self.cloud.endpoint(input["endpointId"]))
        before = dict(record)
        self._run(lambda: self._apply_endpoint(record, {"templateId": input["templateId"]}))
        self.cloud.changed_endpoint(record, before)
        return self.endpoint_json(record)

    def _save_registry(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        auth = self._run(lambda: self.cloud.add_registry(input["name"], input["username"], input["password"]))
        return {"id": auth.id, "name": auth.name}

    def _update_registry(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        auth = self._run(lambda: self.cloud.registry(input["id"]))
        auth.username, auth.password = input["username"], input["password"]
        return {"id": auth.id, "name": auth.name}

    def _delete_registry(self, _root: Any, _info: Any, registryAuthId: str) -> None:
        self._run(lambda: self.cloud.delete_registry(registryAuthId))
        return None

    def _update_user(self, _root: Any, _info: Any, input: dict[str, Any]) -> dict[str, Any]:
        if input.get("pubKey") is not None:
            keys = [line.strip() for line in input["pubKey"].splitlines() if line.strip()]
            bad = [k for k in keys if not k.startswith(("ssh-", "ecdsa-", "sk-"))]
            if bad:
                raise GraphQLError(f"not an OpenSSH public key: {bad[0][:40]!r}", extensions={"code": "BAD_USER_INPUT"})
            self.cloud.ssh_keys = keys
        return self._myself(None, None)


__all__ = ["RunPodGraphQLMock"]
