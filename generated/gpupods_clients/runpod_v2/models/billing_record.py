from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingRecord")


@_attrs_define
class BillingRecord:
    start_time: datetime.datetime
    end_time: datetime.datetime
    total_amount: float
    pod_gpu_amount: float
    pod_cpu_amount: float
    pod_disk_amount: float
    serverless_gpu_amount: float
    serverless_cpu_amount: float
    serverless_disk_amount: float
    serverless_fee_amount: float
    storage_standard_amount: float
    storage_high_performance_amount: float
    endpoint_amount: float
    """ Public Endpoints. """
    cluster_gpu_amount: float
    cluster_disk_amount: float
    cluster_networking_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        total_amount = self.total_amount

        pod_gpu_amount = self.pod_gpu_amount

        pod_cpu_amount = self.pod_cpu_amount

        pod_disk_amount = self.pod_disk_amount

        serverless_gpu_amount = self.serverless_gpu_amount

        serverless_cpu_amount = self.serverless_cpu_amount

        serverless_disk_amount = self.serverless_disk_amount

        serverless_fee_amount = self.serverless_fee_amount

        storage_standard_amount = self.storage_standard_amount

        storage_high_performance_amount = self.storage_high_performance_amount

        endpoint_amount = self.endpoint_amount

        cluster_gpu_amount = self.cluster_gpu_amount

        cluster_disk_amount = self.cluster_disk_amount

        cluster_networking_amount = self.cluster_networking_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "endTime": end_time,
                "totalAmount": total_amount,
                "podGpuAmount": pod_gpu_amount,
                "podCpuAmount": pod_cpu_amount,
                "podDiskAmount": pod_disk_amount,
                "serverlessGpuAmount": serverless_gpu_amount,
                "serverlessCpuAmount": serverless_cpu_amount,
                "serverlessDiskAmount": serverless_disk_amount,
                "serverlessFeeAmount": serverless_fee_amount,
                "storageStandardAmount": storage_standard_amount,
                "storageHighPerformanceAmount": storage_high_performance_amount,
                "endpointAmount": endpoint_amount,
                "clusterGpuAmount": cluster_gpu_amount,
                "clusterDiskAmount": cluster_disk_amount,
                "clusterNetworkingAmount": cluster_networking_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        total_amount = d.pop("totalAmount")

        pod_gpu_amount = d.pop("podGpuAmount")

        pod_cpu_amount = d.pop("podCpuAmount")

        pod_disk_amount = d.pop("podDiskAmount")

        serverless_gpu_amount = d.pop("serverlessGpuAmount")

        serverless_cpu_amount = d.pop("serverlessCpuAmount")

        serverless_disk_amount = d.pop("serverlessDiskAmount")

        serverless_fee_amount = d.pop("serverlessFeeAmount")

        storage_standard_amount = d.pop("storageStandardAmount")

        storage_high_performance_amount = d.pop("storageHighPerformanceAmount")

        endpoint_amount = d.pop("endpointAmount")

        cluster_gpu_amount = d.pop("clusterGpuAmount")

        cluster_disk_amount = d.pop("clusterDiskAmount")

        cluster_networking_amount = d.pop("clusterNetworkingAmount")

        billing_record = cls(
            start_time=start_time,
            end_time=end_time,
            total_amount=total_amount,
            pod_gpu_amount=pod_gpu_amount,
            pod_cpu_amount=pod_cpu_amount,
            pod_disk_amount=pod_disk_amount,
            serverless_gpu_amount=serverless_gpu_amount,
            serverless_cpu_amount=serverless_cpu_amount,
            serverless_disk_amount=serverless_disk_amount,
            serverless_fee_amount=serverless_fee_amount,
            storage_standard_amount=storage_standard_amount,
            storage_high_performance_amount=storage_high_performance_amount,
            endpoint_amount=endpoint_amount,
            cluster_gpu_amount=cluster_gpu_amount,
            cluster_disk_amount=cluster_disk_amount,
            cluster_networking_amount=cluster_networking_amount,
        )

        billing_record.additional_properties = d
        return billing_record

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
