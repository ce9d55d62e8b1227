from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Machine")

_FIELDS = frozenset(
    (
        "costPerHr",
        "cpuCount",
        "cpuType",
        "cpuTypeId",
        "currentPricePerGpu",
        "dataCenterId",
        "diskThroughputMBps",
        "gpuAvailable",
        "gpuDisplayName",
        "gpuType",
        "gpuTypeId",
        "location",
        "maintenanceEnd",
        "maintenanceNote",
        "maintenanceStart",
        "maxDownloadSpeedMbps",
        "maxUploadSpeedMbps",
        "minPodGpuCount",
        "note",
        "secureCloud",
        "supportPublicIp",
    )
)


@_attrs_define
class Machine:
    """The host a pod runs on."""

    cost_per_hr: float | Unset = UNSET

    cpu_count: int | Unset = UNSET

    cpu_type: CpuType | Unset = UNSET

    cpu_type_id: str | Unset = UNSET

    current_price_per_gpu: float | Unset = UNSET

    data_center_id: str | Unset = UNSET

    disk_throughput_m_bps: int | Unset = UNSET

    gpu_available: int | Unset = UNSET

    gpu_display_name: str | Unset = UNSET

    gpu_type: GpuType | Unset = UNSET
    """ A GPU type with its prices (USD per hour). """

    gpu_type_id: str | Unset = UNSET

    location: str | Unset = UNSET

    maintenance_end: str | Unset = UNSET

    maintenance_note: str | Unset = UNSET

    maintenance_start: str | Unset = UNSET

    max_download_speed_mbps: int | Unset = UNSET

    max_upload_speed_mbps: int | Unset = UNSET

    min_pod_gpu_count: int | Unset = UNSET

    note: str | Unset = UNSET

    secure_cloud: bool | Unset = UNSET

    support_public_ip: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_per_hr = self.cost_per_hr

        cpu_count = self.cpu_count

        cpu_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_type, Unset):
            cpu_type = self.cpu_type.to_dict()

        cpu_type_id = self.cpu_type_id

        current_price_per_gpu = self.current_price_per_gpu

        data_center_id = self.data_center_id

        disk_throughput_m_bps = self.disk_throughput_m_bps

        gpu_available = self.gpu_available

        gpu_display_name = self.gpu_display_name

        gpu_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_type, Unset):
            gpu_type = self.gpu_type.to_dict()

        gpu_type_id = self.gpu_type_id

        location = self.location

        maintenance_end = self.maintenance_end

        maintenance_note = self.maintenance_note

        maintenance_start = self.maintenance_start

        max_download_speed_mbps = self.max_download_speed_mbps

        max_upload_speed_mbps = self.max_upload_speed_mbps

        min_pod_gpu_count = self.min_pod_gpu_count

        note = self.note

        secure_cloud = self.secure_cloud

        support_public_ip = self.support_public_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_per_hr is not UNSET:
            field_dict["costPerHr"] = cost_per_hr
        if cpu_count is not UNSET:
            field_dict["cpuCount"] = cpu_count
        if cpu_type is not UNSET:
            field_dict["cpuType"] = cpu_type
        if cpu_type_id is not UNSET:
            field_dict["cpuTypeId"] = cpu_type_id
        if current_price_per_gpu is not UNSET:
            field_dict["currentPricePerGpu"] = current_price_per_gpu
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if disk_throughput_m_bps is not UNSET:
            field_dict["diskThroughputMBps"] = disk_throughput_m_bps
        if gpu_available is not UNSET:
            field_dict["gpuAvailable"] = gpu_available
        if gpu_display_name is not UNSET:
            field_dict["gpuDisplayName"] = gpu_display_name
        if gpu_type is not UNSET:
            field_dict["gpuType"] = gpu_type
        if gpu_type_id is not UNSET:
            field_dict["gpuTypeId"] = gpu_type_id
        if location is not UNSET:
            field_dict["location"] = location
        if maintenance_end is not UNSET:
            field_dict["maintenanceEnd"] = maintenance_end
        if maintenance_note is not UNSET:
            field_dict["maintenanceNote"] = maintenance_note
        if maintenance_start is not UNSET:
            field_dict["maintenanceStart"] = maintenance_start
        if max_download_speed_mbps is not UNSET:
            field_dict["maxDownloadSpeedMbps"] = max_download_speed_mbps
        if max_upload_speed_mbps is not UNSET:
            field_dict["maxUploadSpeedMbps"] = max_upload_speed_mbps
        if min_pod_gpu_count is not UNSET:
            field_dict["minPodGpuCount"] = min_pod_gpu_count
        if note is not UNSET:
            field_dict["note"] = note
        if secure_cloud is not UNSET:
            field_dict["secureCloud"] = secure_cloud
        if support_public_ip is not UNSET:
            field_dict["supportPublicIp"] = support_public_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        machine = cls(
            src_dict.get("costPerHr", UNSET),  # cost_per_hr
            src_dict.get("cpuCount", UNSET),  # cpu_count
            CpuType.from_dict(src_dict["cpuType"])
            if "cpuType" in src_dict
            else UNSET,  # cpu_type
            src_dict.get("cpuTypeId", UNSET),  # cpu_type_id
            src_dict.get("currentPricePerGpu", UNSET),  # current_price_per_gpu
            src_dict.get("dataCenterId", UNSET),  # data_center_id
            src_dict.get("diskThroughputMBps", UNSET),  # disk_throughput_m_bps
            src_dict.get("gpuAvailable", UNSET),  # gpu_available
            src_dict.get("gpuDisplayName", UNSET),  # gpu_display_name
            GpuType.from_dict(src_dict["gpuType"])
            if "gpuType" in src_dict
            else UNSET,  # gpu_type
            src_dict.get("gpuTypeId", UNSET),  # gpu_type_id
            src_dict.get("location", UNSET),  # location
            src_dict.get("maintenanceEnd", UNSET),  # maintenance_end
            src_dict.get("maintenanceNote", UNSET),  # maintenance_note
            src_dict.get("maintenanceStart", UNSET),  # maintenance_start
            src_dict.get("maxDownloadSpeedMbps", UNSET),  # max_download_speed_mbps
            src_dict.get("maxUploadSpeedMbps", UNSET),  # max_upload_speed_mbps
            src_dict.get("minPodGpuCount", UNSET),  # min_pod_gpu_count
            src_dict.get("note", UNSET),  # note
            src_dict.get("secureCloud", UNSET),  # secure_cloud
            src_dict.get("supportPublicIp", UNSET),  # support_public_ip
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            machine.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return machine

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
from ..models.cpu_type import CpuType  # noqa: E402
from ..models.gpu_type import GpuType  # noqa: E402
