from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StartTicketAttachmentUploadAttachmentInitiateRequest")

_FIELDS = frozenset(
    (
        "filename",
        "content_type",
        "size_bytes",
    )
)


@_attrs_define
class StartTicketAttachmentUploadAttachmentInitiateRequest:
    filename: str
    """ The file's name. """

    content_type: str
    """ The file's MIME type. """

    size_bytes: int
    """ The file's size in bytes. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_type = self.content_type

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "content_type": content_type,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        start_ticket_attachment_upload_attachment_initiate_request = cls(
            src_dict["filename"],  # filename
            src_dict["content_type"],  # content_type
            src_dict["size_bytes"],  # size_bytes
        )
        if len(src_dict) != 3:  # every required key was read: any other is unknown
            start_ticket_attachment_upload_attachment_initiate_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return start_ticket_attachment_upload_attachment_initiate_request

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
