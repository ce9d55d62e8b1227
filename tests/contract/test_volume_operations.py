"""The volume operations of each API, through its generated client, against the stateful mock
clouds, sync and async: a volume is bound to its place (a pod elsewhere cannot mount it),
is attached while a pod mounts it (deletion refused) and free once the pod is gone, only grows,
and is billed per GB-month on the mock's clock (RunPod's billing endpoint agrees with
``gpupods.pricing``); Lambda's filesystems have no size and report the bytes they hold."""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from gpupods.mock import MockClouds, VirtualClock
from gpupods.pricing import storage_cost

BASE_URL = {
    "runpod_v2": "https://api.runpod.io",
    "primeintellect": "https://api.primeintellect.ai",
    "novita": "https://api.novita.ai/gpu-instance/openapi/v1",
    "lambda_cloud": "https://cloud.lambda.ai",
}
Call = Callable[..., Awaitable[Any]]


def client(api: str, clouds: MockClouds) -> Any:
    module = importlib.import_module(f"gpupods_clients.{api}")
    return module.AuthenticatedClient(
        base_url=BASE_URL[api], token="contract", httpx_args={"transport": clouds.transport()}
    )


def caller(api: str, clouds: MockClouds, mode: str) -> Call:
    """``await call("group.operation", **kwargs)``: the operation's detailed response, through
    the generated client's sync or async function."""
    generated = client(api, clouds)

    async def call(operation: str, **kwargs: Any) -> Any:
        module = importlib.import_module(f"gpupods_clients.{api}.api.{operation}")
        if mode == "sync":
            return module.sync_detailed(client=generated, **kwargs)
        return await module.asyncio_detailed(client=generated, **kwargs)

    return call


def model(api: str, name: str, data: dict[str, Any]) -> Any:
    return getattr(importlib.import_module(f"gpupods_clients.{api}.models"), name).from_dict(data)


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False) as mocks:
        yield mocks


async def runpod_v2(call: Call, clouds: MockClouds) -> None:
    api = "runpod_v2"
    gpus = (await call("catalog.list_catalog_gpus", include=["AVAILABILITY"], product=["POD"])).parsed.gpus
    gpu = next(g for g in gpus if any(str(d.availability) != "NONE" for d in g.data_centers))
    here = next(d.id for d in gpu.data_centers if str(d.availability) != "NONE")
    created = await call(
        "network_volume.create_network_volume",
        body=model(api, "CreateNetworkVolumeRequest", {"name": "c", "size": 10, "dataCenter": here}),
    )
    assert created.status_code == 201
    volume = created.parsed
    assert (volume.name, volume.size, volume.data_center, str(volume.type_)) == ("c", 10, here, "STANDARD")
    since = clouds.clock.now()
    listed = (await call("network_volume.list_network_volumes")).parsed.network_volumes
    assert [v.id for v in listed] == [volume.id]
    grown = await call(
        "network_volume.update_network_volume",
        id=volume.id,
        body=model(api, "UpdateNetworkVolumeRequest", {"size": 20}),
    )
    assert (grown.status_code, grown.parsed.size) == (200, 20)
    shrunk = await call(
        "network_volume.update_network_volume",
        id=volume.id,
        body=model(api, "UpdateNetworkVolumeRequest", {"size": 15}),
    )
    assert shrunk.status_code == 400
    mount = {"network": [{"volumeId": volume.id, "path": "/data"}]}
    pod_body = {"name": "c", "image": "img", "gpu": {"id": gpu.id, "count": 1}, "mounts": mount}
    pod = (
        await call("pod.create_pod", body=model(api, "CreatePodRequest", {**pod_body, "dataCenterIds": [here]}))
    ).parsed
    assert pod.data_center_id == here
    assert [(m.volume_id, m.path) for m in pod.mounts.network] == [(volume.id, "/data")]
    refused = await call("network_volume.delete_network_volume", id=volume.id)
    assert refused.status_code == 400  # mounted
    clouds.clock.advance(730 * 3600)  # a month passes
    bill = await call(
        "billing.list_billing_network_volumes",
        network_volume_id=volume.id,
        start_time=since - timedelta(days=1),
        end_time=clouds.clock.now(),
    )
    assert bill.parsed.metadata.totals.total_amount == pytest.approx(storage_cost(20, 0.07), rel=1e-3)
    assert (await call("pod.delete_pod", id=pod.id)).status_code == 204
    assert (await call("network_volume.delete_network_volume", id=volume.id)).status_code == 204
    assert (await call("network_volume.get_network_volume", id=volume.id)).status_code == 404
    assert (await call("network_volume.delete_network_volume", id=volume.id)).status_code == 404


async def primeintellect(call: Call, clouds: MockClouds) -> None:
    api = "primeintellect"
    offers = (await call("availability.list_availability_gpus", gpu_count=1)).parsed.items
    places = (await call("availability.list_availability_disks")).parsed.items
    disk_places = {(str(p.provider), p.data_center) for p in places}
    offer = next(o for o in offers if (str(o.provider), o.data_center) in disk_places)
    other = next(o for o in offers if (str(o.provider), o.data_center) != (str(offer.provider), offer.data_center))
    body = {
        "disk": {"size": 50, "name": "c", "dataCenterId": offer.data_center},
        "provider": {"type": str(offer.provider)},
    }
    disk = (await call("disk.create_disk", body=model(api, "BodyCreateDiskApiV1DisksPost", body))).parsed
    assert (disk.name, disk.size, str(disk.provider_type)) == ("c", 50, str(offer.provider))
    assert disk.price_hr > 0 and disk.pods == []

    def pod_at(where: Any) -> Any:
        pod = {
            "cloudId": where.cloud_id,
            "gpuType": str(where.gpu_type),
            "socket": str(where.socket),
            "gpuCount": 1,
            "name": "c",
        }
        return model(
            api,
            "BodyCreatePodApiV1PodsPost",
            {"pod": pod, "provider": {"type": str(where.provider)}, "disks": [disk.id]},
        )

    assert (await call("pod.create_pod", body=pod_at(other))).status_code == 400  # the disk is not there
    created = await call("pod.create_pod", body=pod_at(offer))
    assert created.status_code == 200
    pod = created.parsed
    assert [str(r.id) for r in pod.attached_resources] == [disk.id]
    assert (await call("disk.get_disk", disk_id=disk.id)).parsed.pods == [pod.id]
    assert (await call("disk.delete_disk", disk_id=disk.id)).status_code == 400  # attached
    assert (await call("pod.delete_pod", pod_id=pod.id)).status_code == 200
    assert (await call("disk.delete_disk", disk_id=disk.id)).status_code == 200
    clouds.clock.advance(3600)
    assert (await call("disk.get_disk", disk_id=disk.id)).status_code == 404


async def novita(call: Call, clouds: MockClouds) -> None:
    api = "novita"
    clusters = [c.id for c in (await call("cluster.list_clusters")).parsed.data if c.support_network_storage]
    products = (await call("product.list_products", gpu_num=1)).parsed.data
    product = next(p for p in products if p.available_deploy and set(p.regions) & set(clusters))
    here = next(c for c in product.regions if c in clusters)
    elsewhere = next(c for c in clusters if c != here)
    made = await call(
        "network_storage.create_network_storage",
        body=model(api, "CreateNetworkStorageRequest", {"clusterId": here, "storageName": "c", "storageSize": 50}),
    )
    storage_id = made.parsed
    assert made.status_code == 200 and isinstance(storage_id, str)
    listed = (await call("network_storage.list_network_storages", page_no=1, page_size=10)).parsed.data
    assert [(s.storage_id, s.storage_name, s.storage_size, s.cluster_id) for s in listed] == [
        (storage_id, "c", 50, here)
    ]
    update = {"storageId": storage_id, "storageName": "c", "storageSize": 100}
    assert (
        await call("network_storage.update_network_storage", body=model(api, "UpdateNetworkStorageRequest", update))
    ).status_code == 200
    update["storageSize"] = 60
    assert (
        await call("network_storage.update_network_storage", body=model(api, "UpdateNetworkStorageRequest", update))
    ).status_code == 400

    def instance_in(cluster: str) -> Any:
        return model(
            api,
            "CreateInstanceRequest",
            {
                "name": "c",
                "productId": product.id,
                "gpuNum": 1,
                "rootfsSize": 20,
                "imageUrl": "img",
                "kind": "gpu",
                "clusterId": cluster,
                "networkStorages": [{"Id": storage_id, "mountPoint": "/data"}],
            },
        )

    assert (await call("gpu.create_gpu_instance", body=instance_in(elsewhere))).status_code == 400
    instance_id = (await call("gpu.create_gpu_instance", body=instance_in(here))).parsed.id
    mounts = (await call("gpu.get_gpu_instance", instance_id=instance_id)).parsed.volume_mounts
    assert [(m.id, m.mount_path) for m in mounts if str(m.type_) == "network"] == [(storage_id, "/data")]
    delete = model(api, "DeleteNetworkStorageRequest", {"storageId": storage_id})
    assert (await call("network_storage.delete_network_storage", body=delete)).status_code == 400  # mounted
    stop = model(api, "InstanceIdRequest", {"instanceId": instance_id})
    assert (await call("gpu.delete_gpu_instance", body=stop)).status_code == 200
    clouds.clock.advance(3600)
    assert (await call("network_storage.delete_network_storage", body=delete)).status_code == 200
    assert (await call("network_storage.list_network_storages", page_no=1, page_size=10)).parsed.data == []


async def lambda_cloud(call: Call, clouds: MockClouds) -> None:
    """Filesystems: no size (``bytes_used`` grows with what instances write), no resize."""
    api, cloud = "lambda_cloud", clouds.cloud("lambda")
    types = (await call("instance_type.list_instance_types")).parsed.data.additional_properties
    kind, item = next(
        (n, t) for n, t in types.items() if t.instance_type.specs.gpus and t.regions_with_capacity_available
    )
    here = str(item.regions_with_capacity_available[0].name)
    elsewhere = next(str(r.name) for r in (await call("region.list_regions")).parsed.data if str(r.name) != here)
    body = model(api, "CreateFilesystemFilesystemCreateRequest", {"name": "c", "region": here})
    made = (await call("filesystem.create_filesystem", body=body)).parsed.data
    assert (made.name, str(made.region.name), made.is_in_use, made.bytes_used) == ("c", here, False, 0)
    assert (await call("filesystem.create_filesystem", body=body)).status_code == 400  # the name is taken

    async def launch(region: str, mount_point: str) -> Any:
        clouds.clock.advance(13)  # one launch every 12 s
        request = {
            "region_name": region,
            "instance_type_name": kind,
            "ssh_key_names": ["mock-key"],
            "file_system_mounts": [{"mount_point": mount_point, "file_system_id": made.id}],
        }
        return await call("instance.launch_instance", body=model(api, "LaunchInstanceInstanceLaunchRequest", request))

    assert (await launch(elsewhere, "/data")).status_code == 400  # file-system-in-wrong-region
    assert (await launch(here, "/mnt/data")).status_code == 400  # not under /home, /lambda/nfs or /data
    instance_id = (await launch(here, "/data/sets")).parsed.data.instance_ids[0]
    instance = (await call("instance.get_instance", id=instance_id)).parsed.data
    assert [(m.file_system_id, m.mount_point) for m in instance.file_system_mounts] == [(made.id, "/data/sets")]
    cloud.store("c", 123.5)
    (listed,) = (await call("filesystem.list_filesystems")).parsed.data
    assert (listed.is_in_use, listed.bytes_used) == (True, 123_500_000_000)
    assert (await call("filesystem.delete_filesystem", id=made.id)).status_code == 400  # mounted
    stop = model(api, "TerminateInstancesInstanceTerminateRequest", {"instance_ids": [instance_id]})
    assert (await call("instance.terminate_instances", body=stop)).status_code == 200
    assert (await call("filesystem.delete_filesystem", id=made.id)).parsed.data.deleted_ids == [made.id]
    assert (await call("filesystem.list_filesystems")).parsed.data == []


SCENARIOS = {"runpod_v2": runpod_v2, "primeintellect": primeintellect, "novita": novita, "lambda_cloud": lambda_cloud}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", sorted(SCENARIOS))
async def test_volume_operations(api: str, mode: str, clouds: MockClouds) -> None:
    await SCENARIOS[api](caller(api, clouds, mode), clouds)
