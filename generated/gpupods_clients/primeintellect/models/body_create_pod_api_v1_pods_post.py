from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyCreatePodApiV1PodsPost")

_FIELDS = frozenset(
    (
        "pod",
        "provider",
        "disks",
        "team",
        "team_member_ids",
        "shared_with_team",
    )
)


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

        body_create_pod_api_v1_pods_post = cls(
            PodRequestConfig.from_dict(src_dict["pod"]),  # pod
            ProviderConfig.from_dict(src_dict["provider"]),  # provider
            src_dict.get("disks", UNSET),  # disks
            team,  # team
            src_dict.get("team_member_ids", UNSET),  # team_member_ids
            src_dict.get("shared_with_team", UNSET),  # shared_with_team
        )
        if len(src_dict) > 2 and not _FIELDS.issuperset(src_dict):
            body_create_pod_api_v1_pods_post.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.pod_request_config import PodRequestConfig  # noqa: E402
from ..models.provider_config import ProviderConfig  # noqa: E402
from ..models.team_config import TeamConfig  # noqa: E402
