from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Filesystem")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "mount_point",
        "created",
        "created_by",
        "is_in_use",
        "region",
        "bytes_used",
    )
)


@_attrs_define
class Filesystem:
    """Persistent storage in one region."""

    id: str
    """ The filesystem's id. """

    name: str
    """ The filesystem's unique name. """

    mount_point: str
    """ The default mount path, `/lambda/nfs/<name>`. """

    created: datetime.datetime
    """ When it was created. """

    created_by: User
    """ A user of the account. """

    is_in_use: bool
    """ Whether an instance mounts it (then it cannot be deleted). """

    region: Region
    """ A region. """

    bytes_used: int | Unset = UNSET
    """ Approximate bytes stored, refreshed every few hours. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        mount_point = self.mount_point

        created = self.created.isoformat()

        created_by = self.created_by.to_dict()

        is_in_use = self.is_in_use

        region = self.region.to_dict()

        bytes_used = self.bytes_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "mount_point": mount_point,
                "created": created,
                "created_by": created_by,
                "is_in_use": is_in_use,
                "region": region,
            }
        )
        if bytes_used is not UNSET:
            field_dict["bytes_used"] = bytes_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        filesystem = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["mount_point"],  # mount_point
            datetime.datetime.fromisoformat(src_dict["created"]),  # created
            User.from_dict(src_dict["created_by"]),  # created_by
            src_dict["is_in_use"],  # is_in_use
            Region.from_dict(src_dict["region"]),  # region
            src_dict.get("bytes_used", UNSET),  # bytes_used
        )
        if len(src_dict) > 7 and not _FIELDS.issuperset(src_dict):
            filesystem.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return filesystem

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
from ..models.region import Region  # noqa: E402
from ..models.user import User  # noqa: E402
