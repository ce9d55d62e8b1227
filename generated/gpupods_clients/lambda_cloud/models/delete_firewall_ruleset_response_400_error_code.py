from typing import Literal, cast

DeleteFirewallRulesetResponse400ErrorCode = Literal[
    "firewall-rulesets/firewall-ruleset-in-use", "global/invalid-parameters"
]

DELETE_FIREWALL_RULESET_RESPONSE_400_ERROR_CODE_VALUES: frozenset[
    DeleteFirewallRulesetResponse400ErrorCode
] = frozenset(
    {
        "firewall-rulesets/firewall-ruleset-in-use",
        "global/invalid-parameters",
    }
)


def check_delete_firewall_ruleset_response_400_error_code(
    value: str,
) -> DeleteFirewallRulesetResponse400ErrorCode:
    """Read a DeleteFirewallRulesetResponse400ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DELETE_FIREWALL_RULESET_RESPONSE_400_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(DeleteFirewallRulesetResponse400ErrorCode, value)
