from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_volume import NetworkVolume


T = TypeVar("T", bound="ListNetworkVolumesResponse")


@_attrs_define
class ListNetworkVolumesResponse:
    network_volumes: list[NetworkVolume]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_volumes = []
        for network_volumes_item_data in self.network_volumes:
            network_volumes_item = network_volumes_item_data.to_dict()
            network_volumes.append(network_volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "networkVolumes": network_volumes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_volume import NetworkVolume  # noqa: PLC0415

        d = dict(src_dict)
        network_volumes = []
        _network_volumes = d.pop("networkVolumes")
        for network_volumes_item_data in _network_volumes:
            network_volumes_item = NetworkVolume.from_dict(network_volumes_item_data)

            network_volumes.append(network_volumes_item)

        list_network_volumes_response = cls(
            network_volumes=network_volumes,
        )

        list_network_volumes_response.additional_properties = d
        return list_network_volumes_response

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
