"""Contains all the data models used in inputs/outputs"""

from .account_limits import AccountLimits
from .account_limits_serverless_workers import AccountLimitsServerlessWorkers
from .account_limits_spend_rate import AccountLimitsSpendRate
from .availability_level import AvailabilityLevel
from .balance import Balance
from .base_container_config import BaseContainerConfig
from .base_container_config_env import BaseContainerConfigEnv
from .base_cpu_config import BaseCpuConfig
from .base_endpoint_gpu_config import BaseEndpointGpuConfig
from .base_gpu_config import BaseGpuConfig
from .billing_amounts import BillingAmounts
from .billing_bucket_size import BillingBucketSize
from .billing_metadata import BillingMetadata
from .billing_mode import BillingMode
from .billing_query import BillingQuery
from .billing_record import BillingRecord
from .billing_time_range import BillingTimeRange
from .build import Build
from .build_state import BuildState
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
from .create_secret_request import CreateSecretRequest
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
from .list_endpoint_builds_response import ListEndpointBuildsResponse
from .list_endpoint_releases_response import ListEndpointReleasesResponse
from .list_endpoint_workers_response import ListEndpointWorkersResponse
from .list_endpoints_response import ListEndpointsResponse
from .list_gpu_types_response import ListGpuTypesResponse
from .list_network_volume_billing_response import ListNetworkVolumeBillingResponse
from .list_network_volumes_response import ListNetworkVolumesResponse
from .list_pod_billing_response import ListPodBillingResponse
from .list_pods_response import ListPodsResponse
from .list_registries_response import ListRegistriesResponse
from .list_secrets_response import ListSecretsResponse
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
from .paginated import Paginated
from .pagination import Pagination
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
from .pod_list import PodList
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
from .secret import Secret
from .serverless_billing_amounts import ServerlessBillingAmounts
from .serverless_billing_metadata import ServerlessBillingMetadata
from .serverless_billing_query import ServerlessBillingQuery
from .serverless_billing_record import ServerlessBillingRecord
from .ssh_keys import SshKeys
from .template import Template
from .template_category import TemplateCategory
from .template_list import TemplateList
from .template_mounts import TemplateMounts
from .update_cluster_request import UpdateClusterRequest
from .update_endpoint_gpu_config import UpdateEndpointGpuConfig
from .update_endpoint_request import UpdateEndpointRequest
from .update_network_volume_request import UpdateNetworkVolumeRequest
from .update_pod_request import UpdatePodRequest
from .update_secret_request import UpdateSecretRequest
from .update_ssh_keys_request import UpdateSshKeysRequest
from .update_template_request import UpdateTemplateRequest
from .utilization import Utilization
from .volume_type import VolumeType
from .worker import Worker
from .worker_status import WorkerStatus
from .worker_summary import WorkerSummary

__all__ = (
    "AccountLimits",
    "AccountLimitsServerlessWorkers",
    "AccountLimitsSpendRate",
    "AvailabilityLevel",
    "Balance",
    "BaseContainerConfig",
    "BaseContainerConfigEnv",
    "BaseCpuConfig",
    "BaseEndpointGpuConfig",
    "BaseGpuConfig",
    "BillingAmounts",
    "BillingBucketSize",
    "BillingMetadata",
    "BillingMode",
    "BillingQuery",
    "BillingRecord",
    "BillingTimeRange",
    "Build",
    "BuildState",
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
    "CreateSecretRequest",
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
    "ListEndpointBuildsResponse",
    "ListEndpointReleasesResponse",
    "ListEndpointsResponse",
    "ListEndpointWorkersResponse",
    "ListGpuTypesResponse",
    "ListNetworkVolumeBillingResponse",
    "ListNetworkVolumesResponse",
    "ListPodBillingResponse",
    "ListPodsResponse",
    "ListRegistriesResponse",
    "ListSecretsResponse",
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
    "Paginated",
    "Pagination",
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
    "PodList",
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
    "Secret",
    "ServerlessBillingAmounts",
    "ServerlessBillingMetadata",
    "ServerlessBillingQuery",
    "ServerlessBillingRecord",
    "SshKeys",
    "Template",
    "TemplateCategory",
    "TemplateList",
    "TemplateMounts",
    "UpdateClusterRequest",
    "UpdateEndpointGpuConfig",
    "UpdateEndpointRequest",
    "UpdateNetworkVolumeRequest",
    "UpdatePodRequest",
    "UpdateSecretRequest",
    "UpdateSshKeysRequest",
    "UpdateTemplateRequest",
    "Utilization",
    "VolumeType",
    "Worker",
    "WorkerStatus",
    "WorkerSummary",
)
