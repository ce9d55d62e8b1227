from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEndpointRequest")

_FIELDS = frozenset(
    (
        "id",
        "workerConfig",
        "ports",
        "policy",
        "image",
        "name",
        "clusterID",
        "volumeMounts",
        "envs",
        "healthy",
    )
)


@_attrs_define
class UpdateEndpointRequest:
    id: str

    worker_config: list[EndpointWorkerConfig]

    ports: list[EndpointPort]

    policy: list[EndpointPolicy]

    image: list[EndpointImage]

    name: None | str | Unset = UNSET

    cluster_id: None | str | Unset = UNSET

    volume_mounts: list[EndpointVolumeMount] | None | Unset = UNSET

    envs: list[EnvVar] | None | Unset = UNSET

    healthy: list[EndpointHealthCheck] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        worker_config = []
        for worker_config_item_data in self.worker_config:
            worker_config_item = worker_config_item_data.to_dict()
            worker_config.append(worker_config_item)

        ports = []
        for ports_item_data in self.ports:
            ports_item = ports_item_data.to_dict()
            ports.append(ports_item)

        policy = []
        for policy_item_data in self.policy:
            policy_item = policy_item_data.to_dict()
            policy.append(policy_item)

        image = []
        for image_item_data in self.image:
            image_item = image_item_data.to_dict()
            image.append(image_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        volume_mounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.volume_mounts, Unset):
            volume_mounts = UNSET
        elif isinstance(self.volume_mounts, list):
            volume_mounts = []
            for volume_mounts_type_0_item_data in self.volume_mounts:
                volume_mounts_type_0_item = volume_mounts_type_0_item_data.to_dict()
                volume_mounts.append(volume_mounts_type_0_item)

        else:
            volume_mounts = self.volume_mounts

        envs: list[dict[str, Any]] | None | Unset
        if isinstance(self.envs, Unset):
            envs = UNSET
        elif isinstance(self.envs, list):
            envs = []
            for envs_type_0_item_data in self.envs:
                envs_type_0_item = envs_type_0_item_data.to_dict()
                envs.append(envs_type_0_item)

        else:
            envs = self.envs

        healthy: list[dict[str, Any]] | None | Unset
        if isinstance(self.healthy, Unset):
            healthy = UNSET
        elif isinstance(self.healthy, list):
            healthy = []
            for healthy_type_0_item_data in self.healthy:
                healthy_type_0_item = healthy_type_0_item_data.to_dict()
                healthy.append(healthy_type_0_item)

        else:
            healthy = self.healthy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workerConfig": worker_config,
                "ports": ports,
                "policy": policy,
                "image": image,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if cluster_id is not UNSET:
            field_dict["clusterID"] = cluster_id
        if volume_mounts is not UNSET:
            field_dict["volumeMounts"] = volume_mounts
        if envs is not UNSET:
            field_dict["envs"] = envs
        if healthy is not UNSET:
            field_dict["healthy"] = healthy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _volume_mounts = src_dict.get("volumeMounts", UNSET)
        volume_mounts: list[EndpointVolumeMount] | None | Unset
        if _volume_mounts is None or isinstance(_volume_mounts, Unset):
            volume_mounts = _volume_mounts
        else:
            try:
                if not isinstance(_volume_mounts, list):
                    raise TypeError()
                volume_mounts = [
                    EndpointVolumeMount.from_dict(item0) for item0 in _volume_mounts
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                volume_mounts = _volume_mounts

        _envs = src_dict.get("envs", UNSET)
        envs: list[EnvVar] | None | Unset
        if _envs is None or isinstance(_envs, Unset):
            envs = _envs
        else:
            try:
                if not isinstance(_envs, list):
                    raise TypeError()
                envs = [EnvVar.from_dict(item0) for item0 in _envs]
            except (TypeError, ValueError, AttributeError, KeyError):
                envs = _envs

        _healthy = src_dict.get("healthy", UNSET)
        healthy: list[EndpointHealthCheck] | None | Unset
        if _healthy is None or isinstance(_healthy, Unset):
            healthy = _healthy
        else:
            try:
                if not isinstance(_healthy, list):
                    raise TypeError()
                healthy = [EndpointHealthCheck.from_dict(item0) for item0 in _healthy]
            except (TypeError, ValueError, AttributeError, KeyError):
                healthy = _healthy

        update_endpoint_request = cls(
            src_dict["id"],  # id
            [
                EndpointWorkerConfig.from_dict(item0)
                for item0 in src_dict["workerConfig"]
            ],  # worker_config
            [EndpointPort.from_dict(item0) for item0 in src_dict["ports"]],  # ports
            [EndpointPolicy.from_dict(item0) for item0 in src_dict["policy"]],  # policy
            [EndpointImage.from_dict(item0) for item0 in src_dict["image"]],  # image
            src_dict.get("name", UNSET),  # name
            src_dict.get("clusterID", UNSET),  # cluster_id
            volume_mounts,  # volume_mounts
            envs,  # envs
            healthy,  # healthy
        )
        if len(src_dict) > 5 and not _FIELDS.issuperset(src_dict):
            update_endpoint_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return update_endpoint_request

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
from ..models.endpoint_health_check import EndpointHealthCheck  # noqa: E402
from ..models.endpoint_image import EndpointImage  # noqa: E402
from ..models.endpoint_policy import EndpointPolicy  # noqa: E402
from ..models.endpoint_port import EndpointPort  # noqa: E402
from ..models.endpoint_volume_mount import EndpointVolumeMount  # noqa: E402
from ..models.endpoint_worker_config import EndpointWorkerConfig  # noqa: E402
from ..models.env_var import EnvVar  # noqa: E402
