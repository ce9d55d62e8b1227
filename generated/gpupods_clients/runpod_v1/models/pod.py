from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.desired_status import DesiredStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pod")

_FIELDS = frozenset(
    (
        "adjustedCostPerHr",
        "aiApiId",
        "consumerUserId",
        "containerDiskInGb",
        "containerRegistryAuthId",
        "costPerHr",
        "cpuFlavorId",
        "desiredStatus",
        "dockerEntrypoint",
        "dockerStartCmd",
        "endpointId",
        "env",
        "gpu",
        "id",
        "image",
        "interruptible",
        "lastStartedAt",
        "lastStatusChange",
        "locked",
        "machine",
        "machineId",
        "memoryInGb",
        "name",
        "networkVolume",
        "portMappings",
        "ports",
        "publicIp",
        "savingsPlans",
        "slsVersion",
        "templateId",
        "vcpuCount",
        "volumeEncrypted",
        "volumeInGb",
        "volumeMountPath",
    )
)


@_attrs_define
class Pod:
    """A pod; machine, networkVolume and savingsPlans only appear when asked for."""

    adjusted_cost_per_hr: float | Unset = UNSET
    """ Hourly cost after savings plans. """

    ai_api_id: None | str | Unset = UNSET
    """ Older name for endpointId. """

    consumer_user_id: str | Unset = UNSET

    container_disk_in_gb: int | Unset = UNSET

    container_registry_auth_id: str | Unset = UNSET

    cost_per_hr: float | Unset = UNSET

    cpu_flavor_id: str | Unset = UNSET

    desired_status: DesiredStatus | Unset = UNSET

    docker_entrypoint: list[str] | Unset = UNSET

    docker_start_cmd: list[str] | Unset = UNSET

    endpoint_id: None | str | Unset = UNSET
    """ The serverless endpoint, when the pod is one of its workers. """

    env: EnvVars | Unset = UNSET
    """ Environment variables, name to value. """

    gpu: GpuType | Unset = UNSET
    """ A GPU type with its prices (USD per hour). """

    id: str | Unset = UNSET

    image: str | Unset = UNSET

    interruptible: bool | Unset = UNSET

    last_started_at: str | Unset = UNSET

    last_status_change: str | Unset = UNSET
    """ Free text about the last lifecycle event. """

    locked: bool | Unset = UNSET

    machine: Machine | Unset = UNSET
    """ The host a pod runs on. """

    machine_id: str | Unset = UNSET

    memory_in_gb: float | Unset = UNSET

    name: str | Unset = UNSET

    network_volume: NetworkVolume | Unset = UNSET

    port_mappings: None | PodPortMappingsType0 | Unset = UNSET
    """ Container port to public port, empty until the pod is placed. """

    ports: list[str] | Unset = UNSET

    public_ip: None | str | Unset = UNSET
    """ Empty while the pod is starting. """

    savings_plans: list[SavingsPlan] | Unset = UNSET

    sls_version: int | Unset = UNSET

    template_id: None | str | Unset = UNSET

    vcpu_count: float | Unset = UNSET

    volume_encrypted: bool | Unset = UNSET

    volume_in_gb: int | Unset = UNSET

    volume_mount_path: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adjusted_cost_per_hr = self.adjusted_cost_per_hr

        ai_api_id: None | str | Unset
        if isinstance(self.ai_api_id, Unset):
            ai_api_id = UNSET
        else:
            ai_api_id = self.ai_api_id

        consumer_user_id = self.consumer_user_id

        container_disk_in_gb = self.container_disk_in_gb

        container_registry_auth_id = self.container_registry_auth_id

        cost_per_hr = self.cost_per_hr

        cpu_flavor_id = self.cpu_flavor_id

        desired_status: str | Unset = UNSET
        if not isinstance(self.desired_status, Unset):
            desired_status = self.desired_status

        docker_entrypoint: list[str] | Unset = UNSET
        if not isinstance(self.docker_entrypoint, Unset):
            docker_entrypoint = self.docker_entrypoint

        docker_start_cmd: list[str] | Unset = UNSET
        if not isinstance(self.docker_start_cmd, Unset):
            docker_start_cmd = self.docker_start_cmd

        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        id = self.id

        image = self.image

        interruptible = self.interruptible

        last_started_at = self.last_started_at

        last_status_change = self.last_status_change

        locked = self.locked

        machine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.machine, Unset):
            machine = self.machine.to_dict()

        machine_id = self.machine_id

        memory_in_gb = self.memory_in_gb

        name = self.name

        network_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_volume, Unset):
            network_volume = self.network_volume.to_dict()

        port_mappings: dict[str, Any] | None | Unset
        if isinstance(self.port_mappings, Unset):
            port_mappings = UNSET
        elif isinstance(self.port_mappings, PodPortMappingsType0):
            port_mappings = self.port_mappings.to_dict()
        else:
            port_mappings = self.port_mappings

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        public_ip: None | str | Unset
        if isinstance(self.public_ip, Unset):
            public_ip = UNSET
        else:
            public_ip = self.public_ip

        savings_plans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.savings_plans, Unset):
            savings_plans = []
            for savings_plans_item_data in self.savings_plans:
                savings_plans_item = savings_plans_item_data.to_dict()
                savings_plans.append(savings_plans_item)

        sls_version = self.sls_version

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        vcpu_count = self.vcpu_count

        volume_encrypted = self.volume_encrypted

        volume_in_gb = self.volume_in_gb

        volume_mount_path = self.volume_mount_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adjusted_cost_per_hr is not UNSET:
            field_dict["adjustedCostPerHr"] = adjusted_cost_per_hr
        if ai_api_id is not UNSET:
            field_dict["aiApiId"] = ai_api_id
        if consumer_user_id is not UNSET:
            field_dict["consumerUserId"] = consumer_user_id
        if container_disk_in_gb is not UNSET:
            field_dict["containerDiskInGb"] = container_disk_in_gb
        if container_registry_auth_id is not UNSET:
            field_dict["containerRegistryAuthId"] = container_registry_auth_id
        if cost_per_hr is not UNSET:
            field_dict["costPerHr"] = cost_per_hr
        if cpu_flavor_id is not UNSET:
            field_dict["cpuFlavorId"] = cpu_flavor_id
        if desired_status is not UNSET:
            field_dict["desiredStatus"] = desired_status
        if docker_entrypoint is not UNSET:
            field_dict["dockerEntrypoint"] = docker_entrypoint
        if docker_start_cmd is not UNSET:
            field_dict["dockerStartCmd"] = docker_start_cmd
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if env is not UNSET:
            field_dict["env"] = env
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if id is not UNSET:
            field_dict["id"] = id
        if image is not UNSET:
            field_dict["image"] = image
        if interruptible is not UNSET:
            field_dict["interruptible"] = interruptible
        if last_started_at is not UNSET:
            field_dict["lastStartedAt"] = last_started_at
        if last_status_change is not UNSET:
            field_dict["lastStatusChange"] = last_status_change
        if locked is not UNSET:
            field_dict["locked"] = locked
        if machine is not UNSET:
            field_dict["machine"] = machine
        if machine_id is not UNSET:
            field_dict["machineId"] = machine_id
        if memory_in_gb is not UNSET:
            field_dict["memoryInGb"] = memory_in_gb
        if name is not UNSET:
            field_dict["name"] = name
        if network_volume is not UNSET:
            field_dict["networkVolume"] = network_volume
        if port_mappings is not UNSET:
            field_dict["portMappings"] = port_mappings
        if ports is not UNSET:
            field_dict["ports"] = ports
        if public_ip is not UNSET:
            field_dict["publicIp"] = public_ip
        if savings_plans is not UNSET:
            field_dict["savingsPlans"] = savings_plans
        if sls_version is not UNSET:
            field_dict["slsVersion"] = sls_version
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if vcpu_count is not UNSET:
            field_dict["vcpuCount"] = vcpu_count
        if volume_encrypted is not UNSET:
            field_dict["volumeEncrypted"] = volume_encrypted
        if volume_in_gb is not UNSET:
            field_dict["volumeInGb"] = volume_in_gb
        if volume_mount_path is not UNSET:
            field_dict["volumeMountPath"] = volume_mount_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _port_mappings = src_dict.get("portMappings", UNSET)
        port_mappings: None | PodPortMappingsType0 | Unset
        if _port_mappings is None or isinstance(_port_mappings, Unset):
            port_mappings = _port_mappings
        else:
            try:
                if not isinstance(_port_mappings, dict):
                    raise TypeError()
                port_mappings = PodPortMappingsType0.from_dict(_port_mappings)
            except (TypeError, ValueError, AttributeError, KeyError):
                port_mappings = _port_mappings

        pod = cls(
            src_dict.get("adjustedCostPerHr", UNSET),  # adjusted_cost_per_hr
            src_dict.get("aiApiId", UNSET),  # ai_api_id
            src_dict.get("consumerUserId", UNSET),  # consumer_user_id
            src_dict.get("containerDiskInGb", UNSET),  # container_disk_in_gb
            src_dict.get(
                "containerRegistryAuthId", UNSET
            ),  # container_registry_auth_id
            src_dict.get("costPerHr", UNSET),  # cost_per_hr
            src_dict.get("cpuFlavorId", UNSET),  # cpu_flavor_id
            src_dict.get("desiredStatus", UNSET),  # desired_status
            src_dict.get("dockerEntrypoint", UNSET),  # docker_entrypoint
            src_dict.get("dockerStartCmd", UNSET),  # docker_start_cmd
            src_dict.get("endpointId", UNSET),  # endpoint_id
            EnvVars.from_dict(src_dict["env"]) if "env" in src_dict else UNSET,  # env
            GpuType.from_dict(src_dict["gpu"]) if "gpu" in src_dict else UNSET,  # gpu
            src_dict.get("id", UNSET),  # id
            src_dict.get("image", UNSET),  # image
            src_dict.get("interruptible", UNSET),  # interruptible
            src_dict.get("lastStartedAt", UNSET),  # last_started_at
            src_dict.get("lastStatusChange", UNSET),  # last_status_change
            src_dict.get("locked", UNSET),  # locked
            Machine.from_dict(src_dict["machine"])
            if "machine" in src_dict
            else UNSET,  # machine
            src_dict.get("machineId", UNSET),  # machine_id
            src_dict.get("memoryInGb", UNSET),  # memory_in_gb
            src_dict.get("name", UNSET),  # name
            NetworkVolume.from_dict(src_dict["networkVolume"])
            if "networkVolume" in src_dict
            else UNSET,  # network_volume
            port_mappings,  # port_mappings
            src_dict.get("ports", UNSET),  # ports
            src_dict.get("publicIp", UNSET),  # public_ip
            [SavingsPlan.from_dict(item0) for item0 in src_dict["savingsPlans"]]
            if "savingsPlans" in src_dict
            else UNSET,  # savings_plans
            src_dict.get("slsVersion", UNSET),  # sls_version
            src_dict.get("templateId", UNSET),  # template_id
            src_dict.get("vcpuCount", UNSET),  # vcpu_count
            src_dict.get("volumeEncrypted", UNSET),  # volume_encrypted
            src_dict.get("volumeInGb", UNSET),  # volume_in_gb
            src_dict.get("volumeMountPath", UNSET),  # volume_mount_path
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            pod.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pod

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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.env_vars import EnvVars  # noqa: E402
from ..models.gpu_type import GpuType  # noqa: E402
from ..models.machine import Machine  # noqa: E402
from ..models.network_volume import NetworkVolume  # noqa: E402
from ..models.pod_port_mappings_type_0 import PodPortMappingsType0  # noqa: E402
from ..models.savings_plan import SavingsPlan  # noqa: E402
