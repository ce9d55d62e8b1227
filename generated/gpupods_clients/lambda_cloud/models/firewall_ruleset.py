from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FirewallRuleset")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "region",
        "rules",
        "created",
        "instance_ids",
    )
)


@_attrs_define
class FirewallRuleset:
    """A named set of inbound rules in one region."""

    id: str
    """ The ruleset's id. """

    name: str
    """ The ruleset's name. """

    region: Region
    """ A region. """

    rules: list[FirewallRule]
    """ The inbound rules. """

    created: datetime.datetime
    """ When it was created. """

    instance_ids: list[str]
    """ The instances using it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        region = self.region.to_dict()

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        created = self.created.isoformat()

        instance_ids = self.instance_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "region": region,
                "rules": rules,
                "created": created,
                "instance_ids": instance_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        firewall_ruleset = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            Region.from_dict(src_dict["region"]),  # region
            [FirewallRule.from_dict(item0) for item0 in src_dict["rules"]],  # rules
            datetime.datetime.fromisoformat(src_dict["created"]),  # created
            src_dict["instance_ids"],  # instance_ids
        )
        if len(src_dict) != 6:  # every required key was read: any other is unknown
            firewall_ruleset.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return firewall_ruleset

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
from ..models.region import Region  # noqa: E402
