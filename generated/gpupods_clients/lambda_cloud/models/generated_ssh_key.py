from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GeneratedSSHKey")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "public_key",
        "private_key",
    )
)


@_attrs_define
class GeneratedSSHKey:
    """A key pair Lambda generated; the private key is given this once."""

    id: str
    """ The key's id. """

    name: str
    """ The key's unique name. """

    public_key: str
    """ The public key in OpenSSH format. """

    private_key: str
    """ The private key (PEM); Lambda does not keep it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        public_key = self.public_key

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "public_key": public_key,
                "private_key": private_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        generated_ssh_key = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["public_key"],  # public_key
            src_dict["private_key"],  # private_key
        )
        if len(src_dict) != 4:  # every required key was read: any other is unknown
            generated_ssh_key.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return generated_ssh_key

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
