from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointWorkerConfigView")

_FIELDS = frozenset(
    (
        "minNum",
        "maxNum",
        "freeTimeout",
        "maxConcurrent",
        "gpuNum",
        "cudaVersion",
    )
)


@_attrs_define
class EndpointWorkerConfigView:
    min_num: int | None | Unset = UNSET

    max_num: int | None | Unset = UNSET

    free_timeout: int | None | Unset = UNSET

    max_concurrent: int | None | Unset = UNSET

    gpu_num: int | None | Unset = UNSET

    cuda_version: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_num: int | None | Unset
        if isinstance(self.min_num, Unset):
            min_num = UNSET
        else:
            min_num = self.min_num

        max_num: int | None | Unset
        if isinstance(self.max_num, Unset):
            max_num = UNSET
        else:
            max_num = self.max_num

        free_timeout: int | None | Unset
        if isinstance(self.free_timeout, Unset):
            free_timeout = UNSET
        else:
            free_timeout = self.free_timeout

        max_concurrent: int | None | Unset
        if isinstance(self.max_concurrent, Unset):
            max_concurrent = UNSET
        else:
            max_concurrent = self.max_concurrent

        gpu_num: int | None | Unset
        if isinstance(self.gpu_num, Unset):
            gpu_num = UNSET
        else:
            gpu_num = self.gpu_num

        cuda_version: None | str | Unset
        if isinstance(self.cuda_version, Unset):
            cuda_version = UNSET
        else:
            cuda_version = self.cuda_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_num is not UNSET:
            field_dict["minNum"] = min_num
        if max_num is not UNSET:
            field_dict["maxNum"] = max_num
        if free_timeout is not UNSET:
            field_dict["freeTimeout"] = free_timeout
        if max_concurrent is not UNSET:
            field_dict["maxConcurrent"] = max_concurrent
        if gpu_num is not UNSET:
            field_dict["gpuNum"] = gpu_num
        if cuda_version is not UNSET:
            field_dict["cudaVersion"] = cuda_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        endpoint_worker_config_view = cls(
            src_dict.get("minNum", UNSET),  # min_num
            src_dict.get("maxNum", UNSET),  # max_num
            src_dict.get("freeTimeout", UNSET),  # free_timeout
            src_dict.get("maxConcurrent", UNSET),  # max_concurrent
            src_dict.get("gpuNum", UNSET),  # gpu_num
            src_dict.get("cudaVersion", UNSET),  # cuda_version
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            endpoint_worker_config_view.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint_worker_config_view

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
