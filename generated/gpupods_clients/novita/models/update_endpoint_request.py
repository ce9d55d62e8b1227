from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_health_check import EndpointHealthCheck
    from ..models.endpoint_image import EndpointImage
    from ..models.endpoint_policy import EndpointPolicy
    from ..models.endpoint_port import EndpointPort
    from ..models.endpoint_volume_mount import EndpointVolumeMount
    from ..models.endpoint_worker_config import EndpointWorkerConfig
    from ..models.env_var import EnvVar


T = TypeVar("T", bound="UpdateEndpointRequest")


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
        from ..models.endpoint_health_check import EndpointHealthCheck  # noqa: PLC0415
        from ..models.endpoint_image import EndpointImage  # noqa: PLC0415
        from ..models.endpoint_policy import EndpointPolicy  # noqa: PLC0415
        from ..models.endpoint_port import EndpointPort  # noqa: PLC0415
        from ..models.endpoint_volume_mount import EndpointVolumeMount  # noqa: PLC0415
        from ..models.endpoint_worker_config import (
            EndpointWorkerConfig,  # noqa: PLC0415
        )
        from ..models.env_var import EnvVar  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        worker_config = []
        _worker_config = d.pop("workerConfig")
        for worker_config_item_data in _worker_config:
            worker_config_item = EndpointWorkerConfig.from_dict(worker_config_item_data)

            worker_config.append(worker_config_item)

        ports = []
        _ports = d.pop("ports")
        for ports_item_data in _ports:
            ports_item = EndpointPort.from_dict(ports_item_data)

            ports.append(ports_item)

        policy = []
        _policy = d.pop("policy")
        for policy_item_data in _policy:
            policy_item = EndpointPolicy.from_dict(policy_item_data)

            policy.append(policy_item)

        image = []
        _image = d.pop("image")
        for image_item_data in _image:
            image_item = EndpointImage.from_dict(image_item_data)

            image.append(image_item)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterID", UNSET))

        def _parse_volume_mounts(
            data: object,
        ) -> list[EndpointVolumeMount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                volume_mounts_type_0 = []
                _volume_mounts_type_0 = data
                for volume_mounts_type_0_item_data in _volume_mounts_type_0:
                    volume_mounts_type_0_item = EndpointVolumeMount.from_dict(
                        volume_mounts_type_0_item_data
                    )

                    volume_mounts_type_0.append(volume_mounts_type_0_item)

                return volume_mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointVolumeMount] | None | Unset, data)

        volume_mounts = _parse_volume_mounts(d.pop("volumeMounts", UNSET))

        def _parse_envs(data: object) -> list[EnvVar] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                envs_type_0 = []
                _envs_type_0 = data
                for envs_type_0_item_data in _envs_type_0:
                    envs_type_0_item = EnvVar.from_dict(envs_type_0_item_data)

                    envs_type_0.append(envs_type_0_item)

                return envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EnvVar] | None | Unset, data)

        envs = _parse_envs(d.pop("envs", UNSET))

        def _parse_healthy(data: object) -> list[EndpointHealthCheck] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                healthy_type_0 = []
                _healthy_type_0 = data
                for healthy_type_0_item_data in _healthy_type_0:
                    healthy_type_0_item = EndpointHealthCheck.from_dict(
                        healthy_type_0_item_data
                    )

                    healthy_type_0.append(healthy_type_0_item)

                return healthy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointHealthCheck] | None | Unset, data)

        healthy = _parse_healthy(d.pop("healthy", UNSET))

        update_endpoint_request = cls(
            id=id,
            worker_config=worker_config,
            ports=ports,
            policy=policy,
            image=image,
            name=name,
            cluster_id=cluster_id,
            volume_mounts=volume_mounts,
            envs=envs,
            healthy=healthy,
        )

        update_endpoint_request.additional_properties = d
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
