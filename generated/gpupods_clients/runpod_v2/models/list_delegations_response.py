from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ecr_delegation import EcrDelegation


T = TypeVar("T", bound="ListDelegationsResponse")


@_attrs_define
class ListDelegationsResponse:
    delegations: list[EcrDelegation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delegations = []
        for delegations_item_data in self.delegations:
            delegations_item = delegations_item_data.to_dict()
            delegations.append(delegations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegations": delegations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ecr_delegation import EcrDelegation  # noqa: PLC0415

        d = dict(src_dict)
        delegations = []
        _delegations = d.pop("delegations")
        for delegations_item_data in _delegations:
            delegations_item = EcrDelegation.from_dict(delegations_item_data)

            delegations.append(delegations_item)

        list_delegations_response = cls(
            delegations=delegations,
        )

        list_delegations_response.additional_properties = d
        return list_delegations_response

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
