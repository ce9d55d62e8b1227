from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FabricPartition")

_FIELDS = frozenset(
    (
        "id",
        "created",
        "name",
        "workspace_id",
        "region",
    )
)


@_attrs_define
class FabricPartition:
    """A partition of the interconnect fabric."""

    id: str
    """ The partition's id. """

    created: datetime.datetime
    """ When it was created. """

    name: str
    """ The partition's name. """

    workspace_id: str
    """ The workspace that owns it. """

    region: Region
    """ A region. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        name = self.name

        workspace_id = self.workspace_id

        region = self.region.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "name": name,
                "workspace_id": workspace_id,
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

        fabric_partition = cls(
            src_dict["id"],  # id
            datetime.datetime.fromisoformat(src_dict["created"]),  # created
            src_dict["name"],  # name
            src_dict["workspace_id"],  # workspace_id
            Region.from_dict(src_dict["region"]),  # region
        )
        if len(src_dict) != 5:  # every required key was read: any other is unknown
            fabric_partition.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return fabric_partition

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
