from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.replace_firewall_rules_firewall_rules_put_request import (
    ReplaceFirewallRulesFirewallRulesPutRequest,
)
from ...models.replace_firewall_rules_response_200 import (
    ReplaceFirewallRulesResponse200,
)
from ...models.replace_firewall_rules_response_400 import (
    ReplaceFirewallRulesResponse400,
)
from ...models.replace_firewall_rules_response_401 import (
    ReplaceFirewallRulesResponse401,
)
from ...models.replace_firewall_rules_response_403 import (
    ReplaceFirewallRulesResponse403,
)
from ...models.replace_firewall_rules_response_404 import (
    ReplaceFirewallRulesResponse404,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ReplaceFirewallRulesFirewallRulesPutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/firewall-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ReplaceFirewallRulesResponse200
    | ReplaceFirewallRulesResponse400
    | ReplaceFirewallRulesResponse401
    | ReplaceFirewallRulesResponse403
    | ReplaceFirewallRulesResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ReplaceFirewallRulesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReplaceFirewallRulesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ReplaceFirewallRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReplaceFirewallRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ReplaceFirewallRulesResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ReplaceFirewallRulesResponse200
    | ReplaceFirewallRulesResponse400
    | ReplaceFirewallRulesResponse401
    | ReplaceFirewallRulesResponse403
    | ReplaceFirewallRulesResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReplaceFirewallRulesFirewallRulesPutRequest,
) -> Response[
    ReplaceFirewallRulesResponse200
    | ReplaceFirewallRulesResponse400
    | ReplaceFirewallRulesResponse401
    | ReplaceFirewallRulesResponse403
    | ReplaceFirewallRulesResponse404
]:
    """Replace every account-wide inbound rule

     The body's list becomes the whole set; an empty list removes every rule.

    Args:
        body (ReplaceFirewallRulesFirewallRulesPutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplaceFirewallRulesResponse200 | ReplaceFirewallRulesResponse400 | ReplaceFirewallRulesResponse401 | ReplaceFirewallRulesResponse403 | ReplaceFirewallRulesResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReplaceFirewallRulesFirewallRulesPutRequest,
) -> (
    ReplaceFirewallRulesResponse200
    | ReplaceFirewallRulesResponse400
    | ReplaceFirewallRulesResponse401
    | ReplaceFirewallRulesResponse403
    | ReplaceFirewallRulesResponse404
    | None
):
    """Replace every account-wide inbound rule

     The body's list becomes the whole set; an empty list removes every rule.

    Args:
        body (ReplaceFirewallRulesFirewallRulesPutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplaceFirewallRulesResponse200 | ReplaceFirewallRulesResponse400 | ReplaceFirewallRulesResponse401 | ReplaceFirewallRulesResponse403 | ReplaceFirewallRulesResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReplaceFirewallRulesFirewallRulesPutRequest,
) -> Response[
    ReplaceFirewallRulesResponse200
    | ReplaceFirewallRulesResponse400
    | ReplaceFirewallRulesResponse401
    | ReplaceFirewallRulesResponse403
    | ReplaceFirewallRulesResponse404
]:
    """Replace every account-wide inbound rule

     The body's list becomes the whole set; an empty list removes every rule.

    Args:
        body (ReplaceFirewallRulesFirewallRulesPutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplaceFirewallRulesResponse200 | ReplaceFirewallRulesResponse400 | ReplaceFirewallRulesResponse401 | ReplaceFirewallRulesResponse403 | ReplaceFirewallRulesResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReplaceFirewallRulesFirewallRulesPutRequest,
) -> (
    ReplaceFirewallRulesResponse200
    | ReplaceFirewallRulesResponse400
    | ReplaceFirewallRulesResponse401
    | ReplaceFirewallRulesResponse403
    | ReplaceFirewallRulesResponse404
    | None
):
    """Replace every account-wide inbound rule

     The body's list becomes the whole set; an empty list removes every rule.

    Args:
        body (ReplaceFirewallRulesFirewallRulesPutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplaceFirewallRulesResponse200 | ReplaceFirewallRulesResponse400 | ReplaceFirewallRulesResponse401 | ReplaceFirewallRulesResponse403 | ReplaceFirewallRulesResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
