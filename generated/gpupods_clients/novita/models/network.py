from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Network")

_FIELDS = frozenset(
    (
        "Id",
        "user",
        "name",
        "state",
        "segment",
        "clusterId",
        "Addresses",
        "createTime",
    )
)


@_attrs_define
class Network:
    id: str

    user: str

    name: str

    state: NetworkState

    segment: str

    cluster_id: str

    addresses: list[NetworkAddress]

    create_time: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        name = self.name

        state = self.state.to_dict()

        segment = self.segment

        cluster_id = self.cluster_id

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "user": user,
                "name": name,
                "state": state,
                "segment": segment,
                "clusterId": cluster_id,
                "Addresses": addresses,
                "createTime": create_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        network = cls(
            src_dict["Id"],  # id
            src_dict["user"],  # user
            src_dict["name"],  # name
            NetworkState.from_dict(src_dict["state"]),  # state
            src_dict["segment"],  # segment
            src_dict["clusterId"],  # cluster_id
            [
                NetworkAddress.from_dict(item0) for item0 in src_dict["Addresses"]
            ],  # addresses
            src_dict["createTime"],  # create_time
        )
        if len(src_dict) != 8:  # every required key was read: any other is unknown
            network.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return network

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
from ..models.network_address import NetworkAddress  # noqa: E402
from ..models.network_state import NetworkState  # noqa: E402
