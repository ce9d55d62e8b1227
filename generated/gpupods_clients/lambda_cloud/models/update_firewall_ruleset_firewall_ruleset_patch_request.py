from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFirewallRulesetFirewallRulesetPatchRequest")

_FIELDS = frozenset(
    (
        "name",
        "rules",
    )
)


@_attrs_define
class UpdateFirewallRulesetFirewallRulesetPatchRequest:
    name: str | Unset = UNSET
    """ The new display name. """

    rules: list[FirewallRule] | Unset = UNSET
    """ The complete new set of rules. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        update_firewall_ruleset_firewall_ruleset_patch_request = cls(
            src_dict.get("name", UNSET),  # name
            [FirewallRule.from_dict(item0) for item0 in src_dict["rules"]]
            if "rules" in src_dict
            else UNSET,  # rules
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            update_firewall_ruleset_firewall_ruleset_patch_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return update_firewall_ruleset_firewall_ruleset_patch_request

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
from ..models.firewall_rule import FirewallRule  # noqa: E402
