from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud_type import CloudType
from ..models.compute_type import ComputeType
from ..models.cuda_version import CudaVersion
from ..models.data_center_id import DataCenterId
from ..models.gpu_type_id import GpuTypeId
from ..models.pod_cpu_flavor_id import PodCpuFlavorId
from ..models.priority import Priority
from ..types import UNSET, Unset

T = TypeVar("T", bound="PodCreateInput")

_FIELDS = frozenset(
    (
        "allowedCudaVersions",
        "cloudType",
        "computeType",
        "containerDiskInGb",
        "containerRegistryAuthId",
        "countryCodes",
        "cpuFlavorIds",
        "cpuFlavorPriority",
        "dataCenterIds",
        "dataCenterPriority",
        "dockerEntrypoint",
        "dockerStartCmd",
        "env",
        "globalNetworking",
        "gpuCount",
        "gpuTypeIds",
        "gpuTypePriority",
        "imageName",
        "interruptible",
        "locked",
        "minDiskBandwidthMBps",
        "minDownloadMbps",
        "minRAMPerGPU",
        "minUploadMbps",
        "minVCPUPerGPU",
        "name",
        "networkVolumeId",
        "ports",
        "supportPublicIp",
        "templateId",
        "vcpuCount",
        "volumeInGb",
        "volumeMountPath",
    )
)


@_attrs_define
class PodCreateInput:
    """Every field is optional; RunPod fills in the defaults."""

    allowed_cuda_versions: list[CudaVersion] | Unset = UNSET
    """ Only place the pod on hosts with one of these CUDA versions. """

    cloud_type: CloudType | Unset = "SECURE"

    compute_type: ComputeType | Unset = "GPU"

    container_disk_in_gb: int | None | Unset = 50

    container_registry_auth_id: str | Unset = UNSET

    country_codes: list[str] | Unset = UNSET
    """ Only place the pod in these countries. """

    cpu_flavor_ids: list[PodCpuFlavorId] | Unset = UNSET
    """ CPU flavors to try, for a CPU pod. """

    cpu_flavor_priority: Priority | Unset = "availability"
    """ `availability` lets RunPod pick from the list; `custom` keeps the given order. """

    data_center_ids: list[DataCenterId] | Unset = UNSET
    """ Data center ids; left out, every data center is allowed. """

    data_center_priority: Priority | Unset = "availability"
    """ `availability` lets RunPod pick from the list; `custom` keeps the given order. """

    docker_entrypoint: list[str] | Unset = UNSET

    docker_start_cmd: list[str] | Unset = UNSET

    env: EnvVars | Unset = UNSET
    """ Environment variables, name to value. """

    global_networking: bool | Unset = False

    gpu_count: int | Unset = 1

    gpu_type_ids: list[GpuTypeId] | Unset = UNSET
    """ GPU types to try, for a GPU pod. """

    gpu_type_priority: Priority | Unset = "availability"
    """ `availability` lets RunPod pick from the list; `custom` keeps the given order. """

    image_name: str | Unset = UNSET

    interruptible: bool | Unset = False
    """ Rent as a spot pod, which RunPod may stop. """

    locked: bool | Unset = False

    min_disk_bandwidth_m_bps: float | Unset = UNSET

    min_download_mbps: float | Unset = UNSET

    min_ram_per_gpu: int | Unset = 8

    min_upload_mbps: float | Unset = UNSET

    min_vcpu_per_gpu: int | Unset = 2

    name: str | Unset = "my pod"

    network_volume_id: str | Unset = UNSET

    ports: list[str] | Unset = UNSET
    """ Exposed ports, each written as `<port>/<http|tcp>`. """

    support_public_ip: bool | Unset = UNSET

    template_id: str | Unset = UNSET

    vcpu_count: int | Unset = 2

    volume_in_gb: int | None | Unset = 20

    volume_mount_path: str | Unset = "/workspace"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_cuda_versions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_cuda_versions, Unset):
            allowed_cuda_versions = []
            for allowed_cuda_versions_item_data in self.allowed_cuda_versions:
                allowed_cuda_versions_item: str = allowed_cuda_versions_item_data
                allowed_cuda_versions.append(allowed_cuda_versions_item)

        cloud_type: str | Unset = UNSET
        if not isinstance(self.cloud_type, Unset):
            cloud_type = self.cloud_type

        compute_type: str | Unset = UNSET
        if not isinstance(self.compute_type, Unset):
            compute_type = self.compute_type

        container_disk_in_gb: int | None | Unset
        if isinstance(self.container_disk_in_gb, Unset):
            container_disk_in_gb = UNSET
        else:
            container_disk_in_gb = self.container_disk_in_gb

        container_registry_auth_id = self.container_registry_auth_id

        country_codes: list[str] | Unset = UNSET
        if not isinstance(self.country_codes, Unset):
            country_codes = self.country_codes

        cpu_flavor_ids: list[str] | Unset = UNSET
        if not isinstance(self.cpu_flavor_ids, Unset):
            cpu_flavor_ids = []
            for cpu_flavor_ids_item_data in self.cpu_flavor_ids:
                cpu_flavor_ids_item: str = cpu_flavor_ids_item_data
                cpu_flavor_ids.append(cpu_flavor_ids_item)

        cpu_flavor_priority: str | Unset = UNSET
        if not isinstance(self.cpu_flavor_priority, Unset):
            cpu_flavor_priority = self.cpu_flavor_priority

        data_center_ids: list[str] | Unset = UNSET
        if not isinstance(self.data_center_ids, Unset):
            data_center_ids = []
            for componentsschemas_data_center_id_list_item_data in self.data_center_ids:
                componentsschemas_data_center_id_list_item: str = (
                    componentsschemas_data_center_id_list_item_data
                )
                data_center_ids.append(componentsschemas_data_center_id_list_item)

        data_center_priority: str | Unset = UNSET
        if not isinstance(self.data_center_priority, Unset):
            data_center_priority = self.data_center_priority

        docker_entrypoint: list[str] | Unset = UNSET
        if not isinstance(self.docker_entrypoint, Unset):
            docker_entrypoint = self.docker_entrypoint

        docker_start_cmd: list[str] | Unset = UNSET
        if not isinstance(self.docker_start_cmd, Unset):
            docker_start_cmd = self.docker_start_cmd

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        global_networking = self.global_networking

        gpu_count = self.gpu_count

        gpu_type_ids: list[str] | Unset = UNSET
        if not isinstance(self.gpu_type_ids, Unset):
            gpu_type_ids = []
            for gpu_type_ids_item_data in self.gpu_type_ids:
                gpu_type_ids_item: str = gpu_type_ids_item_data
                gpu_type_ids.append(gpu_type_ids_item)

        gpu_type_priority: str | Unset = UNSET
        if not isinstance(self.gpu_type_priority, Unset):
            gpu_type_priority = self.gpu_type_priority

        image_name = self.image_name

        interruptible = self.interruptible

        locked = self.locked

        min_disk_bandwidth_m_bps = self.min_disk_bandwidth_m_bps

        min_download_mbps = self.min_download_mbps

        min_ram_per_gpu = self.min_ram_per_gpu

        min_upload_mbps = self.min_upload_mbps

        min_vcpu_per_gpu = self.min_vcpu_per_gpu

        name = self.name

        network_volume_id = self.network_volume_id

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        support_public_ip = self.support_public_ip

        template_id = self.template_id

        vcpu_count = self.vcpu_count

        volume_in_gb: int | None | Unset
        if isinstance(self.volume_in_gb, Unset):
            volume_in_gb = UNSET
        else:
            volume_in_gb = self.volume_in_gb

        volume_mount_path = self.volume_mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_cuda_versions is not UNSET:
            field_dict["allowedCudaVersions"] = allowed_cuda_versions
        if cloud_type is not UNSET:
            field_dict["cloudType"] = cloud_type
        if compute_type is not UNSET:
            field_dict["computeType"] = compute_type
        if container_disk_in_gb is not UNSET:
            field_dict["containerDiskInGb"] = container_disk_in_gb
        if container_registry_auth_id is not UNSET:
            field_dict["containerRegistryAuthId"] = container_registry_auth_id
        if country_codes is not UNSET:
            field_dict["countryCodes"] = country_codes
        if cpu_flavor_ids is not UNSET:
            field_dict["cpuFlavorIds"] = cpu_flavor_ids
        if cpu_flavor_priority is not UNSET:
            field_dict["cpuFlavorPriority"] = cpu_flavor_priority
        if data_center_ids is not UNSET:
            field_dict["dataCenterIds"] = data_center_ids
        if data_center_priority is not UNSET:
            field_dict["dataCenterPriority"] = data_center_priority
        if docker_entrypoint is not UNSET:
            field_dict["dockerEntrypoint"] = docker_entrypoint
        if docker_start_cmd is not UNSET:
            field_dict["dockerStartCmd"] = docker_start_cmd
        if env is not UNSET:
            field_dict["env"] = env
        if global_networking is not UNSET:
            field_dict["globalNetworking"] = global_networking
        if gpu_count is not UNSET:
            field_dict["gpuCount"] = gpu_count
        if gpu_type_ids is not UNSET:
            field_dict["gpuTypeIds"] = gpu_type_ids
        if gpu_type_priority is not UNSET:
            field_dict["gpuTypePriority"] = gpu_type_priority
        if image_name is not UNSET:
            field_dict["imageName"] = image_name
        if interruptible is not UNSET:
            field_dict["interruptible"] = interruptible
        if locked is not UNSET:
            field_dict["locked"] = locked
        if min_disk_bandwidth_m_bps is not UNSET:
            field_dict["minDiskBandwidthMBps"] = min_disk_bandwidth_m_bps
        if min_download_mbps is not UNSET:
            field_dict["minDownloadMbps"] = min_download_mbps
        if min_ram_per_gpu is not UNSET:
            field_dict["minRAMPerGPU"] = min_ram_per_gpu
        if min_upload_mbps is not UNSET:
            field_dict["minUploadMbps"] = min_upload_mbps
        if min_vcpu_per_gpu is not UNSET:
            field_dict["minVCPUPerGPU"] = min_vcpu_per_gpu
        if name is not UNSET:
            field_dict["name"] = name
        if network_volume_id is not UNSET:
            field_dict["networkVolumeId"] = network_volume_id
        if ports is not UNSET:
            field_dict["ports"] = ports
        if support_public_ip is not UNSET:
            field_dict["supportPublicIp"] = support_public_ip
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if vcpu_count is not UNSET:
            field_dict["vcpuCount"] = vcpu_count
        if volume_in_gb is not UNSET:
            field_dict["volumeInGb"] = volume_in_gb
        if volume_mount_path is not UNSET:
            field_dict["volumeMountPath"] = volume_mount_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        pod_create_input = cls(
            list(src_dict["allowedCudaVersions"])
            if "allowedCudaVersions" in src_dict
            else UNSET,  # allowed_cuda_versions
            src_dict.get("cloudType", UNSET),  # cloud_type
            src_dict.get("computeType", UNSET),  # compute_type
            src_dict.get("containerDiskInGb", UNSET),  # container_disk_in_gb
            src_dict.get(
                "containerRegistryAuthId", UNSET
            ),  # container_registry_auth_id
            src_dict.get("countryCodes", UNSET),  # country_codes
            list(src_dict["cpuFlavorIds"])
            if "cpuFlavorIds" in src_dict
            else UNSET,  # cpu_flavor_ids
            src_dict.get("cpuFlavorPriority", UNSET),  # cpu_flavor_priority
            list(src_dict["dataCenterIds"])
            if "dataCenterIds" in src_dict
            else UNSET,  # data_center_ids
            src_dict.get("dataCenterPriority", UNSET),  # data_center_priority
            src_dict.get("dockerEntrypoint", UNSET),  # docker_entrypoint
            src_dict.get("dockerStartCmd", UNSET),  # docker_start_cmd
            EnvVars.from_dict(src_dict["env"]) if "env" in src_dict else UNSET,  # env
            src_dict.get("globalNetworking", UNSET),  # global_networking
            src_dict.get("gpuCount", UNSET),  # gpu_count
            list(src_dict["gpuTypeIds"])
            if "gpuTypeIds" in src_dict
            else UNSET,  # gpu_type_ids
            src_dict.get("gpuTypePriority", UNSET),  # gpu_type_priority
            src_dict.get("imageName", UNSET),  # image_name
            src_dict.get("interruptible", UNSET),  # interruptible
            src_dict.get("locked", UNSET),  # locked
            src_dict.get("minDiskBandwidthMBps", UNSET),  # min_disk_bandwidth_m_bps
            src_dict.get("minDownloadMbps", UNSET),  # min_download_mbps
            src_dict.get("minRAMPerGPU", UNSET),  # min_ram_per_gpu
            src_dict.get("minUploadMbps", UNSET),  # min_upload_mbps
            src_dict.get("minVCPUPerGPU", UNSET),  # min_vcpu_per_gpu
            src_dict.get("name", UNSET),  # name
            src_dict.get("networkVolumeId", UNSET),  # network_volume_id
            src_dict.get("ports", UNSET),  # ports
            src_dict.get("supportPublicIp", UNSET),  # support_public_ip
            src_dict.get("templateId", UNSET),  # template_id
            src_dict.get("vcpuCount", UNSET),  # vcpu_count
            src_dict.get("volumeInGb", UNSET),  # volume_in_gb
            src_dict.get("volumeMountPath", UNSET),  # volume_mount_path
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            pod_create_input.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pod_create_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.env_vars import EnvVars  # noqa: E402
