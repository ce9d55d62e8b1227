from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_address import NetworkAddress
    from ..models.network_state import NetworkState


T = TypeVar("T", bound="Network")


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
        from ..models.network_address import NetworkAddress  # noqa: PLC0415
        from ..models.network_state import NetworkState  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        user = d.pop("user")

        name = d.pop("name")

        state = NetworkState.from_dict(d.pop("state"))

        segment = d.pop("segment")

        cluster_id = d.pop("clusterId")

        addresses = []
        _addresses = d.pop("Addresses")
        for addresses_item_data in _addresses:
            addresses_item = NetworkAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        create_time = d.pop("createTime")

        network = cls(
            id=id,
            user=user,
            name=name,
            state=state,
            segment=segment,
            cluster_id=cluster_id,
            addresses=addresses,
            create_time=create_time,
        )

        network.additional_properties = d
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
