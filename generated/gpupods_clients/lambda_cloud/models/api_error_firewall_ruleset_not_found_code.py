from typing import Literal, cast

ApiErrorFirewallRulesetNotFoundCode = Literal["global/object-does-not-exist"]

API_ERROR_FIREWALL_RULESET_NOT_FOUND_CODE_VALUES: frozenset[
    ApiErrorFirewallRulesetNotFoundCode
] = frozenset(
    {
        "global/object-does-not-exist",
    }
)


def check_api_error_firewall_ruleset_not_found_code(
    value: str,
) -> ApiErrorFirewallRulesetNotFoundCode:
    """Read a ApiErrorFirewallRulesetNotFoundCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_FIREWALL_RULESET_NOT_FOUND_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorFirewallRulesetNotFoundCode, value)
