from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_mode import BillingMode
from ..models.create_instance_request_kind import (
    CreateInstanceRequestKind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInstanceRequest")

_FIELDS = frozenset(
    (
        "productId",
        "gpuNum",
        "rootfsSize",
        "imageUrl",
        "kind",
        "name",
        "imageAuth",
        "imageAuthId",
        "ports",
        "envs",
        "tools",
        "command",
        "entrypoint",
        "clusterId",
        "networkStorages",
        "networkId",
        "month",
        "billingMode",
        "autoRenew",
        "autoRenewMonth",
        "minCudaVersion",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        create_instance_request = cls(
            src_dict["productId"],  # product_id
            src_dict["gpuNum"],  # gpu_num
            src_dict["rootfsSize"],  # rootfs_size
            src_dict["imageUrl"],  # image_url
            src_dict["kind"],  # kind
            src_dict.get("name", UNSET),  # name
            src_dict.get("imageAuth", UNSET),  # image_auth
            src_dict.get("imageAuthId", UNSET),  # image_auth_id
            src_dict.get("ports", UNSET),  # ports
            [EnvVar.from_dict(item0) for item0 in src_dict["envs"]]
            if "envs" in src_dict
            else UNSET,  # envs
            [Tool.from_dict(item0) for item0 in src_dict["tools"]]
            if "tools" in src_dict
            else UNSET,  # tools
            src_dict.get("command", UNSET),  # command
            src_dict.get("entrypoint", UNSET),  # entrypoint
            src_dict.get("clusterId", UNSET),  # cluster_id
            [
                NetworkStorageMount.from_dict(item0)
                for item0 in src_dict["networkStorages"]
            ]
            if "networkStorages" in src_dict
            else UNSET,  # network_storages
            src_dict.get("networkId", UNSET),  # network_id
            src_dict.get("month", UNSET),  # month
            src_dict.get("billingMode", UNSET),  # billing_mode
            src_dict.get("autoRenew", UNSET),  # auto_renew
            src_dict.get("autoRenewMonth", UNSET),  # auto_renew_month
            src_dict.get("minCudaVersion", UNSET),  # min_cuda_version
        )
        if len(src_dict) > 5 and not _FIELDS.issuperset(src_dict):
            create_instance_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.env_var import EnvVar  # noqa: E402
from ..models.network_storage_mount import NetworkStorageMount  # noqa: E402
from ..models.tool import Tool  # noqa: E402
