from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointDetail")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "appName",
        "url",
        "state",
        "workerConfig",
        "policy",
        "image",
        "rootfsSize",
        "volumeMounts",
        "envs",
        "ports",
        "workers",
        "products",
        "healthy",
        "clusterID",
        "log",
    )
)


@_attrs_define
class EndpointDetail:
    id: None | str | Unset = UNSET

    name: None | str | Unset = UNSET

    app_name: None | str | Unset = UNSET

    url: None | str | Unset = UNSET

    state: EndpointState | None | Unset = UNSET

    worker_config: EndpointWorkerConfigView | None | Unset = UNSET

    policy: EndpointPolicyView | None | Unset = UNSET

    image: EndpointImageView | None | Unset = UNSET

    rootfs_size: int | None | Unset = UNSET

    volume_mounts: list[EndpointVolumeMountView] | None | Unset = UNSET

    envs: list[InstanceEnv] | None | Unset = UNSET

    ports: list[EndpointPortView] | None | Unset = UNSET

    workers: list[EndpointWorker] | None | Unset = UNSET

    products: list[EndpointProductView] | None | Unset = UNSET

    healthy: EndpointHealthView | None | Unset = UNSET

    cluster_id: None | str | Unset = UNSET

    log: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, EndpointState):
            state = self.state.to_dict()
        else:
            state = self.state

        worker_config: dict[str, Any] | None | Unset
        if isinstance(self.worker_config, Unset):
            worker_config = UNSET
        elif isinstance(self.worker_config, EndpointWorkerConfigView):
            worker_config = self.worker_config.to_dict()
        else:
            worker_config = self.worker_config

        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, EndpointPolicyView):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, EndpointImageView):
            image = self.image.to_dict()
        else:
            image = self.image

        rootfs_size: int | None | Unset
        if isinstance(self.rootfs_size, Unset):
            rootfs_size = UNSET
        else:
            rootfs_size = self.rootfs_size

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

        ports: list[dict[str, Any]] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = []
            for ports_type_0_item_data in self.ports:
                ports_type_0_item = ports_type_0_item_data.to_dict()
                ports.append(ports_type_0_item)

        else:
            ports = self.ports

        workers: list[dict[str, Any]] | None | Unset
        if isinstance(self.workers, Unset):
            workers = UNSET
        elif isinstance(self.workers, list):
            workers = []
            for workers_type_0_item_data in self.workers:
                workers_type_0_item = workers_type_0_item_data.to_dict()
                workers.append(workers_type_0_item)

        else:
            workers = self.workers

        products: list[dict[str, Any]] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = []
            for products_type_0_item_data in self.products:
                products_type_0_item = products_type_0_item_data.to_dict()
                products.append(products_type_0_item)

        else:
            products = self.products

        healthy: dict[str, Any] | None | Unset
        if isinstance(self.healthy, Unset):
            healthy = UNSET
        elif isinstance(self.healthy, EndpointHealthView):
            healthy = self.healthy.to_dict()
        else:
            healthy = self.healthy

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        log: None | str | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if url is not UNSET:
            field_dict["url"] = url
        if state is not UNSET:
            field_dict["state"] = state
        if worker_config is not UNSET:
            field_dict["workerConfig"] = worker_config
        if policy is not UNSET:
            field_dict["policy"] = policy
        if image is not UNSET:
            field_dict["image"] = image
        if rootfs_size is not UNSET:
            field_dict["rootfsSize"] = rootfs_size
        if volume_mounts is not UNSET:
            field_dict["volumeMounts"] = volume_mounts
        if envs is not UNSET:
            field_dict["envs"] = envs
        if ports is not UNSET:
            field_dict["ports"] = ports
        if workers is not UNSET:
            field_dict["workers"] = workers
        if products is not UNSET:
            field_dict["products"] = products
        if healthy is not UNSET:
            field_dict["healthy"] = healthy
        if cluster_id is not UNSET:
            field_dict["clusterID"] = cluster_id
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _state = src_dict.get("state", UNSET)
        state: EndpointState | None | Unset
        if _state is None or isinstance(_state, Unset):
            state = _state
        else:
            try:
                if not isinstance(_state, dict):
                    raise TypeError()
                state = EndpointState.from_dict(_state)
            except (TypeError, ValueError, AttributeError, KeyError):
                state = _state

        _worker_config = src_dict.get("workerConfig", UNSET)
        worker_config: EndpointWorkerConfigView | None | Unset
        if _worker_config is None or isinstance(_worker_config, Unset):
            worker_config = _worker_config
        else:
            try:
                if not isinstance(_worker_config, dict):
                    raise TypeError()
                worker_config = EndpointWorkerConfigView.from_dict(_worker_config)
            except (TypeError, ValueError, AttributeError, KeyError):
                worker_config = _worker_config

        _policy = src_dict.get("policy", UNSET)
        policy: EndpointPolicyView | None | Unset
        if _policy is None or isinstance(_policy, Unset):
            policy = _policy
        else:
            try:
                if not isinstance(_policy, dict):
                    raise TypeError()
                policy = EndpointPolicyView.from_dict(_policy)
            except (TypeError, ValueError, AttributeError, KeyError):
                policy = _policy

        _image = src_dict.get("image", UNSET)
        image: EndpointImageView | None | Unset
        if _image is None or isinstance(_image, Unset):
            image = _image
        else:
            try:
                if not isinstance(_image, dict):
                    raise TypeError()
                image = EndpointImageView.from_dict(_image)
            except (TypeError, ValueError, AttributeError, KeyError):
                image = _image

        _volume_mounts = src_dict.get("volumeMounts", UNSET)
        volume_mounts: list[EndpointVolumeMountView] | None | Unset
        if _volume_mounts is None or isinstance(_volume_mounts, Unset):
            volume_mounts = _volume_mounts
        else:
            try:
                if not isinstance(_volume_mounts, list):
                    raise TypeError()
                volume_mounts = [
                    EndpointVolumeMountView.from_dict(item0) for item0 in _volume_mounts
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                volume_mounts = _volume_mounts

        _envs = src_dict.get("envs", UNSET)
        envs: list[InstanceEnv] | None | Unset
        if _envs is None or isinstance(_envs, Unset):
            envs = _envs
        else:
            try:
                if not isinstance(_envs, list):
                    raise TypeError()
                envs = [InstanceEnv.from_dict(item0) for item0 in _envs]
            except (TypeError, ValueError, AttributeError, KeyError):
                envs = _envs

        _ports = src_dict.get("ports", UNSET)
        ports: list[EndpointPortView] | None | Unset
        if _ports is None or isinstance(_ports, Unset):
            ports = _ports
        else:
            try:
                if not isinstance(_ports, list):
                    raise TypeError()
                ports = [EndpointPortView.from_dict(item0) for item0 in _ports]
            except (TypeError, ValueError, AttributeError, KeyError):
                ports = _ports

        _workers = src_dict.get("workers", UNSET)
        workers: list[EndpointWorker] | None | Unset
        if _workers is None or isinstance(_workers, Unset):
            workers = _workers
        else:
            try:
                if not isinstance(_workers, list):
                    raise TypeError()
                workers = [EndpointWorker.from_dict(item0) for item0 in _workers]
            except (TypeError, ValueError, AttributeError, KeyError):
                workers = _workers

        _products = src_dict.get("products", UNSET)
        products: list[EndpointProductView] | None | Unset
        if _products is None or isinstance(_products, Unset):
            products = _products
        else:
            try:
                if not isinstance(_products, list):
                    raise TypeError()
                products = [EndpointProductView.from_dict(item0) for item0 in _products]
            except (TypeError, ValueError, AttributeError, KeyError):
                products = _products

        _healthy = src_dict.get("healthy", UNSET)
        healthy: EndpointHealthView | None | Unset
        if _healthy is None or isinstance(_healthy, Unset):
            healthy = _healthy
        else:
            try:
                if not isinstance(_healthy, dict):
                    raise TypeError()
                healthy = EndpointHealthView.from_dict(_healthy)
            except (TypeError, ValueError, AttributeError, KeyError):
                healthy = _healthy

        endpoint_detail = cls(
            src_dict.get("id", UNSET),  # id
            src_dict.get("name", UNSET),  # name
            src_dict.get("appName", UNSET),  # app_name
            src_dict.get("url", UNSET),  # url
            state,  # state
            worker_config,  # worker_config
            policy,  # policy
            image,  # image
            src_dict.get("rootfsSize", UNSET),  # rootfs_size
            volume_mounts,  # volume_mounts
            envs,  # envs
            ports,  # ports
            workers,  # workers
            products,  # products
            healthy,  # healthy
            src_dict.get("clusterID", UNSET),  # cluster_id
            src_dict.get("log", UNSET),  # log
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            endpoint_detail.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return endpoint_detail

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
from ..models.endpoint_health_view import EndpointHealthView  # noqa: E402
from ..models.endpoint_image_view import EndpointImageView  # noqa: E402
from ..models.endpoint_policy_view import EndpointPolicyView  # noqa: E402
from ..models.endpoint_port_view import EndpointPortView  # noqa: E402
from ..models.endpoint_product_view import EndpointProductView  # noqa: E402
from ..models.endpoint_state import EndpointState  # noqa: E402
from ..models.endpoint_volume_mount_view import EndpointVolumeMountView  # noqa: E402
from ..models.endpoint_worker import EndpointWorker  # noqa: E402
from ..models.endpoint_worker_config_view import EndpointWorkerConfigView  # noqa: E402
from ..models.instance_env import InstanceEnv  # noqa: E402
