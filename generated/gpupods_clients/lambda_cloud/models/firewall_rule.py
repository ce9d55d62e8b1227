from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_protocol import NetworkProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="FirewallRule")

_FIELDS = frozenset(
    (
        "protocol",
        "source_network",
        "description",
        "port_range",
    )
)


@_attrs_define
class FirewallRule:
    """One inbound rule."""

    protocol: NetworkProtocol
    """ The protocol a rule lets in. """

    source_network: str
    """ The IPv4 CIDR allowed in (`0.0.0.0/0` for anywhere; a bare address means /32). """

    description: str
    """ A note about the rule. """

    port_range: list[int] | Unset = UNSET
    """ First and last port, inclusive (`[22, 22]` for one port); needed for tcp, udp and all, not allowed for icmp.
    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol: str = self.protocol

        source_network = self.source_network

        description = self.description

        port_range: list[int] | Unset = UNSET
        if not isinstance(self.port_range, Unset):
            port_range = self.port_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "source_network": source_network,
                "description": description,
            }
        )
        if port_range is not UNSET:
            field_dict["port_range"] = port_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        firewall_rule = cls(
            src_dict["protocol"],  # protocol
            src_dict["source_network"],  # source_network
            src_dict["description"],  # description
            src_dict.get("port_range", UNSET),  # port_range
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            firewall_rule.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return firewall_rule

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
