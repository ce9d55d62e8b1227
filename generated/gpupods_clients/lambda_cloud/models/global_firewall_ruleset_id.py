from typing import Literal, cast

GlobalFirewallRulesetId = Literal["global"]

GLOBAL_FIREWALL_RULESET_ID_VALUES: frozenset[GlobalFirewallRulesetId] = frozenset(
    {
        "global",
    }
)


def check_global_firewall_ruleset_id(value: str) -> GlobalFirewallRulesetId:
    """Read a GlobalFirewallRulesetId from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GLOBAL_FIREWALL_RULESET_ID_VALUES`` tells known values from new ones.
    """
    return cast(GlobalFirewallRulesetId, value)
