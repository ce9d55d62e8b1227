from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_upload_status import (
    AttachmentUploadStatus,
)

T = TypeVar("T", bound="AttachmentInitiateResponse")

_FIELDS = frozenset(
    (
        "attachment_id",
        "upload_url",
        "upload_method",
        "upload_status",
        "expires_in",
    )
)


@_attrs_define
class AttachmentInitiateResponse:
    """Where and how to upload an attachment."""

    attachment_id: str
    """ The new attachment's id. """

    upload_url: str
    """ The presigned URL to send the file to. """

    upload_method: str
    """ The HTTP method to use, such as `PUT`. """

    upload_status: AttachmentUploadStatus
    """ Where an attachment's upload is. """

    expires_in: int
    """ Seconds until the URL stops working. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_id = self.attachment_id

        upload_url = self.upload_url

        upload_method = self.upload_method

        upload_status: str = self.upload_status

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment_id": attachment_id,
                "upload_url": upload_url,
                "upload_method": upload_method,
                "upload_status": upload_status,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        attachment_initiate_response = cls(
            src_dict["attachment_id"],  # attachment_id
            src_dict["upload_url"],  # upload_url
            src_dict["upload_method"],  # upload_method
            src_dict["upload_status"],  # upload_status
            src_dict["expires_in"],  # expires_in
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            attachment_initiate_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return attachment_initiate_response

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
