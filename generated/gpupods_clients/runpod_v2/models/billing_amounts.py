from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingAmounts")

_FIELDS = frozenset(
    (
        "totalAmount",
        "podGpuAmount",
        "podCpuAmount",
        "podDiskAmount",
        "serverlessGpuAmount",
        "serverlessCpuAmount",
        "serverlessDiskAmount",
        "serverlessFeeAmount",
        "storageStandardAmount",
        "storageHighPerformanceAmount",
        "endpointAmount",
        "clusterGpuAmount",
        "clusterDiskAmount",
        "clusterNetworkingAmount",
    )
)


@_attrs_define
class BillingAmounts:
    """USD, in total and per kind of charge."""

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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        billing_amounts = cls(
            src_dict["totalAmount"],  # total_amount
            src_dict["podGpuAmount"],  # pod_gpu_amount
            src_dict["podCpuAmount"],  # pod_cpu_amount
            src_dict["podDiskAmount"],  # pod_disk_amount
            src_dict["serverlessGpuAmount"],  # serverless_gpu_amount
            src_dict["serverlessCpuAmount"],  # serverless_cpu_amount
            src_dict["serverlessDiskAmount"],  # serverless_disk_amount
            src_dict["serverlessFeeAmount"],  # serverless_fee_amount
            src_dict["storageStandardAmount"],  # storage_standard_amount
            src_dict["storageHighPerformanceAmount"],  # storage_high_performance_amount
            src_dict["endpointAmount"],  # endpoint_amount
            src_dict["clusterGpuAmount"],  # cluster_gpu_amount
            src_dict["clusterDiskAmount"],  # cluster_disk_amount
            src_dict["clusterNetworkingAmount"],  # cluster_networking_amount
        )
        if len(src_dict) != 14:  # every required key was read: any other is unknown
            billing_amounts.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return billing_amounts

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
