"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (``models.Pod``, ``from .models import Pod``), so a program
that calls a few operations does not load every model of the API.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "BillingBucketSize": ".billing_bucket_size",
    "BillingRecord": ".billing_record",
    "CloudType": ".cloud_type",
    "ComputeType": ".compute_type",
    "ContainerRegistryAuth": ".container_registry_auth",
    "ContainerRegistryAuthCreateInput": ".container_registry_auth_create_input",
    "CpuType": ".cpu_type",
    "CudaVersion": ".cuda_version",
    "DataCenterId": ".data_center_id",
    "DesiredStatus": ".desired_status",
    "Endpoint": ".endpoint",
    "EndpointBillingGrouping": ".endpoint_billing_grouping",
    "EndpointCpuFlavorId": ".endpoint_cpu_flavor_id",
    "EndpointCreateInput": ".endpoint_create_input",
    "EndpointUpdateInput": ".endpoint_update_input",
    "EnvVars": ".env_vars",
    "Error": ".error",
    "GpuType": ".gpu_type",
    "GpuTypeId": ".gpu_type_id",
    "Machine": ".machine",
    "NetworkVolume": ".network_volume",
    "NetworkVolumeBillingRecord": ".network_volume_billing_record",
    "NetworkVolumeCreateInput": ".network_volume_create_input",
    "NetworkVolumeUpdateInput": ".network_volume_update_input",
    "OpenApiDocument": ".open_api_document",
    "Pod": ".pod",
    "PodBillingGrouping": ".pod_billing_grouping",
    "PodCpuFlavorId": ".pod_cpu_flavor_id",
    "PodCreateInput": ".pod_create_input",
    "PodPortMappingsType0": ".pod_port_mappings_type_0",
    "PodUpdateInput": ".pod_update_input",
    "Priority": ".priority",
    "SavingsPlan": ".savings_plan",
    "ScalerType": ".scaler_type",
    "Template": ".template",
    "TemplateCategory": ".template_category",
    "TemplateCreateInput": ".template_create_input",
    "TemplateUpdateInput": ".template_update_input",
}

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
