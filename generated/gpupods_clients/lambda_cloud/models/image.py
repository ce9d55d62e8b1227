from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_architecture import ImageArchitecture

T = TypeVar("T", bound="Image")

_FIELDS = frozenset(
    (
        "id",
        "created_time",
        "updated_time",
        "name",
        "description",
        "family",
        "version",
        "architecture",
        "region",
    )
)


@_attrs_define
class Image:
    """A machine image available in one region."""

    id: str
    """ The image's id. """

    created_time: datetime.datetime
    """ When the image was added. """

    updated_time: datetime.datetime
    """ When the image last changed. """

    name: str
    """ The image's name. """

    description: str
    """ The image for people. """

    family: str
    """ The family the image belongs to (launch can pick an image by family). """

    version: str
    """ The image's version within its family. """

    architecture: ImageArchitecture
    """ The CPU architecture an image is built for. """

    region: Region
    """ A region. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_time = self.created_time.isoformat()

        updated_time = self.updated_time.isoformat()

        name = self.name

        description = self.description

        family = self.family

        version = self.version

        architecture: str = self.architecture

        region = self.region.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_time": created_time,
                "updated_time": updated_time,
                "name": name,
                "description": description,
                "family": family,
                "version": version,
                "architecture": architecture,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        image = cls(
            src_dict["id"],  # id
            datetime.datetime.fromisoformat(src_dict["created_time"]),  # created_time
            datetime.datetime.fromisoformat(src_dict["updated_time"]),  # updated_time
            src_dict["name"],  # name
            src_dict["description"],  # description
            src_dict["family"],  # family
            src_dict["version"],  # version
            src_dict["architecture"],  # architecture
            Region.from_dict(src_dict["region"]),  # region
        )
        if len(src_dict) != 9:  # every required key was read: any other is unknown
            image.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return image

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
