from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_health_view import EndpointHealthView
    from ..models.endpoint_image_view import EndpointImageView
    from ..models.endpoint_policy_view import EndpointPolicyView
    from ..models.endpoint_port_view import EndpointPortView
    from ..models.endpoint_product_view import EndpointProductView
    from ..models.endpoint_state import EndpointState
    from ..models.endpoint_volume_mount_view import EndpointVolumeMountView
    from ..models.endpoint_worker import EndpointWorker
    from ..models.endpoint_worker_config_view import EndpointWorkerConfigView
    from ..models.instance_env import InstanceEnv


T = TypeVar("T", bound="EndpointDetail")


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
        from ..models.endpoint_health_view import EndpointHealthView  # noqa: PLC0415
        from ..models.endpoint_image_view import EndpointImageView  # noqa: PLC0415
        from ..models.endpoint_policy_view import EndpointPolicyView  # noqa: PLC0415
        from ..models.endpoint_state import EndpointState  # noqa: PLC0415
        from ..models.endpoint_worker_config_view import (
            EndpointWorkerConfigView,  # noqa: PLC0415
        )

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
        from ..models.endpoint_health_view import EndpointHealthView  # noqa: PLC0415
        from ..models.endpoint_image_view import EndpointImageView  # noqa: PLC0415
        from ..models.endpoint_policy_view import EndpointPolicyView  # noqa: PLC0415
        from ..models.endpoint_port_view import EndpointPortView  # noqa: PLC0415
        from ..models.endpoint_product_view import EndpointProductView  # noqa: PLC0415
        from ..models.endpoint_state import EndpointState  # noqa: PLC0415
        from ..models.endpoint_volume_mount_view import (
            EndpointVolumeMountView,  # noqa: PLC0415
        )
        from ..models.endpoint_worker import EndpointWorker  # noqa: PLC0415
        from ..models.endpoint_worker_config_view import (
            EndpointWorkerConfigView,  # noqa: PLC0415
        )
        from ..models.instance_env import InstanceEnv  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_state(data: object) -> EndpointState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_1 = EndpointState.from_dict(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_worker_config(
            data: object,
        ) -> EndpointWorkerConfigView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worker_config_type_1 = EndpointWorkerConfigView.from_dict(data)

                return worker_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointWorkerConfigView | None | Unset, data)

        worker_config = _parse_worker_config(d.pop("workerConfig", UNSET))

        def _parse_policy(data: object) -> EndpointPolicyView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_1 = EndpointPolicyView.from_dict(data)

                return policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointPolicyView | None | Unset, data)

        policy = _parse_policy(d.pop("policy", UNSET))

        def _parse_image(data: object) -> EndpointImageView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_1 = EndpointImageView.from_dict(data)

                return image_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointImageView | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_rootfs_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rootfs_size = _parse_rootfs_size(d.pop("rootfsSize", UNSET))

        def _parse_volume_mounts(
            data: object,
        ) -> list[EndpointVolumeMountView] | None | Unset:
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
                    volume_mounts_type_0_item = EndpointVolumeMountView.from_dict(
                        volume_mounts_type_0_item_data
                    )

                    volume_mounts_type_0.append(volume_mounts_type_0_item)

                return volume_mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointVolumeMountView] | None | Unset, data)

        volume_mounts = _parse_volume_mounts(d.pop("volumeMounts", UNSET))

        def _parse_envs(data: object) -> list[InstanceEnv] | None | Unset:
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
                    envs_type_0_item = InstanceEnv.from_dict(envs_type_0_item_data)

                    envs_type_0.append(envs_type_0_item)

                return envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstanceEnv] | None | Unset, data)

        envs = _parse_envs(d.pop("envs", UNSET))

        def _parse_ports(data: object) -> list[EndpointPortView] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ports_type_0 = []
                _ports_type_0 = data
                for ports_type_0_item_data in _ports_type_0:
                    ports_type_0_item = EndpointPortView.from_dict(
                        ports_type_0_item_data
                    )

                    ports_type_0.append(ports_type_0_item)

                return ports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointPortView] | None | Unset, data)

        ports = _parse_ports(d.pop("ports", UNSET))

        def _parse_workers(data: object) -> list[EndpointWorker] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                workers_type_0 = []
                _workers_type_0 = data
                for workers_type_0_item_data in _workers_type_0:
                    workers_type_0_item = EndpointWorker.from_dict(
                        workers_type_0_item_data
                    )

                    workers_type_0.append(workers_type_0_item)

                return workers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointWorker] | None | Unset, data)

        workers = _parse_workers(d.pop("workers", UNSET))

        def _parse_products(data: object) -> list[EndpointProductView] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                products_type_0 = []
                _products_type_0 = data
                for products_type_0_item_data in _products_type_0:
                    products_type_0_item = EndpointProductView.from_dict(
                        products_type_0_item_data
                    )

                    products_type_0.append(products_type_0_item)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EndpointProductView] | None | Unset, data)

        products = _parse_products(d.pop("products", UNSET))

        def _parse_healthy(data: object) -> EndpointHealthView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                healthy_type_1 = EndpointHealthView.from_dict(data)

                return healthy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndpointHealthView | None | Unset, data)

        healthy = _parse_healthy(d.pop("healthy", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterID", UNSET))

        def _parse_log(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log = _parse_log(d.pop("log", UNSET))

        endpoint_detail = cls(
            id=id,
            name=name,
            app_name=app_name,
            url=url,
            state=state,
            worker_config=worker_config,
            policy=policy,
            image=image,
            rootfs_size=rootfs_size,
            volume_mounts=volume_mounts,
            envs=envs,
            ports=ports,
            workers=workers,
            products=products,
            healthy=healthy,
            cluster_id=cluster_id,
            log=log,
        )

        endpoint_detail.additional_properties = d
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
