from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pod_request_config import PodRequestConfig
    from ..models.provider_config import ProviderConfig
    from ..models.team_config import TeamConfig


T = TypeVar("T", bound="BodyCreatePodApiV1PodsPost")


@_attrs_define
class BodyCreatePodApiV1PodsPost:
    """What to start, on which provider, and who shares it."""

    pod: PodRequestConfig
    """ The pod to create; cloudId, gpuType, socket and gpuCount come from an offer. """
    provider: ProviderConfig
    """ The cloud that hosts the resource. """
    disks: list[str] | None | Unset = UNSET
    """ Ids of existing disks to attach. """
    team: None | TeamConfig | Unset = UNSET
    team_member_ids: list[str] | None | Unset = UNSET
    shared_with_team: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_config import TeamConfig  # noqa: PLC0415

        pod = self.pod.to_dict()

        provider = self.provider.to_dict()

        disks: list[str] | None | Unset
        if isinstance(self.disks, Unset):
            disks = UNSET
        elif isinstance(self.disks, list):
            disks = self.disks

        else:
            disks = self.disks

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, TeamConfig):
            team = self.team.to_dict()
        else:
            team = self.team

        team_member_ids: list[str] | None | Unset
        if isinstance(self.team_member_ids, Unset):
            team_member_ids = UNSET
        elif isinstance(self.team_member_ids, list):
            team_member_ids = self.team_member_ids

        else:
            team_member_ids = self.team_member_ids

        shared_with_team = self.shared_with_team

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pod": pod,
                "provider": provider,
            }
        )
        if disks is not UNSET:
            field_dict["disks"] = disks
        if team is not UNSET:
            field_dict["team"] = team
        if team_member_ids is not UNSET:
            field_dict["team_member_ids"] = team_member_ids
        if shared_with_team is not UNSET:
            field_dict["shared_with_team"] = shared_with_team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pod_request_config import PodRequestConfig  # noqa: PLC0415
        from ..models.provider_config import ProviderConfig  # noqa: PLC0415
        from ..models.team_config import TeamConfig  # noqa: PLC0415

        d = dict(src_dict)
        pod = PodRequestConfig.from_dict(d.pop("pod"))

        provider = ProviderConfig.from_dict(d.pop("provider"))

        def _parse_disks(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                disks_type_0 = cast(list[str], data)

                return disks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        disks = _parse_disks(d.pop("disks", UNSET))

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

        def _parse_team_member_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_member_ids_type_0 = cast(list[str], data)

                return team_member_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        team_member_ids = _parse_team_member_ids(d.pop("team_member_ids", UNSET))

        shared_with_team = d.pop("shared_with_team", UNSET)

        body_create_pod_api_v1_pods_post = cls(
            pod=pod,
            provider=provider,
            disks=disks,
            team=team,
            team_member_ids=team_member_ids,
            shared_with_team=shared_with_team,
        )

        body_create_pod_api_v1_pods_post.additional_properties = d
        return body_create_pod_api_v1_pods_post

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
