from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGpuConfig")

_FIELDS = frozenset(
    (
        "id",
        "count",
        "minRamPerGpu",
        "minVcpuCountPerGpu",
        "allowedCudaVersions",
        "minCudaVersion",
    )
)


@_attrs_define
class CreateGpuConfig:
    """The GPU part of a new pod, with optional limits on the host: its CUDA version, and the least RAM and vCPUs per GPU
    it must offer (placement filters, not requests: what the pod gets comes back as gpu.memory and gpu.vcpuCount).

    """

    id: str
    """ Catalog GPU type id. """

    count: int | Unset = 1

    min_ram_per_gpu: int | Unset = UNSET
    """ GB of system RAM per GPU, at least. """

    min_vcpu_count_per_gpu: int | Unset = UNSET
    """ vCPUs per GPU, at least. """

    allowed_cuda_versions: list[str] | Unset = UNSET
    """ Accept only hosts on one of these versions (matched exactly). """

    min_cuda_version: str | Unset = UNSET
    """ Accept hosts at or above this version; 400 together with a non-empty allowedCudaVersions. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        count = self.count

        min_ram_per_gpu = self.min_ram_per_gpu

        min_vcpu_count_per_gpu = self.min_vcpu_count_per_gpu

        allowed_cuda_versions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_cuda_versions, Unset):
            allowed_cuda_versions = self.allowed_cuda_versions

        min_cuda_version = self.min_cuda_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if min_ram_per_gpu is not UNSET:
            field_dict["minRamPerGpu"] = min_ram_per_gpu
        if min_vcpu_count_per_gpu is not UNSET:
            field_dict["minVcpuCountPerGpu"] = min_vcpu_count_per_gpu
        if allowed_cuda_versions is not UNSET:
            field_dict["allowedCudaVersions"] = allowed_cuda_versions
        if min_cuda_version is not UNSET:
            field_dict["minCudaVersion"] = min_cuda_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_gpu_config = cls(
            src_dict["id"],  # id
            src_dict.get("count", UNSET),  # count
            src_dict.get("minRamPerGpu", UNSET),  # min_ram_per_gpu
            src_dict.get("minVcpuCountPerGpu", UNSET),  # min_vcpu_count_per_gpu
            src_dict.get("allowedCudaVersions", UNSET),  # allowed_cuda_versions
            src_dict.get("minCudaVersion", UNSET),  # min_cuda_version
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            create_gpu_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_gpu_config

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
