"""Contains all the data models used in inputs/outputs"""

from .billing_bucket_size import BillingBucketSize
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
from .endpoint_billing_grouping import EndpointBillingGrouping
from .endpoint_cpu_flavor_id import EndpointCpuFlavorId
from .endpoint_create_input import EndpointCreateInput
from .endpoint_update_input import EndpointUpdateInput
from .env_vars import EnvVars
from .error import Error
from .gpu_type import GpuType
from .gpu_type_id import GpuTypeId
from .machine import Machine
from .network_volume import NetworkVolume
from .network_volume_billing_record import NetworkVolumeBillingRecord
from .network_volume_create_input import NetworkVolumeCreateInput
from .network_volume_update_input import NetworkVolumeUpdateInput
from .open_api_document import OpenApiDocument
from .pod import Pod
from .pod_billing_grouping import PodBillingGrouping
from .pod_cpu_flavor_id import PodCpuFlavorId
from .pod_create_input import PodCreateInput
from .pod_port_mappings_type_0 import PodPortMappingsType0
from .pod_update_input import PodUpdateInput
from .priority import Priority
from .savings_plan import SavingsPlan
from .scaler_type import ScalerType
from .template import Template
from .template_category import TemplateCategory
from .template_create_input import TemplateCreateInput
from .template_update_input import TemplateUpdateInput

__all__ = (
    "BillingBucketSize",
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
    "EndpointBillingGrouping",
    "EndpointCpuFlavorId",
    "EndpointCreateInput",
    "EndpointUpdateInput",
    "EnvVars",
    "Error",
    "GpuType",
    "GpuTypeId",
    "Machine",
    "NetworkVolume",
    "NetworkVolumeBillingRecord",
    "NetworkVolumeCreateInput",
    "NetworkVolumeUpdateInput",
    "OpenApiDocument",
    "Pod",
    "PodBillingGrouping",
    "PodCpuFlavorId",
    "PodCreateInput",
    "PodPortMappingsType0",
    "PodUpdateInput",
    "Priority",
    "SavingsPlan",
    "ScalerType",
    "Template",
    "TemplateCategory",
    "TemplateCreateInput",
    "TemplateUpdateInput",
)
