"""Contains all the data models used in inputs/outputs"""

from .api_delete_pod_response import APIDeletePodResponse
from .api_disk_config import APIDiskConfig
from .api_disk_config_info_type_0 import APIDiskConfigInfoType0
from .api_disk_create_request import APIDiskCreateRequest
from .api_disk_update_request import APIDiskUpdateRequest
from .api_pod_config import APIPodConfig
from .api_pod_status_response import APIPodStatusResponse
from .apissh_key_config import APISSHKeyConfig
from .apissh_key_update_request_config import APISSHKeyUpdateRequestConfig
from .apissh_key_update_response_config import APISSHKeyUpdateResponseConfig
from .apissh_key_update_response_config_updated_fields import (
    APISSHKeyUpdateResponseConfigUpdatedFields,
)
from .apissh_key_upload_request_config import APISSHKeyUploadRequestConfig
from .attachable_resource_status import AttachableResourceStatus
from .attachable_resource_type import AttachableResourceType
from .attached_resources import AttachedResources
from .availability_response import AvailabilityResponse
from .billing_entry import BillingEntry
from .body_create_disk_api_v1_disks_post import BodyCreateDiskApiV1DisksPost
from .body_create_pod_api_v1_pods_post import BodyCreatePodApiV1PodsPost
from .currency import Currency
from .custom_spec_value import CustomSpecValue
from .disk_availability import DiskAvailability
from .disk_availability_response import DiskAvailabilityResponse
from .disk_availability_stock_status import DiskAvailabilityStockStatus
from .disk_delete_response import DiskDeleteResponse
from .disk_status_enum import DiskStatusEnum
from .disk_update_result import DiskUpdateResult
from .docker_image_check_request import DockerImageCheckRequest
from .env_var import EnvVar
from .environment_type_enum import EnvironmentTypeEnum
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .generic_pagination_response_list_api_disk_config import (
    GenericPaginationResponseListAPIDiskConfig,
)
from .generic_pagination_response_list_api_pod_config import (
    GenericPaginationResponseListAPIPodConfig,
)
from .generic_pagination_response_list_apissh_key_config import (
    GenericPaginationResponseListAPISSHKeyConfig,
)
from .generic_pagination_response_list_history_obj import (
    GenericPaginationResponseListHistoryObj,
)
from .generic_response_list_api_pod_status_response import (
    GenericResponseListAPIPodStatusResponse,
)
from .get_pod_history_sort_by import GetPodHistorySortBy
from .get_pod_history_sort_order import GetPodHistorySortOrder
from .gpu_availability import GpuAvailability
from .gpu_availability_stock_status import GpuAvailabilityStockStatus
from .gpu_count_pricing import GpuCountPricing
from .gpu_pricing_summary import GpuPricingSummary
from .gpu_socket import GPUSocket
from .gpu_type import GPUType
from .history_obj import HistoryObj
from .http_error_detail import HTTPErrorDetail
from .installation_status_enum import InstallationStatusEnum
from .instance_count_pricing import InstanceCountPricing
from .instance_resources import InstanceResources
from .legacy_availability_response import LegacyAvailabilityResponse
from .pod_request_config import PodRequestConfig
from .pod_status_enum import PodStatusEnum
from .pod_type_enum import PodTypeEnum
from .port_mapping import PortMapping
from .prices import Prices
from .pricing_info import PricingInfo
from .protocol_enum import ProtocolEnum
from .provider_config import ProviderConfig
from .provider_type_enum import ProviderTypeEnum
from .regions import Regions
from .registry_credentials_list_response import RegistryCredentialsListResponse
from .registry_credentials_summary import RegistryCredentialsSummary
from .resource_type import ResourceType
from .run_pricing import RunPricing
from .run_usage_breakdown import RunUsageBreakdown
from .run_usage_response import RunUsageResponse
from .security_type import SecurityType
from .ssh_key_delete_result import SSHKeyDeleteResult
from .team_config import TeamConfig
from .used_by_enum import UsedByEnum
from .wallet_response import WalletResponse

__all__ = (
    "APIDeletePodResponse",
    "APIDiskConfig",
    "APIDiskConfigInfoType0",
    "APIDiskCreateRequest",
    "APIDiskUpdateRequest",
    "APIPodConfig",
    "APIPodStatusResponse",
    "APISSHKeyConfig",
    "APISSHKeyUpdateRequestConfig",
    "APISSHKeyUpdateResponseConfig",
    "APISSHKeyUpdateResponseConfigUpdatedFields",
    "APISSHKeyUploadRequestConfig",
    "AttachableResourceStatus",
    "AttachableResourceType",
    "AttachedResources",
    "AvailabilityResponse",
    "BillingEntry",
    "BodyCreateDiskApiV1DisksPost",
    "BodyCreatePodApiV1PodsPost",
    "Currency",
    "CustomSpecValue",
    "DiskAvailability",
    "DiskAvailabilityResponse",
    "DiskAvailabilityStockStatus",
    "DiskDeleteResponse",
    "DiskStatusEnum",
    "DiskUpdateResult",
    "DockerImageCheckRequest",
    "EnvironmentTypeEnum",
    "EnvVar",
    "ErrorDetail",
    "ErrorResponse",
    "GenericPaginationResponseListAPIDiskConfig",
    "GenericPaginationResponseListAPIPodConfig",
    "GenericPaginationResponseListAPISSHKeyConfig",
    "GenericPaginationResponseListHistoryObj",
    "GenericResponseListAPIPodStatusResponse",
    "GetPodHistorySortBy",
    "GetPodHistorySortOrder",
    "GpuAvailability",
    "GpuAvailabilityStockStatus",
    "GpuCountPricing",
    "GpuPricingSummary",
    "GPUSocket",
    "GPUType",
    "HistoryObj",
    "HTTPErrorDetail",
    "InstallationStatusEnum",
    "InstanceCountPricing",
    "InstanceResources",
    "LegacyAvailabilityResponse",
    "PodRequestConfig",
    "PodStatusEnum",
    "PodTypeEnum",
    "PortMapping",
    "Prices",
    "PricingInfo",
    "ProtocolEnum",
    "ProviderConfig",
    "ProviderTypeEnum",
    "Regions",
    "RegistryCredentialsListResponse",
    "RegistryCredentialsSummary",
    "ResourceType",
    "RunPricing",
    "RunUsageBreakdown",
    "RunUsageResponse",
    "SecurityType",
    "SSHKeyDeleteResult",
    "TeamConfig",
    "UsedByEnum",
    "WalletResponse",
)
