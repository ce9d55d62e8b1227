from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointSpec")

_FIELDS = frozenset(
    (
        "workerConfig",
        "ports",
        "policy",
        "image",
        "products",
        "rootfsSize",
        "volumeMounts",
        "healthy",
        "name",
        "appName",
        "clusterID",
        "envs",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

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

        endpoint_spec = cls(
            EndpointWorkerConfig.from_dict(src_dict["workerConfig"]),  # worker_config
            EndpointPort.from_dict(src_dict["ports"]),  # ports
            EndpointPolicy.from_dict(src_dict["policy"]),  # policy
            EndpointImage.from_dict(src_dict["image"]),  # image
            [
                EndpointProductRef.from_dict(item0) for item0 in src_dict["products"]
            ],  # products
            src_dict["rootfsSize"],  # rootfs_size
            [
                EndpointVolumeMount.from_dict(item0)
                for item0 in src_dict["volumeMounts"]
            ],  # volume_mounts
            EndpointHealthCheck.from_dict(src_dict["healthy"]),  # healthy
            src_dict.get("name", UNSET),  # name
            src_dict.get("appName", UNSET),  # app_name
            src_dict.get("clusterID", UNSET),  # cluster_id
            envs,  # envs
        )
        if len(src_dict) > 8 and not _FIELDS.issuperset(src_dict):
            endpoint_spec.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.endpoint_health_check import EndpointHealthCheck  # noqa: E402
from ..models.endpoint_image import EndpointImage  # noqa: E402
from ..models.endpoint_policy import EndpointPolicy  # noqa: E402
from ..models.endpoint_port import EndpointPort  # noqa: E402
from ..models.endpoint_product_ref import EndpointProductRef  # noqa: E402
from ..models.endpoint_volume_mount import EndpointVolumeMount  # noqa: E402
from ..models.endpoint_worker_config import EndpointWorkerConfig  # noqa: E402
from ..models.env_var import EnvVar  # noqa: E402
