from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_disk_create_request import APIDiskCreateRequest
    from ..models.provider_config import ProviderConfig
    from ..models.team_config import TeamConfig


T = TypeVar("T", bound="BodyCreateDiskApiV1DisksPost")


@_attrs_define
class BodyCreateDiskApiV1DisksPost:
    """The disk to create, its provider and optionally its team."""

    disk: APIDiskCreateRequest
    provider: ProviderConfig
    """ The cloud that hosts the resource. """
    team: None | TeamConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_config import TeamConfig  # noqa: PLC0415

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
        from ..models.api_disk_create_request import (
            APIDiskCreateRequest,  # noqa: PLC0415
        )
        from ..models.provider_config import ProviderConfig  # noqa: PLC0415
        from ..models.team_config import TeamConfig  # noqa: PLC0415

        d = dict(src_dict)
        disk = APIDiskCreateRequest.from_dict(d.pop("disk"))

        provider = ProviderConfig.from_dict(d.pop("provider"))

        def _parse_team(data: object) -> None | TeamConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_0 = TeamConfig.from_dict(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamConfig | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        body_create_disk_api_v1_disks_post = cls(
            disk=disk,
            provider=provider,
            team=team,
        )

        body_create_disk_api_v1_disks_post.additional_properties = d
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
