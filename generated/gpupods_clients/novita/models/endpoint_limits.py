from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointLimits")

_FIELDS = frozenset(
    (
        "minRootfsSize",
        "maxRootfsSize",
        "freeRootfsSize",
        "minLocalVolumeSize",
        "maxLocalVolumeSize",
        "freeLocalVolumeSize",
        "minWorkerNum",
        "maxWorkerNum",
        "minFreeTimeout",
        "maxFreeTimeout",
        "minConcurrencyNum",
        "maxConcurrencyNum",
        "minQueueWaitTime",
        "maxQueueWaitTime",
        "minRequestNum",
        "maxRequestNum",
        "minGPUNum",
        "maxGPUNum",
        "cudaVersionList",
    )
)


@_attrs_define
class EndpointLimits:
    min_rootfs_size: int

    max_rootfs_size: int

    free_rootfs_size: int

    min_local_volume_size: int

    max_local_volume_size: int

    free_local_volume_size: int

    min_worker_num: int

    max_worker_num: int

    min_free_timeout: int

    max_free_timeout: int

    min_concurrency_num: int

    max_concurrency_num: int

    min_queue_wait_time: int

    max_queue_wait_time: int

    min_request_num: int

    max_request_num: int

    min_gpu_num: int

    max_gpu_num: int

    cuda_version_list: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_rootfs_size = self.min_rootfs_size

        max_rootfs_size = self.max_rootfs_size

        free_rootfs_size = self.free_rootfs_size

        min_local_volume_size = self.min_local_volume_size

        max_local_volume_size = self.max_local_volume_size

        free_local_volume_size = self.free_local_volume_size

        min_worker_num = self.min_worker_num

        max_worker_num = self.max_worker_num

        min_free_timeout = self.min_free_timeout

        max_free_timeout = self.max_free_timeout

        min_concurrency_num = self.min_concurrency_num

        max_concurrency_num = self.max_concurrency_num

        min_queue_wait_time = self.min_queue_wait_time

        max_queue_wait_time = self.max_queue_wait_time

        min_request_num = self.min_request_num

        max_request_num = self.max_request_num

        min_gpu_num = self.min_gpu_num

        max_gpu_num = self.max_gpu_num

        cuda_version_list = self.cuda_version_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minRootfsSize": min_rootfs_size,
                "maxRootfsSize": max_rootfs_size,
                "freeRootfsSize": free_rootfs_size,
                "minLocalVolumeSize": min_local_volume_size,
                "maxLocalVolumeSize": max_local_volume_size,
                "freeLocalVolumeSize": free_local_volume_size,
                "minWorkerNum": min_worker_num,
                "maxWorkerNum": max_worker_num,
                "minFreeTimeout": min_free_timeout,
                "maxFreeTimeout": max_free_timeout,
                "minConcurrencyNum": min_concurrency_num,
                "maxConcurrencyNum": max_concurrency_num,
                "minQueueWaitTime": min_queue_wait_time,
                "maxQueueWaitTime": max_queue_wait_time,
                "minRequestNum": min_request_num,
                "maxRequestNum": max_request_num,
                "minGPUNum": min_gpu_num,
                "maxGPUNum": max_gpu_num,
                "cudaVersionList": cuda_version_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        endpoint_limits = cls(
            src_dict["minRootfsSize"],  # min_rootfs_size
            src_dict["maxRootfsSize"],  # max_rootfs_size
            src_dict["freeRootfsSize"],  # free_rootfs_size
            src_dict["minLocalVolumeSize"],  # min_local_volume_size
            src_dict["maxLocalVolumeSize"],  # max_local_volume_size
            src_dict["freeLocalVolumeSize"],  # free_local_volume_size
            src_dict["minWorkerNum"],  # min_worker_num
            src_dict["maxWorkerNum"],  # max_worker_num
            src_dict["minFreeTimeout"],  # min_free_timeout
            src_dict["maxFreeTimeout"],  # max_free_timeout
            src_dict["minConcurrencyNum"],  # min_concurrency_num
            src_dict["maxConcurrencyNum"],  # max_concurrency_num
            src_dict["minQueueWaitTime"],  # min_queue_wait_time
            src_dict["maxQueueWaitTime"],  # max_queue_wait_time
            src_dict["minRequestNum"],  # min_request_num
            src_dict["maxRequestNum"],  # max_request_num
            src_dict["minGPUNum"],  # min_gpu_num
            src_dict["maxGPUNum"],  # max_gpu_num
            src_dict["cudaVersionList"],  # cuda_version_list
        )
        if len(src_dict) != 19:  # every required key was read: any other is unknown
            endpoint_limits.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint_limits

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
