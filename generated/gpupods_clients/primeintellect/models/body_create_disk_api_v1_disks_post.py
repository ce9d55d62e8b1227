from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyCreateDiskApiV1DisksPost")

_FIELDS = frozenset(
    (
        "disk",
        "provider",
        "team",
    )
)


@_attrs_define
class BodyCreateDiskApiV1DisksPost:
    """The disk to create, its provider and optionally its team."""

    disk: APIDiskCreateRequest

    provider: ProviderConfig
    """ The cloud that hosts the resource. """

    team: None | TeamConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk = self.disk.to_dict()

        provider = self.provider.to_dict()

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, TeamConfig):
            team = self.team.to_dict()
        else:
            team = self.team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disk": disk,
                "provider": provider,
            }
        )
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _team = src_dict.get("team", UNSET)
        team: None | TeamConfig | Unset
        if _team is None or isinstance(_team, Unset):
            team = _team
        else:
            try:
                if not isinstance(_team, dict):
                    raise TypeError()
                team = TeamConfig.from_dict(_team)
            except (TypeError, ValueError, AttributeError, KeyError):
                team = _team

        body_create_disk_api_v1_disks_post = cls(
            APIDiskCreateRequest.from_dict(src_dict["disk"]),  # disk
            ProviderConfig.from_dict(src_dict["provider"]),  # provider
            team,  # team
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            body_create_disk_api_v1_disks_post.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return body_create_disk_api_v1_disks_post

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
from ..models.api_disk_create_request import APIDiskCreateRequest  # noqa: E402
from ..models.provider_config import ProviderConfig  # noqa: E402
from ..models.team_config import TeamConfig  # noqa: E402
