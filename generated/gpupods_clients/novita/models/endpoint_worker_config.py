from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointWorkerConfig")

_FIELDS = frozenset(
    (
        "minNum",
        "maxNum",
        "freeTimeout",
        "maxConcurrent",
        "gpuNum",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        endpoint_worker_config = cls(
            src_dict["minNum"],  # min_num
            src_dict["maxNum"],  # max_num
            src_dict["freeTimeout"],  # free_timeout
            src_dict["maxConcurrent"],  # max_concurrent
            src_dict["gpuNum"],  # gpu_num
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            endpoint_worker_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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
