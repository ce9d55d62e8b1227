from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.apissh_key_update_response_config_updated_fields import (
        APISSHKeyUpdateResponseConfigUpdatedFields,
    )


T = TypeVar("T", bound="APISSHKeyUpdateResponseConfig")


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
        from ..models.apissh_key_update_response_config_updated_fields import (
            APISSHKeyUpdateResponseConfigUpdatedFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message")

        updated_fields = APISSHKeyUpdateResponseConfigUpdatedFields.from_dict(
            d.pop("updated_fields")
        )

        apissh_key_update_response_config = cls(
            message=message,
            updated_fields=updated_fields,
        )

        apissh_key_update_response_config.additional_properties = d
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
