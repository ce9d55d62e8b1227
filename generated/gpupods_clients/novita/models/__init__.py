"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (``models.Pod``, ``from .models import Pod``), so a program
that calls a few operations does not load every model of the API.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .billing_mode import BillingMode
    from .cluster import Cluster
    from .connect_jupyter import ConnectJupyter
    from .connect_log import ConnectLog
    from .connect_ssh import ConnectSSH
    from .connect_web_terminal import ConnectWebTerminal
    from .cpu_product import CPUProduct
    from .create_endpoint_request import CreateEndpointRequest
    from .create_endpoint_response import CreateEndpointResponse
    from .create_image_prewarm_request import CreateImagePrewarmRequest
    from .create_image_prewarm_response import CreateImagePrewarmResponse
    from .create_instance_request import CreateInstanceRequest
    from .create_instance_request_kind import CreateInstanceRequestKind
    from .create_instance_response import CreateInstanceResponse
    from .create_network_request import CreateNetworkRequest
    from .create_network_storage_request import CreateNetworkStorageRequest
    from .create_repository_auth_request import CreateRepositoryAuthRequest
    from .create_template_request import CreateTemplateRequest
    from .delete_endpoint_request import DeleteEndpointRequest
    from .delete_image_prewarm_request import DeleteImagePrewarmRequest
    from .delete_network_request import DeleteNetworkRequest
    from .delete_network_storage_request import DeleteNetworkStorageRequest
    from .delete_repository_auth_request import DeleteRepositoryAuthRequest
    from .delete_repository_auth_response import DeleteRepositoryAuthResponse
    from .edit_instance_request import EditInstanceRequest
    from .edit_port import EditPort
    from .edit_port_type import EditPortType
    from .empty_object import EmptyObject
    from .endpoint_detail import EndpointDetail
    from .endpoint_health_check import EndpointHealthCheck
    from .endpoint_health_view import EndpointHealthView
    from .endpoint_image import EndpointImage
    from .endpoint_image_view import EndpointImageView
    from .endpoint_limits import EndpointLimits
    from .endpoint_policy import EndpointPolicy
    from .endpoint_policy_type import EndpointPolicyType
    from .endpoint_policy_view import EndpointPolicyView
    from .endpoint_policy_view_type import EndpointPolicyViewType
    from .endpoint_port import EndpointPort
    from .endpoint_port_view import EndpointPortView
    from .endpoint_product_ref import EndpointProductRef
    from .endpoint_product_view import EndpointProductView
    from .endpoint_spec import EndpointSpec
    from .endpoint_state import EndpointState
    from .endpoint_volume_mount import EndpointVolumeMount
    from .endpoint_volume_mount_type import EndpointVolumeMountType
    from .endpoint_volume_mount_view import EndpointVolumeMountView
    from .endpoint_volume_mount_view_type import EndpointVolumeMountViewType
    from .endpoint_worker import EndpointWorker
    from .endpoint_worker_config import EndpointWorkerConfig
    from .endpoint_worker_config_view import EndpointWorkerConfigView
    from .endpoint_worker_health_type_0 import EndpointWorkerHealthType0
    from .endpoint_worker_metrics_type_0 import EndpointWorkerMetricsType0
    from .endpoint_worker_state_type_0 import EndpointWorkerStateType0
    from .env_var import EnvVar
    from .error_response import ErrorResponse
    from .error_response_details import ErrorResponseDetails
    from .get_template_response import GetTemplateResponse
    from .gpu_product import GPUProduct
    from .gpu_product_inventory_state import GPUProductInventoryState
    from .image_prewarm_product import ImagePrewarmProduct
    from .image_prewarm_quota import ImagePrewarmQuota
    from .image_prewarm_state import ImagePrewarmState
    from .image_prewarm_task import ImagePrewarmTask
    from .instance_env import InstanceEnv
    from .instance_id_request import InstanceIdRequest
    from .instance_info import InstanceInfo
    from .instance_job import InstanceJob
    from .instance_months_request import InstanceMonthsRequest
    from .instance_network import InstanceNetwork
    from .instance_node import InstanceNode
    from .instance_status import InstanceStatus
    from .job import Job
    from .job_id_request import JobIdRequest
    from .job_id_response import JobIdResponse
    from .job_state import JobState
    from .job_type import JobType
    from .list_clusters_response import ListClustersResponse
    from .list_cpu_products_response import ListCPUProductsResponse
    from .list_endpoints_response import ListEndpointsResponse
    from .list_gpu_products_response import ListGPUProductsResponse
    from .list_image_prewarm_tasks_response import ListImagePrewarmTasksResponse
    from .list_instances_response import ListInstancesResponse
    from .list_jobs_response import ListJobsResponse
    from .list_network_storages_response import ListNetworkStoragesResponse
    from .list_networks_response import ListNetworksResponse
    from .list_repository_auths_response import ListRepositoryAuthsResponse
    from .list_templates_response import ListTemplatesResponse
    from .network import Network
    from .network_address import NetworkAddress
    from .network_response import NetworkResponse
    from .network_state import NetworkState
    from .network_state_state import NetworkStateState
    from .network_storage import NetworkStorage
    from .network_storage_mount import NetworkStorageMount
    from .port_mapping import PortMapping
    from .repository_auth import RepositoryAuth
    from .save_image_request import SaveImageRequest
    from .spot_status import SpotStatus
    from .status_error import StatusError
    from .subscription_price import SubscriptionPrice
    from .template import Template
    from .template_channel import TemplateChannel
    from .template_create_payload import TemplateCreatePayload
    from .template_create_payload_type import TemplateCreatePayloadType
    from .template_id_request import TemplateIdRequest
    from .template_id_response import TemplateIdResponse
    from .template_port import TemplatePort
    from .template_port_type import TemplatePortType
    from .template_tool import TemplateTool
    from .template_tool_type import TemplateToolType
    from .template_type import TemplateType
    from .template_volume import TemplateVolume
    from .tool import Tool
    from .update_endpoint_request import UpdateEndpointRequest
    from .update_image_prewarm_request import UpdateImagePrewarmRequest
    from .update_network_request import UpdateNetworkRequest
    from .update_network_storage_request import UpdateNetworkStorageRequest
    from .upgrade_instance_request import UpgradeInstanceRequest
    from .upgrade_network_volume import UpgradeNetworkVolume
    from .upgrade_volume_mount import UpgradeVolumeMount
    from .upgrade_volume_mount_type import UpgradeVolumeMountType
    from .volume_mount import VolumeMount
    from .volume_mount_type import VolumeMountType

_MODULES = {
    "BillingMode": ".billing_mode",
    "Cluster": ".cluster",
    "ConnectJupyter": ".connect_jupyter",
    "ConnectLog": ".connect_log",
    "ConnectSSH": ".connect_ssh",
    "ConnectWebTerminal": ".connect_web_terminal",
    "CPUProduct": ".cpu_product",
    "CreateEndpointRequest": ".create_endpoint_request",
    "CreateEndpointResponse": ".create_endpoint_response",
    "CreateImagePrewarmRequest": ".create_image_prewarm_request",
    "CreateImagePrewarmResponse": ".create_image_prewarm_response",
    "CreateInstanceRequest": ".create_instance_request",
    "CreateInstanceRequestKind": ".create_instance_request_kind",
    "CreateInstanceResponse": ".create_instance_response",
    "CreateNetworkRequest": ".create_network_request",
    "CreateNetworkStorageRequest": ".create_network_storage_request",
    "CreateRepositoryAuthRequest": ".create_repository_auth_request",
    "CreateTemplateRequest": ".create_template_request",
    "DeleteEndpointRequest": ".delete_endpoint_request",
    "DeleteImagePrewarmRequest": ".delete_image_prewarm_request",
    "DeleteNetworkRequest": ".delete_network_request",
    "DeleteNetworkStorageRequest": ".delete_network_storage_request",
    "DeleteRepositoryAuthRequest": ".delete_repository_auth_request",
    "DeleteRepositoryAuthResponse": ".delete_repository_auth_response",
    "EditInstanceRequest": ".edit_instance_request",
    "EditPort": ".edit_port",
    "EditPortType": ".edit_port_type",
    "EmptyObject": ".empty_object",
    "EndpointDetail": ".endpoint_detail",
    "EndpointHealthCheck": ".endpoint_health_check",
    "EndpointHealthView": ".endpoint_health_view",
    "EndpointImage": ".endpoint_image",
    "EndpointImageView": ".endpoint_image_view",
    "EndpointLimits": ".endpoint_limits",
    "EndpointPolicy": ".endpoint_policy",
    "EndpointPolicyType": ".endpoint_policy_type",
    "EndpointPolicyView": ".endpoint_policy_view",
    "EndpointPolicyViewType": ".endpoint_policy_view_type",
    "EndpointPort": ".endpoint_port",
    "EndpointPortView": ".endpoint_port_view",
    "EndpointProductRef": ".endpoint_product_ref",
    "EndpointProductView": ".endpoint_product_view",
    "EndpointSpec": ".endpoint_spec",
    "EndpointState": ".endpoint_state",
    "EndpointVolumeMount": ".endpoint_volume_mount",
    "EndpointVolumeMountType": ".endpoint_volume_mount_type",
    "EndpointVolumeMountView": ".endpoint_volume_mount_view",
    "EndpointVolumeMountViewType": ".endpoint_volume_mount_view_type",
    "EndpointWorker": ".endpoint_worker",
    "EndpointWorkerConfig": ".endpoint_worker_config",
    "EndpointWorkerConfigView": ".endpoint_worker_config_view",
    "EndpointWorkerHealthType0": ".endpoint_worker_health_type_0",
    "EndpointWorkerMetricsType0": ".endpoint_worker_metrics_type_0",
    "EndpointWorkerStateType0": ".endpoint_worker_state_type_0",
    "EnvVar": ".env_var",
    "ErrorResponse": ".error_response",
    "ErrorResponseDetails": ".error_response_details",
    "GetTemplateResponse": ".get_template_response",
    "GPUProduct": ".gpu_product",
    "GPUProductInventoryState": ".gpu_product_inventory_state",
    "ImagePrewarmProduct": ".image_prewarm_product",
    "ImagePrewarmQuota": ".image_prewarm_quota",
    "ImagePrewarmState": ".image_prewarm_state",
    "ImagePrewarmTask": ".image_prewarm_task",
    "InstanceEnv": ".instance_env",
    "InstanceIdRequest": ".instance_id_request",
    "InstanceInfo": ".instance_info",
    "InstanceJob": ".instance_job",
    "InstanceMonthsRequest": ".instance_months_request",
    "InstanceNetwork": ".instance_network",
    "InstanceNode": ".instance_node",
    "InstanceStatus": ".instance_status",
    "Job": ".job",
    "JobIdRequest": ".job_id_request",
    "JobIdResponse": ".job_id_response",
    "JobState": ".job_state",
    "JobType": ".job_type",
    "ListClustersResponse": ".list_clusters_response",
    "ListCPUProductsResponse": ".list_cpu_products_response",
    "ListEndpointsResponse": ".list_endpoints_response",
    "ListGPUProductsResponse": ".list_gpu_products_response",
    "ListImagePrewarmTasksResponse": ".list_image_prewarm_tasks_response",
    "ListInstancesResponse": ".list_instances_response",
    "ListJobsResponse": ".list_jobs_response",
    "ListNetworkStoragesResponse": ".list_network_storages_response",
    "ListNetworksResponse": ".list_networks_response",
    "ListRepositoryAuthsResponse": ".list_repository_auths_response",
    "ListTemplatesResponse": ".list_templates_response",
    "Network": ".network",
    "NetworkAddress": ".network_address",
    "NetworkResponse": ".network_response",
    "NetworkState": ".network_state",
    "NetworkStateState": ".network_state_state",
    "NetworkStorage": ".network_storage",
    "NetworkStorageMount": ".network_storage_mount",
    "PortMapping": ".port_mapping",
    "RepositoryAuth": ".repository_auth",
    "SaveImageRequest": ".save_image_request",
    "SpotStatus": ".spot_status",
    "StatusError": ".status_error",
    "SubscriptionPrice": ".subscription_price",
    "Template": ".template",
    "TemplateChannel": ".template_channel",
    "TemplateCreatePayload": ".template_create_payload",
    "TemplateCreatePayloadType": ".template_create_payload_type",
    "TemplateIdRequest": ".template_id_request",
    "TemplateIdResponse": ".template_id_response",
    "TemplatePort": ".template_port",
    "TemplatePortType": ".template_port_type",
    "TemplateTool": ".template_tool",
    "TemplateToolType": ".template_tool_type",
    "TemplateType": ".template_type",
    "TemplateVolume": ".template_volume",
    "Tool": ".tool",
    "UpdateEndpointRequest": ".update_endpoint_request",
    "UpdateImagePrewarmRequest": ".update_image_prewarm_request",
    "UpdateNetworkRequest": ".update_network_request",
    "UpdateNetworkStorageRequest": ".update_network_storage_request",
    "UpgradeInstanceRequest": ".upgrade_instance_request",
    "UpgradeNetworkVolume": ".upgrade_network_volume",
    "UpgradeVolumeMount": ".upgrade_volume_mount",
    "UpgradeVolumeMountType": ".upgrade_volume_mount_type",
    "VolumeMount": ".volume_mount",
    "VolumeMountType": ".volume_mount_type",
}

__all__ = (
    "BillingMode",
    "Cluster",
    "ConnectJupyter",
    "ConnectLog",
    "ConnectSSH",
    "ConnectWebTerminal",
    "CPUProduct",
    "CreateEndpointRequest",
    "CreateEndpointResponse",
    "CreateImagePrewarmRequest",
    "CreateImagePrewarmResponse",
    "CreateInstanceRequest",
    "CreateInstanceRequestKind",
    "CreateInstanceResponse",
    "CreateNetworkRequest",
    "CreateNetworkStorageRequest",
    "CreateRepositoryAuthRequest",
    "CreateTemplateRequest",
    "DeleteEndpointRequest",
    "DeleteImagePrewarmRequest",
    "DeleteNetworkRequest",
    "DeleteNetworkStorageRequest",
    "DeleteRepositoryAuthRequest",
    "DeleteRepositoryAuthResponse",
    "EditInstanceRequest",
    "EditPort",
    "EditPortType",
    "EmptyObject",
    "EndpointDetail",
    "EndpointHealthCheck",
    "EndpointHealthView",
    "EndpointImage",
    "EndpointImageView",
    "EndpointLimits",
    "EndpointPolicy",
    "EndpointPolicyType",
    "EndpointPolicyView",
    "EndpointPolicyViewType",
    "EndpointPort",
    "EndpointPortView",
    "EndpointProductRef",
    "EndpointProductView",
    "EndpointSpec",
    "EndpointState",
    "EndpointVolumeMount",
    "EndpointVolumeMountType",
    "EndpointVolumeMountView",
    "EndpointVolumeMountViewType",
    "EndpointWorker",
    "EndpointWorkerConfig",
    "EndpointWorkerConfigView",
    "EndpointWorkerHealthType0",
    "EndpointWorkerMetricsType0",
    "EndpointWorkerStateType0",
    "EnvVar",
    "ErrorResponse",
    "ErrorResponseDetails",
    "GetTemplateResponse",
    "GPUProduct",
    "GPUProductInventoryState",
    "ImagePrewarmProduct",
    "ImagePrewarmQuota",
    "ImagePrewarmState",
    "ImagePrewarmTask",
    "InstanceEnv",
    "InstanceIdRequest",
    "InstanceInfo",
    "InstanceJob",
    "InstanceMonthsRequest",
    "InstanceNetwork",
    "InstanceNode",
    "InstanceStatus",
    "Job",
    "JobIdRequest",
    "JobIdResponse",
    "JobState",
    "JobType",
    "ListClustersResponse",
    "ListCPUProductsResponse",
    "ListEndpointsResponse",
    "ListGPUProductsResponse",
    "ListImagePrewarmTasksResponse",
    "ListInstancesResponse",
    "ListJobsResponse",
    "ListNetworksResponse",
    "ListNetworkStoragesResponse",
    "ListRepositoryAuthsResponse",
    "ListTemplatesResponse",
    "Network",
    "NetworkAddress",
    "NetworkResponse",
    "NetworkState",
    "NetworkStateState",
    "NetworkStorage",
    "NetworkStorageMount",
    "PortMapping",
    "RepositoryAuth",
    "SaveImageRequest",
    "SpotStatus",
    "StatusError",
    "SubscriptionPrice",
    "Template",
    "TemplateChannel",
    "TemplateCreatePayload",
    "TemplateCreatePayloadType",
    "TemplateIdRequest",
    "TemplateIdResponse",
    "TemplatePort",
    "TemplatePortType",
    "TemplateTool",
    "TemplateToolType",
    "TemplateType",
    "TemplateVolume",
    "Tool",
    "UpdateEndpointRequest",
    "UpdateImagePrewarmRequest",
    "UpdateNetworkRequest",
    "UpdateNetworkStorageRequest",
    "UpgradeInstanceRequest",
    "UpgradeNetworkVolume",
    "UpgradeVolumeMount",
    "UpgradeVolumeMountType",
    "VolumeMount",
    "VolumeMountType",
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
