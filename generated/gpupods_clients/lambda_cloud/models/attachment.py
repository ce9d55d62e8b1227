from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_upload_status import (
    AttachmentUploadStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")

_FIELDS = frozenset(
    (
        "id",
        "filename",
        "content_type",
        "size_bytes",
        "upload_status",
        "created_at",
        "uploaded_at",
    )
)


@_attrs_define
class Attachment:
    """A file attached to a ticket."""

    id: str
    """ The attachment's id. """

    filename: str
    """ The file's name. """

    content_type: str
    """ The file's MIME type. """

    size_bytes: int
    """ The file's size in bytes. """

    upload_status: AttachmentUploadStatus
    """ Where an attachment's upload is. """

    created_at: datetime.datetime
    """ When the upload started. """

    uploaded_at: datetime.datetime | Unset = UNSET
    """ When the upload finished. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        content_type = self.content_type

        size_bytes = self.size_bytes

        upload_status: str = self.upload_status

        created_at = self.created_at.isoformat()

        uploaded_at: str | Unset = UNSET
        if not isinstance(self.uploaded_at, Unset):
            uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "content_type": content_type,
                "size_bytes": size_bytes,
                "upload_status": upload_status,
                "created_at": created_at,
            }
        )
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        attachment = cls(
            src_dict["id"],  # id
            src_dict["filename"],  # filename
            src_dict["content_type"],  # content_type
            src_dict["size_bytes"],  # size_bytes
            src_dict["upload_status"],  # upload_status
            datetime.datetime.fromisoformat(src_dict["created_at"]),  # created_at
            datetime.datetime.fromisoformat(src_dict["uploaded_at"])
            if "uploaded_at" in src_dict
            else UNSET,  # uploaded_at
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            attachment.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return attachment

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
