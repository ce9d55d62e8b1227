from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_mode import BillingMode, check_billing_mode
from ..models.create_instance_request_kind import (
    CreateInstanceRequestKind,
    check_create_instance_request_kind,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar
    from ..models.network_storage_mount import NetworkStorageMount
    from ..models.tool import Tool


T = TypeVar("T", bound="CreateInstanceRequest")


@_attrs_define
class CreateInstanceRequest:
    product_id: str
    gpu_num: int
    rootfs_size: int
    """ Root disk in GB. """
    image_url: str
    kind: CreateInstanceRequestKind
    name: str | Unset = UNSET
    """ Letters, digits and hyphens. """
    image_auth: None | str | Unset = UNSET
    """ username:password for a private image. """
    image_auth_id: None | str | Unset = UNSET
    """ Saved registry credentials to use. """
    ports: None | str | Unset = UNSET
    """ Comma list such as '8888/http,22/tcp'. """
    envs: list[EnvVar] | Unset = UNSET
    tools: list[Tool] | Unset = UNSET
    command: None | str | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    """ Replaces the image's ENTRYPOINT. """
    cluster_id: None | str | Unset = UNSET
    """ Empty lets Novita choose. """
    network_storages: list[NetworkStorageMount] | Unset = UNSET
    network_id: None | str | Unset = UNSET
    month: int | None | Unset = UNSET
    """ Subscription length for monthly billing. """
    billing_mode: BillingMode | None | Unset = UNSET
    auto_renew: bool | None | Unset = UNSET
    auto_renew_month: int | None | Unset = UNSET
    min_cuda_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        gpu_num = self.gpu_num

        rootfs_size = self.rootfs_size

        image_url = self.image_url

        kind: str = self.kind

        name = self.name

        image_auth: None | str | Unset
        if isinstance(self.image_auth, Unset):
            image_auth = UNSET
        else:
            image_auth = self.image_auth

        image_auth_id: None | str | Unset
        if isinstance(self.image_auth_id, Unset):
            image_auth_id = UNSET
        else:
            image_auth_id = self.image_auth_id

        ports: None | str | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        else:
            ports = self.ports

        envs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = []
            for envs_item_data in self.envs:
                envs_item = envs_item_data.to_dict()
                envs.append(envs_item)

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        entrypoint: None | str | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        network_storages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.network_storages, Unset):
            network_storages = []
            for network_storages_item_data in self.network_storages:
                network_storages_item = network_storages_item_data.to_dict()
                network_storages.append(network_storages_item)

        network_id: None | str | Unset
        if isinstance(self.network_id, Unset):
            network_id = UNSET
        else:
            network_id = self.network_id

        month: int | None | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        billing_mode: None | str | Unset
        if isinstance(self.billing_mode, Unset):
            billing_mode = UNSET
        elif isinstance(self.billing_mode, str):
            billing_mode = self.billing_mode
        else:
            billing_mode = self.billing_mode

        auto_renew: bool | None | Unset
        if isinstance(self.auto_renew, Unset):
            auto_renew = UNSET
        else:
            auto_renew = self.auto_renew

        auto_renew_month: int | None | Unset
        if isinstance(self.auto_renew_month, Unset):
            auto_renew_month = UNSET
        else:
            auto_renew_month = self.auto_renew_month

        min_cuda_version: None | str | Unset
        if isinstance(self.min_cuda_version, Unset):
            min_cuda_version = UNSET
        else:
            min_cuda_version = self.min_cuda_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "gpuNum": gpu_num,
                "rootfsSize": rootfs_size,
                "imageUrl": image_url,
                "kind": kind,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if image_auth is not UNSET:
            field_dict["imageAuth"] = image_auth
        if image_auth_id is not UNSET:
            field_dict["imageAuthId"] = image_auth_id
        if ports is not UNSET:
            field_dict["ports"] = ports
        if envs is not UNSET:
            field_dict["envs"] = envs
        if tools is not UNSET:
            field_dict["tools"] = tools
        if command is not UNSET:
            field_dict["command"] = command
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if network_storages is not UNSET:
            field_dict["networkStorages"] = network_storages
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if month is not UNSET:
            field_dict["month"] = month
        if billing_mode is not UNSET:
            field_dict["billingMode"] = billing_mode
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if auto_renew_month is not UNSET:
            field_dict["autoRenewMonth"] = auto_renew_month
        if min_cuda_version is not UNSET:
            field_dict["minCudaVersion"] = min_cuda_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.env_var import EnvVar  # noqa: PLC0415
        from ..models.network_storage_mount import NetworkStorageMount  # noqa: PLC0415
        from ..models.tool import Tool  # noqa: PLC0415

        d = dict(src_dict)
        product_id = d.pop("productId")

        gpu_num = d.pop("gpuNum")

        rootfs_size = d.pop("rootfsSize")

        image_url = d.pop("imageUrl")

        kind = check_create_instance_request_kind(d.pop("kind"))

        name = d.pop("name", UNSET)

        def _parse_image_auth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_auth = _parse_image_auth(d.pop("imageAuth", UNSET))

        def _parse_image_auth_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_auth_id = _parse_image_auth_id(d.pop("imageAuthId", UNSET))

        def _parse_ports(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ports = _parse_ports(d.pop("ports", UNSET))

        _envs = d.pop("envs", UNSET)
        envs: list[EnvVar] | Unset = UNSET
        if _envs is not UNSET:
            envs = []
            for envs_item_data in _envs:
                envs_item = EnvVar.from_dict(envs_item_data)

                envs.append(envs_item)

        _tools = d.pop("tools", UNSET)
        tools: list[Tool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = Tool.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entrypoint = _parse_entrypoint(d.pop("entrypoint", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterId", UNSET))

        _network_storages = d.pop("networkStorages", UNSET)
        network_storages: list[NetworkStorageMount] | Unset = UNSET
        if _network_storages is not UNSET:
            network_storages = []
            for network_storages_item_data in _network_storages:
                network_storages_item = NetworkStorageMount.from_dict(
                    network_storages_item_data
                )

                network_storages.append(network_storages_item)

        def _parse_network_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_id = _parse_network_id(d.pop("networkId", UNSET))

        def _parse_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        def _parse_billing_mode(data: object) -> BillingMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_mode_type_1 = check_billing_mode(data)

                return billing_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingMode | None | Unset, data)

        billing_mode = _parse_billing_mode(d.pop("billingMode", UNSET))

        def _parse_auto_renew(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_renew = _parse_auto_renew(d.pop("autoRenew", UNSET))

        def _parse_auto_renew_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_renew_month = _parse_auto_renew_month(d.pop("autoRenewMonth", UNSET))

        def _parse_min_cuda_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_cuda_version = _parse_min_cuda_version(d.pop("minCudaVersion", UNSET))

        create_instance_request = cls(
            product_id=product_id,
            gpu_num=gpu_num,
            rootfs_size=rootfs_size,
            image_url=image_url,
            kind=kind,
            name=name,
            image_auth=image_auth,
            image_auth_id=image_auth_id,
            ports=ports,
            envs=envs,
            tools=tools,
            command=command,
            entrypoint=entrypoint,
            cluster_id=cluster_id,
            network_storages=network_storages,
            network_id=network_id,
            month=month,
            billing_mode=billing_mode,
            auto_renew=auto_renew,
            auto_renew_month=auto_renew_month,
            min_cuda_version=min_cuda_version,
        )

        create_instance_request.additional_properties = d
        return create_instance_request

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
