from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointWorkerConfig")


@_attrs_define
class EndpointWorkerConfig:
    min_num: int
    max_num: int
    free_timeout: int
    """ Seconds an idle worker is kept. """
    max_concurrent: int
    gpu_num: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_num = self.min_num

        max_num = self.max_num

        free_timeout = self.free_timeout

        max_concurrent = self.max_concurrent

        gpu_num = self.gpu_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minNum": min_num,
                "maxNum": max_num,
                "freeTimeout": free_timeout,
                "maxConcurrent": max_concurrent,
                "gpuNum": gpu_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_num = d.pop("minNum")

        max_num = d.pop("maxNum")

        free_timeout = d.pop("freeTimeout")

        max_concurrent = d.pop("maxConcurrent")

        gpu_num = d.pop("gpuNum")

        endpoint_worker_config = cls(
            min_num=min_num,
            max_num=max_num,
            free_timeout=free_timeout,
            max_concurrent=max_concurrent,
            gpu_num=gpu_num,
        )

        endpoint_worker_config.additional_properties = d
        return endpoint_worker_config

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
