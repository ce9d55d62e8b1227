from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEndpointReleasesResponse")

_FIELDS = frozenset(
    (
        "rollout",
        "releases",
        "pagination",
        "endpointVersion",
    )
)


@_attrs_define
class ListEndpointReleasesResponse:
    rollout: RolloutSummary

    releases: list[Release]

    pagination: Pagination
    """ Where the next page starts; nextCursor is null on the last page. """

    endpoint_version: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rollout = self.rollout.to_dict()

        releases = []
        for releases_item_data in self.releases:
            releases_item = releases_item_data.to_dict()
            releases.append(releases_item)

        pagination = self.pagination.to_dict()

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
                "pagination": pagination,
            }
        )
        if endpoint_version is not UNSET:
            field_dict["endpointVersion"] = endpoint_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        list_endpoint_releases_response = cls(
            RolloutSummary.from_dict(src_dict["rollout"]),  # rollout
            [Release.from_dict(item0) for item0 in src_dict["releases"]],  # releases
            Pagination.from_dict(src_dict["pagination"]),  # pagination
            src_dict.get("endpointVersion", UNSET),  # endpoint_version
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            list_endpoint_releases_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.pagination import Pagination  # noqa: E402
from ..models.release import Release  # noqa: E402
from ..models.rollout_summary import RolloutSummary  # noqa: E402
