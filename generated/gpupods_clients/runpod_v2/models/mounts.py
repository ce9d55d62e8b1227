from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_mount import NetworkMount
    from ..models.persistent_mount import PersistentMount


T = TypeVar("T", bound="Mounts")


@_attrs_define
class Mounts:
    """Storage for a pod; persistent and network are not accepted together (400)."""

    persistent: PersistentMount | Unset = UNSET
    """ A volume on the pod's own machine; lost if that machine fails, not for CPU pods. """
    network: list[NetworkMount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        persistent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.persistent, Unset):
            persistent = self.persistent.to_dict()

        network: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = []
            for network_item_data in self.network:
                network_item = network_item_data.to_dict()
                network.append(network_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if persistent is not UNSET:
            field_dict["persistent"] = persistent
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_mount import NetworkMount  # noqa: PLC0415
        from ..models.persistent_mount import PersistentMount  # noqa: PLC0415

        d = dict(src_dict)
        _persistent = d.pop("persistent", UNSET)
        persistent: PersistentMount | Unset
        if isinstance(_persistent, Unset):
            persistent = UNSET
        else:
            persistent = PersistentMount.from_dict(_persistent)

        _network = d.pop("network", UNSET)
        network: list[NetworkMount] | Unset = UNSET
        if _network is not UNSET:
            network = []
            for network_item_data in _network:
                network_item = NetworkMount.from_dict(network_item_data)

                network.append(network_item)

        mounts = cls(
            persistent=persistent,
            network=network,
        )

        mounts.additional_properties = d
        return mounts

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
