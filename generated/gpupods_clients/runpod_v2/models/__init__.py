"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (``models.Pod``, ``from .models import Pod``), so a program
that calls a few operations does not load every model of the API.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .availability_level import AvailabilityLevel
    from .base_container_config import BaseContainerConfig
    from .base_container_config_env import BaseContainerConfigEnv
    from .base_cpu_config import BaseCpuConfig
    from .base_endpoint_gpu_config import BaseEndpointGpuConfig
    from .billing_amounts import BillingAmounts
    from .billing_bucket_size import BillingBucketSize
    from .billing_metadata import BillingMetadata
    from .billing_query import BillingQuery
    from .billing_record import BillingRecord
    from .billing_time_range import BillingTimeRange
    from .catalog_include import CatalogInclude
    from .catalog_resource_availability import CatalogResourceAvailability
    from .cloud import Cloud
    from .cluster import Cluster
    from .cluster_billing_amounts import ClusterBillingAmounts
    from .cluster_billing_metadata import ClusterBillingMetadata
    from .cluster_billing_query import ClusterBillingQuery
    from .cluster_billing_record import ClusterBillingRecord
    from .cluster_compute import ClusterCompute
    from .cluster_network import ClusterNetwork
    from .cluster_pods_summary import ClusterPodsSummary
    from .cluster_pods_summary_by_status import ClusterPodsSummaryByStatus
    from .cluster_primary import ClusterPrimary
    from .cluster_type import ClusterType
    from .compliance import Compliance
    from .container_config import ContainerConfig
    from .cpu_config import CpuConfig
    from .cpu_product import CpuProduct
    from .cpu_type import CpuType
    from .cpu_type_price import CpuTypePrice
    from .cpu_type_vcpu import CpuTypeVcpu
    from .create_cluster_request import CreateClusterRequest
    from .create_delegation_request import CreateDelegationRequest
    from .create_endpoint_gpu_config import CreateEndpointGpuConfig
    from .create_endpoint_request import CreateEndpointRequest
    from .create_gpu_config import CreateGpuConfig
    from .create_network_volume_request import CreateNetworkVolumeRequest
    from .create_pod_request import CreatePodRequest
    from .create_registry_request import CreateRegistryRequest
    from .create_template_request import CreateTemplateRequest
    from .cuda_version_availability import CudaVersionAvailability
    from .data_center import DataCenter
    from .data_center_availability import DataCenterAvailability
    from .data_center_include import DataCenterInclude
    from .data_center_region import DataCenterRegion
    from .ecr_delegation import EcrDelegation
    from .endpoint import Endpoint
    from .endpoint_billing_amounts import EndpointBillingAmounts
    from .endpoint_billing_metadata import EndpointBillingMetadata
    from .endpoint_billing_record import EndpointBillingRecord
    from .endpoint_gpu_config import EndpointGpuConfig
    from .endpoint_type import EndpointType
    from .endpoint_workers import EndpointWorkers
    from .error_response import ErrorResponse
    from .flash_boot import FlashBoot
    from .gpu_cloud_filter import GpuCloudFilter
    from .gpu_config import GpuConfig
    from .gpu_manufacturer import GpuManufacturer
    from .gpu_type import GpuType
    from .gpu_type_max_count import GpuTypeMaxCount
    from .gpu_type_price import GpuTypePrice
    from .list_billing_response import ListBillingResponse
    from .list_catalog_templates_source import ListCatalogTemplatesSource
    from .list_cluster_billing_response import ListClusterBillingResponse
    from .list_clusters_response import ListClustersResponse
    from .list_cpu_types_response import ListCpuTypesResponse
    from .list_data_centers_response import ListDataCentersResponse
    from .list_delegations_response import ListDelegationsResponse
    from .list_endpoint_billing_response import ListEndpointBillingResponse
    from .list_endpoint_releases_response import ListEndpointReleasesResponse
    from .list_endpoint_workers_response import ListEndpointWorkersResponse
    from .list_endpoints_response import ListEndpointsResponse
    from .list_gpu_types_response import ListGpuTypesResponse
    from .list_network_volume_billing_response import ListNetworkVolumeBillingResponse
    from .list_network_volumes_response import ListNetworkVolumesResponse
    from .list_pod_billing_response import ListPodBillingResponse
    from .list_pods_response import ListPodsResponse
    from .list_registries_response import ListRegistriesResponse
    from .list_serverless_billing_response import ListServerlessBillingResponse
    from .list_templates_response import ListTemplatesResponse
    from .load_balancing_request_urls import LoadBalancingRequestUrls
    from .log_source import LogSource
    from .mounts import Mounts
    from .network_mount import NetworkMount
    from .network_volume import NetworkVolume
    from .network_volume_billing_amounts import NetworkVolumeBillingAmounts
    from .network_volume_billing_metadata import NetworkVolumeBillingMetadata
    from .network_volume_billing_query import NetworkVolumeBillingQuery
    from .network_volume_billing_record import NetworkVolumeBillingRecord
    from .persistent_mount import PersistentMount
    from .pod import Pod
    from .pod_action import PodAction
    from .pod_action_request import PodActionRequest
    from .pod_billing_amounts import PodBillingAmounts
    from .pod_billing_metadata import PodBillingMetadata
    from .pod_billing_query import PodBillingQuery
    from .pod_billing_record import PodBillingRecord
    from .pod_cluster import PodCluster
    from .pod_cluster_role import PodClusterRole
    from .pod_global_networking import PodGlobalNetworking
    from .pod_gpu_utilization import PodGpuUtilization
    from .pod_runtime import PodRuntime
    from .pod_runtime_port import PodRuntimePort
    from .pod_ssh import PodSsh
    from .pod_ssh_endpoint import PodSshEndpoint
    from .pod_status import PodStatus
    from .product import Product
    from .queue_based_request_urls import QueueBasedRequestUrls
    from .queue_delay_scaling import QueueDelayScaling
    from .queue_delay_scaling_type import QueueDelayScalingType
    from .registry import Registry
    from .release import Release
    from .release_diff_entry import ReleaseDiffEntry
    from .release_source import ReleaseSource
    from .request_count_scaling import RequestCountScaling
    from .request_count_scaling_type import RequestCountScalingType
    from .rollout_summary import RolloutSummary
    from .serverless_billing_amounts import ServerlessBillingAmounts
    from .serverless_billing_metadata import ServerlessBillingMetadata
    from .serverless_billing_query import ServerlessBillingQuery
    from .serverless_billing_record import ServerlessBillingRecord
    from .ssh_keys import SshKeys
    from .template import Template
    from .template_category import TemplateCategory
    from .template_mounts import TemplateMounts
    from .update_cluster_request import UpdateClusterRequest
    from .update_endpoint_gpu_config import UpdateEndpointGpuConfig
    from .update_endpoint_request import UpdateEndpointRequest
    from .update_network_volume_request import UpdateNetworkVolumeRequest
    from .update_pod_request import UpdatePodRequest
    from .update_ssh_keys_request import UpdateSshKeysRequest
    from .update_template_request import UpdateTemplateRequest
    from .utilization import Utilization
    from .volume_type import VolumeType
    from .worker import Worker
    from .worker_status import WorkerStatus
    from .worker_summary import WorkerSummary

_MODULES = {
    "AvailabilityLevel": ".availability_level",
    "BaseContainerConfig": ".base_container_config",
    "BaseContainerConfigEnv": ".base_container_config_env",
    "BaseCpuConfig": ".base_cpu_config",
    "BaseEndpointGpuConfig": ".base_endpoint_gpu_config",
    "BillingAmounts": ".billing_amounts",
    "BillingBucketSize": ".billing_bucket_size",
    "BillingMetadata": ".billing_metadata",
    "BillingQuery": ".billing_query",
    "BillingRecord": ".billing_record",
    "BillingTimeRange": ".billing_time_range",
    "CatalogInclude": ".catalog_include",
    "CatalogResourceAvailability": ".catalog_resource_availability",
    "Cloud": ".cloud",
    "Cluster": ".cluster",
    "ClusterBillingAmounts": ".cluster_billing_amounts",
    "ClusterBillingMetadata": ".cluster_billing_metadata",
    "ClusterBillingQuery": ".cluster_billing_query",
    "ClusterBillingRecord": ".cluster_billing_record",
    "ClusterCompute": ".cluster_compute",
    "ClusterNetwork": ".cluster_network",
    "ClusterPodsSummary": ".cluster_pods_summary",
    "ClusterPodsSummaryByStatus": ".cluster_pods_summary_by_status",
    "ClusterPrimary": ".cluster_primary",
    "ClusterType": ".cluster_type",
    "Compliance": ".compliance",
    "ContainerConfig": ".container_config",
    "CpuConfig": ".cpu_config",
    "CpuProduct": ".cpu_product",
    "CpuType": ".cpu_type",
    "CpuTypePrice": ".cpu_type_price",
    "CpuTypeVcpu": ".cpu_type_vcpu",
    "CreateClusterRequest": ".create_cluster_request",
    "CreateDelegationRequest": ".create_delegation_request",
    "CreateEndpointGpuConfig": ".create_endpoint_gpu_config",
    "CreateEndpointRequest": ".create_endpoint_request",
    "CreateGpuConfig": ".create_gpu_config",
    "CreateNetworkVolumeRequest": ".create_network_volume_request",
    "CreatePodRequest": ".create_pod_request",
    "CreateRegistryRequest": ".create_registry_request",
    "CreateTemplateRequest": ".create_template_request",
    "CudaVersionAvailability": ".cuda_version_availability",
    "DataCenter": ".data_center",
    "DataCenterAvailability": ".data_center_availability",
    "DataCenterInclude": ".data_center_include",
    "DataCenterRegion": ".data_center_region",
    "EcrDelegation": ".ecr_delegation",
    "Endpoint": ".endpoint",
    "EndpointBillingAmounts": ".endpoint_billing_amounts",
    "EndpointBillingMetadata": ".endpoint_billing_metadata",
    "EndpointBillingRecord": ".endpoint_billing_record",
    "EndpointGpuConfig": ".endpoint_gpu_config",
    "EndpointType": ".endpoint_type",
    "EndpointWorkers": ".endpoint_workers",
    "ErrorResponse": ".error_response",
    "FlashBoot": ".flash_boot",
    "GpuCloudFilter": ".gpu_cloud_filter",
    "GpuConfig": ".gpu_config",
    "GpuManufacturer": ".gpu_manufacturer",
    "GpuType": ".gpu_type",
    "GpuTypeMaxCount": ".gpu_type_max_count",
    "GpuTypePrice": ".gpu_type_price",
    "ListBillingResponse": ".list_billing_response",
    "ListCatalogTemplatesSource": ".list_catalog_templates_source",
    "ListClusterBillingResponse": ".list_cluster_billing_response",
    "ListClustersResponse": ".list_clusters_response",
    "ListCpuTypesResponse": ".list_cpu_types_response",
    "ListDataCentersResponse": ".list_data_centers_response",
    "ListDelegationsResponse": ".list_delegations_response",
    "ListEndpointBillingResponse": ".list_endpoint_billing_response",
    "ListEndpointReleasesResponse": ".list_endpoint_releases_response",
    "ListEndpointWorkersResponse": ".list_endpoint_workers_response",
    "ListEndpointsResponse": ".list_endpoints_response",
    "ListGpuTypesResponse": ".list_gpu_types_response",
    "ListNetworkVolumeBillingResponse": ".list_network_volume_billing_response",
    "ListNetworkVolumesResponse": ".list_network_volumes_response",
    "ListPodBillingResponse": ".list_pod_billing_response",
    "ListPodsResponse": ".list_pods_response",
    "ListRegistriesResponse": ".list_registries_response",
    "ListServerlessBillingResponse": ".list_serverless_billing_response",
    "ListTemplatesResponse": ".list_templates_response",
    "LoadBalancingRequestUrls": ".load_balancing_request_urls",
    "LogSource": ".log_source",
    "Mounts": ".mounts",
    "NetworkMount": ".network_mount",
    "NetworkVolume": ".network_volume",
    "NetworkVolumeBillingAmounts": ".network_volume_billing_amounts",
    "NetworkVolumeBillingMetadata": ".network_volume_billing_metadata",
    "NetworkVolumeBillingQuery": ".network_volume_billing_query",
    "NetworkVolumeBillingRecord": ".network_volume_billing_record",
    "PersistentMount": ".persistent_mount",
    "Pod": ".pod",
    "PodAction": ".pod_action",
    "PodActionRequest": ".pod_action_request",
    "PodBillingAmounts": ".pod_billing_amounts",
    "PodBillingMetadata": ".pod_billing_metadata",
    "PodBillingQuery": ".pod_billing_query",
    "PodBillingRecord": ".pod_billing_record",
    "PodCluster": ".pod_cluster",
    "PodClusterRole": ".pod_cluster_role",
    "PodGlobalNetworking": ".pod_global_networking",
    "PodGpuUtilization": ".pod_gpu_utilization",
    "PodRuntime": ".pod_runtime",
    "PodRuntimePort": ".pod_runtime_port",
    "PodSsh": ".pod_ssh",
    "PodSshEndpoint": ".pod_ssh_endpoint",
    "PodStatus": ".pod_status",
    "Product": ".product",
    "QueueBasedRequestUrls": ".queue_based_request_urls",
    "QueueDelayScaling": ".queue_delay_scaling",
    "QueueDelayScalingType": ".queue_delay_scaling_type",
    "Registry": ".registry",
    "Release": ".release",
    "ReleaseDiffEntry": ".release_diff_entry",
    "ReleaseSource": ".release_source",
    "RequestCountScaling": ".request_count_scaling",
    "RequestCountScalingType": ".request_count_scaling_type",
    "RolloutSummary": ".rollout_summary",
    "ServerlessBillingAmounts": ".serverless_billing_amounts",
    "ServerlessBillingMetadata": ".serverless_billing_metadata",
    "ServerlessBillingQuery": ".serverless_billing_query",
    "ServerlessBillingRecord": ".serverless_billing_record",
    "SshKeys": ".ssh_keys",
    "Template": ".template",
    "TemplateCategory": ".template_category",
    "TemplateMounts": ".template_mounts",
    "UpdateClusterRequest": ".update_cluster_request",
    "UpdateEndpointGpuConfig": ".update_endpoint_gpu_config",
    "UpdateEndpointRequest": ".update_endpoint_request",
    "UpdateNetworkVolumeRequest": ".update_network_volume_request",
    "UpdatePodRequest": ".update_pod_request",
    "UpdateSshKeysRequest": ".update_ssh_keys_request",
    "UpdateTemplateRequest": ".update_template_request",
    "Utilization": ".utilization",
    "VolumeType": ".volume_type",
    "Worker": ".worker",
    "WorkerStatus": ".worker_status",
    "WorkerSummary": ".worker_summary",
}

__all__ = (
    "AvailabilityLevel",
    "BaseContainerConfig",
    "BaseContainerConfigEnv",
    "BaseCpuConfig",
    "BaseEndpointGpuConfig",
    "BillingAmounts",
    "BillingBucketSize",
    "BillingMetadata",
    "BillingQuery",
    "BillingRecord",
    "BillingTimeRange",
    "CatalogInclude",
    "CatalogResourceAvailability",
    "Cloud",
    "Cluster",
    "ClusterBillingAmounts",
    "ClusterBillingMetadata",
    "ClusterBillingQuery",
    "ClusterBillingRecord",
    "ClusterCompute",
    "ClusterNetwork",
    "ClusterPodsSummary",
    "ClusterPodsSummaryByStatus",
    "ClusterPrimary",
    "ClusterType",
    "Compliance",
    "ContainerConfig",
    "CpuConfig",
    "CpuProduct",
    "CpuType",
    "CpuTypePrice",
    "CpuTypeVcpu",
    "CreateClusterRequest",
    "CreateDelegationRequest",
    "CreateEndpointGpuConfig",
    "CreateEndpointRequest",
    "CreateGpuConfig",
    "CreateNetworkVolumeRequest",
    "CreatePodRequest",
    "CreateRegistryRequest",
    "CreateTemplateRequest",
    "CudaVersionAvailability",
    "DataCenter",
    "DataCenterAvailability",
    "DataCenterInclude",
    "DataCenterRegion",
    "EcrDelegation",
    "Endpoint",
    "EndpointBillingAmounts",
    "EndpointBillingMetadata",
    "EndpointBillingRecord",
    "EndpointGpuConfig",
    "EndpointType",
    "EndpointWorkers",
    "ErrorResponse",
    "FlashBoot",
    "GpuCloudFilter",
    "GpuConfig",
    "GpuManufacturer",
    "GpuType",
    "GpuTypeMaxCount",
    "GpuTypePrice",
    "ListBillingResponse",
    "ListCatalogTemplatesSource",
    "ListClusterBillingResponse",
    "ListClustersResponse",
    "ListCpuTypesResponse",
    "ListDataCentersResponse",
    "ListDelegationsResponse",
    "ListEndpointBillingResponse",
    "ListEndpointReleasesResponse",
    "ListEndpointsResponse",
    "ListEndpointWorkersResponse",
    "ListGpuTypesResponse",
    "ListNetworkVolumeBillingResponse",
    "ListNetworkVolumesResponse",
    "ListPodBillingResponse",
    "ListPodsResponse",
    "ListRegistriesResponse",
    "ListServerlessBillingResponse",
    "ListTemplatesResponse",
    "LoadBalancingRequestUrls",
    "LogSource",
    "Mounts",
    "NetworkMount",
    "NetworkVolume",
    "NetworkVolumeBillingAmounts",
    "NetworkVolumeBillingMetadata",
    "NetworkVolumeBillingQuery",
    "NetworkVolumeBillingRecord",
    "PersistentMount",
    "Pod",
    "PodAction",
    "PodActionRequest",
    "PodBillingAmounts",
    "PodBillingMetadata",
    "PodBillingQuery",
    "PodBillingRecord",
    "PodCluster",
    "PodClusterRole",
    "PodGlobalNetworking",
    "PodGpuUtilization",
    "PodRuntime",
    "PodRuntimePort",
    "PodSsh",
    "PodSshEndpoint",
    "PodStatus",
    "Product",
    "QueueBasedRequestUrls",
    "QueueDelayScaling",
    "QueueDelayScalingType",
    "Registry",
    "Release",
    "ReleaseDiffEntry",
    "ReleaseSource",
    "RequestCountScaling",
    "RequestCountScalingType",
    "RolloutSummary",
    "ServerlessBillingAmounts",
    "ServerlessBillingMetadata",
    "ServerlessBillingQuery",
    "ServerlessBillingRecord",
    "SshKeys",
    "Template",
    "TemplateCategory",
    "TemplateMounts",
    "UpdateClusterRequest",
    "UpdateEndpointGpuConfig",
    "UpdateEndpointRequest",
    "UpdateNetworkVolumeRequest",
    "UpdatePodRequest",
    "UpdateSshKeysRequest",
    "UpdateTemplateRequest",
    "Utilization",
    "VolumeType",
    "Worker",
    "WorkerStatus",
    "WorkerSummary",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
