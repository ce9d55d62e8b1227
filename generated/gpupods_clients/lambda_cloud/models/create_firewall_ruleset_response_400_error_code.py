from typing import Literal, cast

CreateFirewallRulesetResponse400ErrorCode = Literal[
    "global/invalid-parameters", "global/quota-exceeded"
]

CREATE_FIREWALL_RULESET_RESPONSE_400_ERROR_CODE_VALUES: frozenset[
    CreateFirewallRulesetResponse400ErrorCode
] = frozenset(
    {
        "global/invalid-parameters",
        "global/quota-exceeded",
    }
)


def check_create_firewall_ruleset_response_400_error_code(
    value: str,
) -> CreateFirewallRulesetResponse400ErrorCode:
    """Read a CreateFirewallRulesetResponse400ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CREATE_FIREWALL_RULESET_RESPONSE_400_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(CreateFirewallRulesetResponse400ErrorCode, value)
