from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_port import EditPort


T = TypeVar("T", bound="EditInstanceRequest")


@_attrs_define
class EditInstanceRequest:
    instance_id: str
    ports: list[EditPort] | Unset = UNSET
    expand_root_disk: int | Unset = UNSET
    """ GB to add to the root disk. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        expand_root_disk = self.expand_root_disk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
            }
        )
        if ports is not UNSET:
            field_dict["ports"] = ports
        if expand_root_disk is not UNSET:
            field_dict["expandRootDisk"] = expand_root_disk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edit_port import EditPort  # noqa: PLC0415

        d = dict(src_dict)
        instance_id = d.pop("instanceId")

        _ports = d.pop("ports", UNSET)
        ports: list[EditPort] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = EditPort.from_dict(ports_item_data)

                ports.append(ports_item)

        expand_root_disk = d.pop("expandRootDisk", UNSET)

        edit_instance_request = cls(
            instance_id=instance_id,
            ports=ports,
            expand_root_disk=expand_root_disk,
        )

        edit_instance_request.additional_properties = d
        return edit_instance_request

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
