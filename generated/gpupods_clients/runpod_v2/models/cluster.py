from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_type import ClusterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Cluster")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "type",
        "compute",
        "pods",
        "createdAt",
        "template",
        "dataCenterId",
        "network",
        "primary",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        cluster = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["type"],  # type_
            ClusterCompute.from_dict(src_dict["compute"]),  # compute
            ClusterPodsSummary.from_dict(src_dict["pods"]),  # pods
            datetime.datetime.fromisoformat(src_dict["createdAt"]),  # created_at
            src_dict.get("template", UNSET),  # template
            src_dict.get("dataCenterId", UNSET),  # data_center_id
            ClusterNetwork.from_dict(src_dict["network"])
            if "network" in src_dict
            else UNSET,  # network
            ClusterPrimary.from_dict(src_dict["primary"])
            if "primary" in src_dict
            else UNSET,  # primary
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            cluster.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.cluster_compute import ClusterCompute  # noqa: E402
from ..models.cluster_network import ClusterNetwork  # noqa: E402
from ..models.cluster_pods_summary import ClusterPodsSummary  # noqa: E402
from ..models.cluster_primary import ClusterPrimary  # noqa: E402
