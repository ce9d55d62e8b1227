from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cuda_version import CudaVersion
from ..models.data_center_id import DataCenterId
from ..models.endpoint_cpu_flavor_id import (
    EndpointCpuFlavorId,
)
from ..models.gpu_type_id import GpuTypeId
from ..models.scaler_type import ScalerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointUpdateInput")

_FIELDS = frozenset(
    (
        "allowedCudaVersions",
        "cpuFlavorIds",
        "dataCenterIds",
        "executionTimeoutMs",
        "flashboot",
        "gpuCount",
        "gpuTypeIds",
        "idleTimeout",
        "minCudaVersion",
        "name",
        "networkVolumeId",
        "networkVolumeIds",
        "scalerType",
        "scalerValue",
        "templateId",
        "vcpuCount",
        "workersMax",
        "workersMin",
    )
)


@_attrs_define
class EndpointUpdateInput:
    """The fields to change."""

    allowed_cuda_versions: list[CudaVersion] | Unset = UNSET

    cpu_flavor_ids: list[EndpointCpuFlavorId] | Unset = UNSET

    data_center_ids: list[DataCenterId] | Unset = UNSET
    """ Data center ids; left out, every data center is allowed. """

    execution_timeout_ms: int | Unset = UNSET

    flashboot: bool | Unset = UNSET

    gpu_count: int | Unset = 1

    gpu_type_ids: list[GpuTypeId] | Unset = UNSET

    idle_timeout: int | Unset = 5

    min_cuda_version: CudaVersion | Unset = UNSET

    name: str | Unset = UNSET

    network_volume_id: str | Unset = UNSET

    network_volume_ids: list[str] | Unset = UNSET

    scaler_type: ScalerType | Unset = "QUEUE_DELAY"

    scaler_value: int | Unset = 4

    template_id: str | Unset = UNSET

    vcpu_count: int | Unset = 2

    workers_max: int | Unset = UNSET

    workers_min: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_cuda_versions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_cuda_versions, Unset):
            allowed_cuda_versions = []
            for allowed_cuda_versions_item_data in self.allowed_cuda_versions:
                allowed_cuda_versions_item: str = allowed_cuda_versions_item_data
                allowed_cuda_versions.append(allowed_cuda_versions_item)

        cpu_flavor_ids: list[str] | Unset = UNSET
        if not isinstance(self.cpu_flavor_ids, Unset):
            cpu_flavor_ids = []
            for cpu_flavor_ids_item_data in self.cpu_flavor_ids:
                cpu_flavor_ids_item: str = cpu_flavor_ids_item_data
                cpu_flavor_ids.append(cpu_flavor_ids_item)

        data_center_ids: list[str] | Unset = UNSET
        if not isinstance(self.data_center_ids, Unset):
            data_center_ids = []
            for componentsschemas_data_center_id_list_item_data in self.data_center_ids:
                componentsschemas_data_center_id_list_item: str = (
                    componentsschemas_data_center_id_list_item_data
                )
                data_center_ids.append(componentsschemas_data_center_id_list_item)

        execution_timeout_ms = self.execution_timeout_ms

        flashboot = self.flashboot

        gpu_count = self.gpu_count

        gpu_type_ids: list[str] | Unset = UNSET
        if not isinstance(self.gpu_type_ids, Unset):
            gpu_type_ids = []
            for gpu_type_ids_item_data in self.gpu_type_ids:
                gpu_type_ids_item: str = gpu_type_ids_item_data
                gpu_type_ids.append(gpu_type_ids_item)

        idle_timeout = self.idle_timeout

        min_cuda_version: str | Unset = UNSET
        if not isinstance(self.min_cuda_version, Unset):
            min_cuda_version = self.min_cuda_version

        name = self.name

        network_volume_id = self.network_volume_id

        network_volume_ids: list[str] | Unset = UNSET
        if not isinstance(self.network_volume_ids, Unset):
            network_volume_ids = self.network_volume_ids

        scaler_type: str | Unset = UNSET
        if not isinstance(self.scaler_type, Unset):
            scaler_type = self.scaler_type

        scaler_value = self.scaler_value

        template_id = self.template_id

        vcpu_count = self.vcpu_count

        workers_max = self.workers_max

        workers_min = self.workers_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_cuda_versions is not UNSET:
            field_dict["allowedCudaVersions"] = allowed_cuda_versions
        if cpu_flavor_ids is not UNSET:
            field_dict["cpuFlavorIds"] = cpu_flavor_ids
        if data_center_ids is not UNSET:
            field_dict["dataCenterIds"] = data_center_ids
        if execution_timeout_ms is not UNSET:
            field_dict["executionTimeoutMs"] = execution_timeout_ms
        if flashboot is not UNSET:
            field_dict["flashboot"] = flashboot
        if gpu_count is not UNSET:
            field_dict["gpuCount"] = gpu_count
        if gpu_type_ids is not UNSET:
            field_dict["gpuTypeIds"] = gpu_type_ids
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout
        if min_cuda_version is not UNSET:
            field_dict["minCudaVersion"] = min_cuda_version
        if name is not UNSET:
            field_dict["name"] = name
        if network_volume_id is not UNSET:
            field_dict["networkVolumeId"] = network_volume_id
        if network_volume_ids is not UNSET:
            field_dict["networkVolumeIds"] = network_volume_ids
        if scaler_type is not UNSET:
            field_dict["scalerType"] = scaler_type
        if scaler_value is not UNSET:
            field_dict["scalerValue"] = scaler_value
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if vcpu_count is not UNSET:
            field_dict["vcpuCount"] = vcpu_count
        if workers_max is not UNSET:
            field_dict["workersMax"] = workers_max
        if workers_min is not UNSET:
            field_dict["workersMin"] = workers_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        endpoint_update_input = cls(
            list(src_dict["allowedCudaVersions"])
            if "allowedCudaVersions" in src_dict
            else UNSET,  # allowed_cuda_versions
            list(src_dict["cpuFlavorIds"])
            if "cpuFlavorIds" in src_dict
            else UNSET,  # cpu_flavor_ids
            list(src_dict["dataCenterIds"])
            if "dataCenterIds" in src_dict
            else UNSET,  # data_center_ids
            src_dict.get("executionTimeoutMs", UNSET),  # execution_timeout_ms
            src_dict.get("flashboot", UNSET),  # flashboot
            src_dict.get("gpuCount", UNSET),  # gpu_count
            list(src_dict["gpuTypeIds"])
            if "gpuTypeIds" in src_dict
            else UNSET,  # gpu_type_ids
            src_dict.get("idleTimeout", UNSET),  # idle_timeout
            src_dict.get("minCudaVersion", UNSET),  # min_cuda_version
            src_dict.get("name", UNSET),  # name
            src_dict.get("networkVolumeId", UNSET),  # network_volume_id
            src_dict.get("networkVolumeIds", UNSET),  # network_volume_ids
            src_dict.get("scalerType", UNSET),  # scaler_type
            src_dict.get("scalerValue", UNSET),  # scaler_value
            src_dict.get("templateId", UNSET),  # template_id
            src_dict.get("vcpuCount", UNSET),  # vcpu_count
            src_dict.get("workersMax", UNSET),  # workers_max
            src_dict.get("workersMin", UNSET),  # workers_min
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            endpoint_update_input.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint_update_input

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
