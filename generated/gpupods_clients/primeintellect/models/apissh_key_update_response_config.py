from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="APISSHKeyUpdateResponseConfig")

_FIELDS = frozenset(
    (
        "message",
        "updated_fields",
    )
)


@_attrs_define
class APISSHKeyUpdateResponseConfig:
    message: str

    updated_fields: APISSHKeyUpdateResponseConfigUpdatedFields
    """ The fields that changed, with their new values. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        updated_fields = self.updated_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "updated_fields": updated_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        apissh_key_update_response_config = cls(
            src_dict["message"],  # message
            APISSHKeyUpdateResponseConfigUpdatedFields.from_dict(
                src_dict["updated_fields"]
            ),  # updated_fields
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            apissh_key_update_response_config.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return apissh_key_update_response_config

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
from ..models.apissh_key_update_response_config_updated_fields import (
    APISSHKeyUpdateResponseConfigUpdatedFields,  # noqa: E402
)
