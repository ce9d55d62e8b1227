from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSshKeyResponse200")

_FIELDS = frozenset(("data",))


@_attrs_define
class CreateSshKeyResponse200:
    data: GeneratedSSHKey | SSHKey

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any]
        if isinstance(self.data, GeneratedSSHKey):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)
        _data = src_dict["data"]
        data: GeneratedSSHKey | SSHKey
        try:
            if not isinstance(_data, dict):
                raise TypeError()
            data = GeneratedSSHKey.from_dict(_data)
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_data, dict):
                raise TypeError()
            data = SSHKey.from_dict(_data)

        create_ssh_key_response_200 = cls(
            data,  # data
        )
        if len(src_dict) != 1:  # every required key was read: any other is unknown
            create_ssh_key_response_200.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return create_ssh_key_response_200

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
from ..models.generated_ssh_key import GeneratedSSHKey  # noqa: E402
from ..models.ssh_key import SSHKey  # noqa: E402
