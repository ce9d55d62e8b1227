from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_type import ClusterType, check_cluster_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_compute import ClusterCompute
    from ..models.cluster_network import ClusterNetwork
    from ..models.cluster_pods_summary import ClusterPodsSummary
    from ..models.cluster_primary import ClusterPrimary


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    id: str
    name: str
    type_: ClusterType
    compute: ClusterCompute
    pods: ClusterPodsSummary
    created_at: datetime.datetime
    template: str | Unset = UNSET
    data_center_id: str | Unset = UNSET
    network: ClusterNetwork | Unset = UNSET
    primary: ClusterPrimary | Unset = UNSET
    """ The entry pod of the cluster. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str = self.type_

        compute = self.compute.to_dict()

        pods = self.pods.to_dict()

        created_at = self.created_at.isoformat()

        template = self.template

        data_center_id = self.data_center_id

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "compute": compute,
                "pods": pods,
                "createdAt": created_at,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if network is not UNSET:
            field_dict["network"] = network
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_compute import ClusterCompute  # noqa: PLC0415
        from ..models.cluster_network import ClusterNetwork  # noqa: PLC0415
        from ..models.cluster_pods_summary import ClusterPodsSummary  # noqa: PLC0415
        from ..models.cluster_primary import ClusterPrimary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = check_cluster_type(d.pop("type"))

        compute = ClusterCompute.from_dict(d.pop("compute"))

        pods = ClusterPodsSummary.from_dict(d.pop("pods"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        template = d.pop("template", UNSET)

        data_center_id = d.pop("dataCenterId", UNSET)

        _network = d.pop("network", UNSET)
        network: ClusterNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = ClusterNetwork.from_dict(_network)

        _primary = d.pop("primary", UNSET)
        primary: ClusterPrimary | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = ClusterPrimary.from_dict(_primary)

        cluster = cls(
            id=id,
            name=name,
            type_=type_,
            compute=compute,
            pods=pods,
            created_at=created_at,
            template=template,
            data_center_id=data_center_id,
            network=network,
            primary=primary,
        )

        cluster.additional_properties = d
        return cluster

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
