from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.global_firewall_ruleset_id import (
    GlobalFirewallRulesetId,
)

T = TypeVar("T", bound="GlobalFirewallRuleset")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "rules",
    )
)


@_attrs_define
class GlobalFirewallRuleset:
    """The account's (or workspace's) rules for every region."""

    id: GlobalFirewallRulesetId
    """ Always `global`. """

    name: str
    """ The ruleset's name. """

    rules: list[FirewallRule]
    """ The inbound rules. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        name = self.name

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        global_firewall_ruleset = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            [FirewallRule.from_dict(item0) for item0 in src_dict["rules"]],  # rules
        )
        if len(src_dict) != 3:  # every required key was read: any other is unknown
            global_firewall_ruleset.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return global_firewall_ruleset

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
