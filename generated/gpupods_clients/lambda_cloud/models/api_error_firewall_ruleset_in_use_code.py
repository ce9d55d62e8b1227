from typing import Literal, cast

ApiErrorFirewallRulesetInUseCode = Literal["firewall-rulesets/firewall-ruleset-in-use"]

API_ERROR_FIREWALL_RULESET_IN_USE_CODE_VALUES: frozenset[
    ApiErrorFirewallRulesetInUseCode
] = frozenset(
    {
        "firewall-rulesets/firewall-ruleset-in-use",
    }
)


def check_api_error_firewall_ruleset_in_use_code(
    value: str,
) -> ApiErrorFirewallRulesetInUseCode:
    """Read a ApiErrorFirewallRulesetInUseCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_FIREWALL_RULESET_IN_USE_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorFirewallRulesetInUseCode, value)
