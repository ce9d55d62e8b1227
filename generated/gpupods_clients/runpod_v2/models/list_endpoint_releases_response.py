from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release import Release
    from ..models.rollout_summary import RolloutSummary


T = TypeVar("T", bound="ListEndpointReleasesResponse")


@_attrs_define
class ListEndpointReleasesResponse:
    rollout: RolloutSummary
    releases: list[Release]
    endpoint_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rollout = self.rollout.to_dict()

        releases = []
        for releases_item_data in self.releases:
            releases_item = releases_item_data.to_dict()
            releases.append(releases_item)

        endpoint_version: int | None | Unset
        if isinstance(self.endpoint_version, Unset):
            endpoint_version = UNSET
        else:
            endpoint_version = self.endpoint_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rollout": rollout,
                "releases": releases,
            }
        )
        if endpoint_version is not UNSET:
            field_dict["endpointVersion"] = endpoint_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release import Release  # noqa: PLC0415
        from ..models.rollout_summary import RolloutSummary  # noqa: PLC0415

        d = dict(src_dict)
        rollout = RolloutSummary.from_dict(d.pop("rollout"))

        releases = []
        _releases = d.pop("releases")
        for releases_item_data in _releases:
            releases_item = Release.from_dict(releases_item_data)

            releases.append(releases_item)

        def _parse_endpoint_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        endpoint_version = _parse_endpoint_version(d.pop("endpointVersion", UNSET))

        list_endpoint_releases_response = cls(
            rollout=rollout,
            releases=releases,
            endpoint_version=endpoint_version,
        )

        list_endpoint_releases_response.additional_properties = d
        return list_endpoint_releases_response

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
