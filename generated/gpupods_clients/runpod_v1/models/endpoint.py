from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compute_type import ComputeType
from ..models.cuda_version import CudaVersion
from ..models.data_center_id import DataCenterId
from ..models.gpu_type_id import GpuTypeId
from ..models.scaler_type import ScalerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Endpoint")

_FIELDS = frozenset(
    (
        "allowedCudaVersions",
        "computeType",
        "createdAt",
        "dataCenterIds",
        "env",
        "executionTimeoutMs",
        "gpuCount",
        "gpuTypeIds",
        "id",
        "idleTimeout",
        "instanceIds",
        "minCudaVersion",
        "name",
        "networkVolumeId",
        "networkVolumeIds",
        "scalerType",
        "scalerValue",
        "template",
        "templateId",
        "userId",
        "version",
        "workers",
        "workersMax",
        "workersMin",
    )
)


@_attrs_define
class Endpoint:
    """A serverless endpoint; template and workers only appear when asked for."""

    allowed_cuda_versions: list[CudaVersion] | Unset = UNSET

    compute_type: ComputeType | Unset = UNSET

    created_at: str | Unset = UNSET

    data_center_ids: list[DataCenterId] | Unset = UNSET
    """ Data center ids; left out, every data center is allowed. """

    env: EnvVars | Unset = UNSET
    """ Environment variables, name to value. """

    execution_timeout_ms: int | Unset = UNSET

    gpu_count: int | Unset = UNSET

    gpu_type_ids: list[GpuTypeId] | Unset = UNSET

    id: str | Unset = UNSET

    idle_timeout: int | Unset = UNSET

    instance_ids: list[str] | Unset = UNSET
    """ Instance ids, for CPU endpoints. """

    min_cuda_version: CudaVersion | Unset = UNSET

    name: str | Unset = UNSET

    network_volume_id: str | Unset = UNSET

    network_volume_ids: list[str] | Unset = UNSET

    scaler_type: ScalerType | Unset = UNSET

    scaler_value: int | Unset = UNSET

    template: Template | Unset = UNSET

    template_id: str | Unset = UNSET

    user_id: str | Unset = UNSET

    version: int | Unset = UNSET
    """ Goes up when the template or the environment changes. """

    workers: list[Pod] | Unset = UNSET

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

        compute_type: str | Unset = UNSET
        if not isinstance(self.compute_type, Unset):
            compute_type = self.compute_type

        created_at = self.created_at

        data_center_ids: list[str] | Unset = UNSET
        if not isinstance(self.data_center_ids, Unset):
            data_center_ids = []
            for componentsschemas_data_center_id_list_item_data in self.data_center_ids:
                componentsschemas_data_center_id_list_item: str = (
                    componentsschemas_data_center_id_list_item_data
                )
                data_center_ids.append(componentsschemas_data_center_id_list_item)

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        execution_timeout_ms = self.execution_timeout_ms

        gpu_count = self.gpu_count

        gpu_type_ids: list[str] | Unset = UNSET
        if not isinstance(self.gpu_type_ids, Unset):
            gpu_type_ids = []
            for gpu_type_ids_item_data in self.gpu_type_ids:
                gpu_type_ids_item: str = gpu_type_ids_item_data
                gpu_type_ids.append(gpu_type_ids_item)

        id = self.id

        idle_timeout = self.idle_timeout

        instance_ids: list[str] | Unset = UNSET
        if not isinstance(self.instance_ids, Unset):
            instance_ids = self.instance_ids

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

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        template_id = self.template_id

        user_id = self.user_id

        version = self.version

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        workers_max = self.workers_max

        workers_min = self.workers_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_cuda_versions is not UNSET:
            field_dict["allowedCudaVersions"] = allowed_cuda_versions
        if compute_type is not UNSET:
            field_dict["computeType"] = compute_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if data_center_ids is not UNSET:
            field_dict["dataCenterIds"] = data_center_ids
        if env is not UNSET:
            field_dict["env"] = env
        if execution_timeout_ms is not UNSET:
            field_dict["executionTimeoutMs"] = execution_timeout_ms
        if gpu_count is not UNSET:
            field_dict["gpuCount"] = gpu_count
        if gpu_type_ids is not UNSET:
            field_dict["gpuTypeIds"] = gpu_type_ids
        if id is not UNSET:
            field_dict["id"] = id
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout
        if instance_ids is not UNSET:
            field_dict["instanceIds"] = instance_ids
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
        if template is not UNSET:
            field_dict["template"] = template
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if version is not UNSET:
            field_dict["version"] = version
        if workers is not UNSET:
            field_dict["workers"] = workers
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

        endpoint = cls(
            list(src_dict["allowedCudaVersions"])
            if "allowedCudaVersions" in src_dict
            else UNSET,  # allowed_cuda_versions
            src_dict.get("computeType", UNSET),  # compute_type
            src_dict.get("createdAt", UNSET),  # created_at
            list(src_dict["dataCenterIds"])
            if "dataCenterIds" in src_dict
            else UNSET,  # data_center_ids
            EnvVars.from_dict(src_dict["env"]) if "env" in src_dict else UNSET,  # env
            src_dict.get("executionTimeoutMs", UNSET),  # execution_timeout_ms
            src_dict.get("gpuCount", UNSET),  # gpu_count
            list(src_dict["gpuTypeIds"])
            if "gpuTypeIds" in src_dict
            else UNSET,  # gpu_type_ids
            src_dict.get("id", UNSET),  # id
            src_dict.get("idleTimeout", UNSET),  # idle_timeout
            src_dict.get("instanceIds", UNSET),  # instance_ids
            src_dict.get("minCudaVersion", UNSET),  # min_cuda_version
            src_dict.get("name", UNSET),  # name
            src_dict.get("networkVolumeId", UNSET),  # network_volume_id
            src_dict.get("networkVolumeIds", UNSET),  # network_volume_ids
            src_dict.get("scalerType", UNSET),  # scaler_type
            src_dict.get("scalerValue", UNSET),  # scaler_value
            Template.from_dict(src_dict["template"])
            if "template" in src_dict
            else UNSET,  # template
            src_dict.get("templateId", UNSET),  # template_id
            src_dict.get("userId", UNSET),  # user_id
            src_dict.get("version", UNSET),  # version
            [Pod.from_dict(item0) for item0 in src_dict["workers"]]
            if "workers" in src_dict
            else UNSET,  # workers
            src_dict.get("workersMax", UNSET),  # workers_max
            src_dict.get("workersMin", UNSET),  # workers_min
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            endpoint.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint

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
from ..models.pod import Pod  # noqa: E402
from ..models.template import Template  # noqa: E402
