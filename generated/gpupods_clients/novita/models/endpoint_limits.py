from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EndpointLimits")


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
        d = dict(src_dict)
        min_rootfs_size = d.pop("minRootfsSize")

        max_rootfs_size = d.pop("maxRootfsSize")

        free_rootfs_size = d.pop("freeRootfsSize")

        min_local_volume_size = d.pop("minLocalVolumeSize")

        max_local_volume_size = d.pop("maxLocalVolumeSize")

        free_local_volume_size = d.pop("freeLocalVolumeSize")

        min_worker_num = d.pop("minWorkerNum")

        max_worker_num = d.pop("maxWorkerNum")

        min_free_timeout = d.pop("minFreeTimeout")

        max_free_timeout = d.pop("maxFreeTimeout")

        min_concurrency_num = d.pop("minConcurrencyNum")

        max_concurrency_num = d.pop("maxConcurrencyNum")

        min_queue_wait_time = d.pop("minQueueWaitTime")

        max_queue_wait_time = d.pop("maxQueueWaitTime")

        min_request_num = d.pop("minRequestNum")

        max_request_num = d.pop("maxRequestNum")

        min_gpu_num = d.pop("minGPUNum")

        max_gpu_num = d.pop("maxGPUNum")

        cuda_version_list = cast(list[str], d.pop("cudaVersionList"))

        endpoint_limits = cls(
            min_rootfs_size=min_rootfs_size,
            max_rootfs_size=max_rootfs_size,
            free_rootfs_size=free_rootfs_size,
            min_local_volume_size=min_local_volume_size,
            max_local_volume_size=max_local_volume_size,
            free_local_volume_size=free_local_volume_size,
            min_worker_num=min_worker_num,
            max_worker_num=max_worker_num,
            min_free_timeout=min_free_timeout,
            max_free_timeout=max_free_timeout,
            min_concurrency_num=min_concurrency_num,
            max_concurrency_num=max_concurrency_num,
            min_queue_wait_time=min_queue_wait_time,
            max_queue_wait_time=max_queue_wait_time,
            min_request_num=min_request_num,
            max_request_num=max_request_num,
            min_gpu_num=min_gpu_num,
            max_gpu_num=max_gpu_num,
            cuda_version_list=cuda_version_list,
        )

        endpoint_limits.additional_properties = d
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
