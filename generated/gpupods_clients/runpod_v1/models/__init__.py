"""Contains all the data models used in inputs/outputs"""

from .billing_record import BillingRecord
from .cloud_type import CloudType
from .compute_type import ComputeType
from .container_registry_auth import ContainerRegistryAuth
from .container_registry_auth_create_input import ContainerRegistryAuthCreateInput
from .cpu_type import CpuType
from .cuda_version import CudaVersion
from .data_center_id import DataCenterId
from .desired_status import DesiredStatus
from .endpoint import Endpoint
from .endpoint_cpu_flavor_id import EndpointCpuFlavorId
from .endpoint_create_input import EndpointCreateInput
from .endpoint_fields import EndpointFields
from .endpoint_fields_scaler_type import EndpointFieldsScalerType
from .endpoint_scaler_type import EndpointScalerType
from .error import Error
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .gpu_prices import GpuPrices
from .gpu_type_id import GpuTypeId
from .list_billing_endpoints_bucket_size import ListBillingEndpointsBucketSize
from .list_billing_endpoints_grouping import ListBillingEndpointsGrouping
from .list_billing_network_volumes_bucket_size import (
    ListBillingNetworkVolumesBucketSize,
)
from .list_billing_pods_bucket_size import ListBillingPodsBucketSize
from .list_billing_pods_grouping import ListBillingPodsGrouping
from .list_pods_compute_type import ListPodsComputeType
from .machine import Machine
from .network_volume import NetworkVolume
from .network_volume_billing_record import NetworkVolumeBillingRecord
from .network_volume_create_input import NetworkVolumeCreateInput
from .network_volume_update_input import NetworkVolumeUpdateInput
from .pod import Pod
from .pod_cpu_flavor_id import PodCpuFlavorId
from .pod_create_input import PodCreateInput
from .pod_port_mappings_type_0 import PodPortMappingsType0
from .pod_update_in_place_input import PodUpdateInPlaceInput
from .pod_update_input import PodUpdateInput
from .priority import Priority
from .savings_plan import SavingsPlan
from .string_map import StringMap
from .template import Template
from .template_category import TemplateCategory
from .template_create_input import TemplateCreateInput
from .template_fields import TemplateFields

__all__ = (
    "BillingRecord",
    "CloudType",
    "ComputeType",
    "ContainerRegistryAuth",
    "ContainerRegistryAuthCreateInput",
    "CpuType",
    "CudaVersion",
    "DataCenterId",
    "DesiredStatus",
    "Endpoint",
    "EndpointCpuFlavorId",
    "EndpointCreateInput",
    "EndpointFields",
    "EndpointFieldsScalerType",
    "EndpointScalerType",
    "Error",
    "GetOpenapiJsonResponse200",
    "GpuPrices",
    "GpuTypeId",
    "ListBillingEndpointsBucketSize",
    "ListBillingEndpointsGrouping",
    "ListBillingNetworkVolumesBucketSize",
    "ListBillingPodsBucketSize",
    "ListBillingPodsGrouping",
    "ListPodsComputeType",
    "Machine",
    "NetworkVolume",
    "NetworkVolumeBillingRecord",
    "NetworkVolumeCreateInput",
    "NetworkVolumeUpdateInput",
    "Pod",
    "PodCpuFlavorId",
    "PodCreateInput",
    "PodPortMappingsType0",
    "PodUpdateInPlaceInput",
    "PodUpdateInput",
    "Priority",
    "SavingsPlan",
    "StringMap",
    "Template",
    "TemplateCategory",
    "TemplateCreateInput",
    "TemplateFields",
)
