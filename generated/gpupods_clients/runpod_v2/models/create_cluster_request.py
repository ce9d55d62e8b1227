from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_type import ClusterType, check_cluster_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_container_config_env import BaseContainerConfigEnv
    from ..models.cluster_compute import ClusterCompute
    from ..models.mounts import Mounts


T = TypeVar("T", bound="CreateClusterRequest")


@_attrs_define
class CreateClusterRequest:
    compute: ClusterCompute
    name: str
    type_: ClusterType
    args: str | Unset = UNSET
    """ Arguments for the image's entrypoint. """
    disk: int | Unset = UNSET
    """ Size of the container's scratch disk in GB; lost on restart. """
    env: BaseContainerConfigEnv | Unset = UNSET
    image: str | Unset = UNSET
    """ Image reference, such as runpod/pytorch:latest. """
    ports: list[str] | Unset = UNSET
    """ Ports to expose, written number/protocol (8888/http, 22/tcp). """
    data_center_ids: list[str] | Unset = UNSET
    mounts: Mounts | Unset = UNSET
    """ Storage for a pod; persistent and network are not accepted together (400). """
    start_jupyter: bool | Unset = False
    start_ssh: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compute = self.compute.to_dict()

        name = self.name

        type_: str = self.type_

        args = self.args

        disk = self.disk

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        image = self.image

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        data_center_ids: list[str] | Unset = UNSET
        if not isinstance(self.data_center_ids, Unset):
            data_center_ids = self.data_center_ids

        mounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mounts, Unset):
            mounts = self.mounts.to_dict()

        start_jupyter = self.start_jupyter

        start_ssh = self.start_ssh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compute": compute,
                "name": name,
                "type": type_,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args
        if disk is not UNSET:
            field_dict["disk"] = disk
        if env is not UNSET:
            field_dict["env"] = env
        if image is not UNSET:
            field_dict["image"] = image
        if ports is not UNSET:
            field_dict["ports"] = ports
        if data_center_ids is not UNSET:
            field_dict["dataCenterIds"] = data_center_ids
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if start_jupyter is not UNSET:
            field_dict["startJupyter"] = start_jupyter
        if start_ssh is not UNSET:
            field_dict["startSsh"] = start_ssh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_container_config_env import (
            BaseContainerConfigEnv,  # noqa: PLC0415
        )
        from ..models.cluster_compute import ClusterCompute  # noqa: PLC0415
        from ..models.mounts import Mounts  # noqa: PLC0415

        d = dict(src_dict)
        compute = ClusterCompute.from_dict(d.pop("compute"))

        name = d.pop("name")

        type_ = check_cluster_type(d.pop("type"))

        args = d.pop("args", UNSET)

        disk = d.pop("disk", UNSET)

        _env = d.pop("env", UNSET)
        env: BaseContainerConfigEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = BaseContainerConfigEnv.from_dict(_env)

        image = d.pop("image", UNSET)

        ports = cast(list[str], d.pop("ports", UNSET))

        data_center_ids = cast(list[str], d.pop("dataCenterIds", UNSET))

        _mounts = d.pop("mounts", UNSET)
        mounts: Mounts | Unset
        if isinstance(_mounts, Unset):
            mounts = UNSET
        else:
            mounts = Mounts.from_dict(_mounts)

        start_jupyter = d.pop("startJupyter", UNSET)

        start_ssh = d.pop("startSsh", UNSET)

        create_cluster_request = cls(
            compute=compute,
            name=name,
            type_=type_,
            args=args,
            disk=disk,
            env=env,
            image=image,
            ports=ports,
            data_center_ids=data_center_ids,
            mounts=mounts,
            start_jupyter=start_jupyter,
            start_ssh=start_ssh,
        )

        create_cluster_request.additional_properties = d
        return create_cluster_request

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
