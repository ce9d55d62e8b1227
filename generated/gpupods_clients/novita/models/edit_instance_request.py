from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditInstanceRequest")

_FIELDS = frozenset(
    (
        "instanceId",
        "ports",
        "expandRootDisk",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        edit_instance_request = cls(
            src_dict["instanceId"],  # instance_id
            [EditPort.from_dict(item0) for item0 in src_dict["ports"]]
            if "ports" in src_dict
            else UNSET,  # ports
            src_dict.get("expandRootDisk", UNSET),  # expand_root_disk
        )
        if len(src_dict) > 1 and not _FIELDS.issuperset(src_dict):
            edit_instance_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.edit_port import EditPort  # noqa: E402
