"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (``models.Pod``, ``from .models import Pod``), so a program
that calls a few operations does not load every model of the API.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "APIDeletePodResponse": ".api_delete_pod_response",
    "APIDiskConfig": ".api_disk_config",
    "APIDiskConfigInfoType0": ".api_disk_config_info_type_0",
    "APIDiskCreateRequest": ".api_disk_create_request",
    "APIDiskUpdateRequest": ".api_disk_update_request",
    "APIPodConfig": ".api_pod_config",
    "APIPodStatusResponse": ".api_pod_status_response",
    "APISSHKeyConfig": ".apissh_key_config",
    "APISSHKeyUpdateRequestConfig": ".apissh_key_update_request_config",
    "APISSHKeyUpdateResponseConfig": ".apissh_key_update_response_config",
    "APISSHKeyUpdateResponseConfigUpdatedFields": ".apissh_key_update_response_config_updated_fields",
    "APISSHKeyUploadRequestConfig": ".apissh_key_upload_request_config",
    "AttachableResourceStatus": ".attachable_resource_status",
    "AttachableResourceType": ".attachable_resource_type",
    "AttachedResources": ".attached_resources",
    "AvailabilityResponse": ".availability_response",
    "BillingEntry": ".billing_entry",
    "BodyCreateDiskApiV1DisksPost": ".body_create_disk_api_v1_disks_post",
    "BodyCreatePodApiV1PodsPost": ".body_create_pod_api_v1_pods_post",
    "Currency": ".currency",
    "CustomSpecValue": ".custom_spec_value",
    "DiskAvailability": ".disk_availability",
    "DiskAvailabilityResponse": ".disk_availability_response",
    "DiskAvailabilityStockStatus": ".disk_availability_stock_status",
    "DiskDeleteResponse": ".disk_delete_response",
    "DiskStatusEnum": ".disk_status_enum",
    "DiskUpdateResult": ".disk_update_result",
    "DockerImageCheckRequest": ".docker_image_check_request",
    "EnvVar": ".env_var",
    "EnvironmentTypeEnum": ".environment_type_enum",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "GenericPaginationResponseListAPIDiskConfig": ".generic_pagination_response_list_api_disk_config",
    "GenericPaginationResponseListAPIPodConfig": ".generic_pagination_response_list_api_pod_config",
    "GenericPaginationResponseListAPISSHKeyConfig": ".generic_pagination_response_list_apissh_key_config",
    "GenericPaginationResponseListHistoryObj": ".generic_pagination_response_list_history_obj",
    "GenericResponseListAPIPodStatusResponse": ".generic_response_list_api_pod_status_response",
    "GetPodHistorySortBy": ".get_pod_history_sort_by",
    "GetPodHistorySortOrder": ".get_pod_history_sort_order",
    "GpuAvailability": ".gpu_availability",
    "GpuAvailabilityStockStatus": ".gpu_availability_stock_status",
    "GpuCountPricing": ".gpu_count_pricing",
    "GpuPricingSummary": ".gpu_pricing_summary",
    "GPUSocket": ".gpu_socket",
    "GPUType": ".gpu_type",
    "HistoryObj": ".history_obj",
    "HTTPErrorDetail": ".http_error_detail",
    "InstallationStatusEnum": ".installation_status_enum",
    "InstanceCountPricing": ".instance_count_pricing",
    "InstanceResources": ".instance_resources",
    "LegacyAvailabilityResponse": ".legacy_availability_response",
    "PodRequestConfig": ".pod_request_config",
    "PodStatusEnum": ".pod_status_enum",
    "PodTypeEnum": ".pod_type_enum",
    "PortMapping": ".port_mapping",
    "Prices": ".prices",
    "PricingInfo": ".pricing_info",
    "ProtocolEnum": ".protocol_enum",
    "ProviderConfig": ".provider_config",
    "ProviderTypeEnum": ".provider_type_enum",
    "Regions": ".regions",
    "RegistryCredentialsListResponse": ".registry_credentials_list_response",
    "RegistryCredentialsSummary": ".registry_credentials_summary",
    "ResourceType": ".resource_type",
    "RunPricing": ".run_pricing",
    "RunUsageBreakdown": ".run_usage_breakdown",
    "RunUsageResponse": ".run_usage_response",
    "SecurityType": ".security_type",
    "SSHKeyDeleteResult": ".ssh_key_delete_result",
    "TeamConfig": ".team_config",
    "UsedByEnum": ".used_by_enum",
    "WalletResponse": ".wallet_response",
}

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
