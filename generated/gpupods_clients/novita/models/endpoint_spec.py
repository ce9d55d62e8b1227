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
    from ..models.endpoint_product_ref import EndpointProductRef
    from ..models.endpoint_volume_mount import EndpointVolumeMount
    from ..models.endpoint_worker_config import EndpointWorkerConfig
    from ..models.env_var import EnvVar


T = TypeVar("T", bound="EndpointSpec")


@_attrs_define
class EndpointSpec:
    worker_config: EndpointWorkerConfig
    ports: EndpointPort
    policy: EndpointPolicy
    image: EndpointImage
    products: list[EndpointProductRef]
    rootfs_size: int
    volume_mounts: list[EndpointVolumeMount]
    healthy: EndpointHealthCheck
    name: None | str | Unset = UNSET
    app_name: None | str | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    envs: list[EnvVar] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_config = self.worker_config.to_dict()

        ports = self.ports.to_dict()

        policy = self.policy.to_dict()

        image = self.image.to_dict()

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        rootfs_size = self.rootfs_size

        volume_mounts = []
        for volume_mounts_item_data in self.volume_mounts:
            volume_mounts_item = volume_mounts_item_data.to_dict()
            volume_mounts.append(volume_mounts_item)

        healthy = self.healthy.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workerConfig": worker_config,
                "ports": ports,
                "policy": policy,
                "image": image,
                "products": products,
                "rootfsSize": rootfs_size,
                "volumeMounts": volume_mounts,
                "healthy": healthy,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if cluster_id is not UNSET:
            field_dict["clusterID"] = cluster_id
        if envs is not UNSET:
            field_dict["envs"] = envs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_health_check import EndpointHealthCheck  # noqa: PLC0415
        from ..models.endpoint_image import EndpointImage  # noqa: PLC0415
        from ..models.endpoint_policy import EndpointPolicy  # noqa: PLC0415
        from ..models.endpoint_port import EndpointPort  # noqa: PLC0415
        from ..models.endpoint_product_ref import EndpointProductRef  # noqa: PLC0415
        from ..models.endpoint_volume_mount import EndpointVolumeMount  # noqa: PLC0415
        from ..models.endpoint_worker_config import (
            EndpointWorkerConfig,  # noqa: PLC0415
        )
        from ..models.env_var import EnvVar  # noqa: PLC0415

        d = dict(src_dict)
        worker_config = EndpointWorkerConfig.from_dict(d.pop("workerConfig"))

        ports = EndpointPort.from_dict(d.pop("ports"))

        policy = EndpointPolicy.from_dict(d.pop("policy"))

        image = EndpointImage.from_dict(d.pop("image"))

        products = []
        _products = d.pop("products")
        for products_item_data in _products:
            products_item = EndpointProductRef.from_dict(products_item_data)

            products.append(products_item)

        rootfs_size = d.pop("rootfsSize")

        volume_mounts = []
        _volume_mounts = d.pop("volumeMounts")
        for volume_mounts_item_data in _volume_mounts:
            volume_mounts_item = EndpointVolumeMount.from_dict(volume_mounts_item_data)

            volume_mounts.append(volume_mounts_item)

        healthy = EndpointHealthCheck.from_dict(d.pop("healthy"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("appName", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterID", UNSET))

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

        endpoint_spec = cls(
            worker_config=worker_config,
            ports=ports,
            policy=policy,
            image=image,
            products=products,
            rootfs_size=rootfs_size,
            volume_mounts=volume_mounts,
            healthy=healthy,
            name=name,
            app_name=app_name,
            cluster_id=cluster_id,
            envs=envs,
        )

        endpoint_spec.additional_properties = d
        return endpoint_spec

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
