from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentDownloadResponse")

_FIELDS = frozenset(
    (
        "download_url",
        "expires_in",
    )
)


@_attrs_define
class AttachmentDownloadResponse:
    """A temporary download link."""

    download_url: str
    """ The link. """

    expires_in: int
    """ Seconds until the link stops working. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
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

        attachment_download_response = cls(
            src_dict["download_url"],  # download_url
            src_dict["expires_in"],  # expires_in
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            attachment_download_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return attachment_download_response

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
