from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SSHKey")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "public_key",
    )
)


@_attrs_define
class SSHKey:
    """A public key stored in the account."""

    id: str
    """ The key's id. """

    name: str
    """ The key's unique name. """

    public_key: str
    """ The public key in OpenSSH format. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "public_key": public_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        ssh_key = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["public_key"],  # public_key
        )
        if len(src_dict) != 3:  # every required key was read: any other is unknown
            ssh_key.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return ssh_key

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
