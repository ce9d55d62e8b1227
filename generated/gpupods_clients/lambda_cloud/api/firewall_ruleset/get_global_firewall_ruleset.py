from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_global_firewall_ruleset_response_200 import (
    GetGlobalFirewallRulesetResponse200,
)
from ...models.get_global_firewall_ruleset_response_400 import (
    GetGlobalFirewallRulesetResponse400,
)
from ...models.get_global_firewall_ruleset_response_401 import (
    GetGlobalFirewallRulesetResponse401,
)
from ...models.get_global_firewall_ruleset_response_403 import (
    GetGlobalFirewallRulesetResponse403,
)
from ...models.get_global_firewall_ruleset_response_404 import (
    GetGlobalFirewallRulesetResponse404,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/firewall-rulesets/global",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetGlobalFirewallRulesetResponse200
    | GetGlobalFirewallRulesetResponse400
    | GetGlobalFirewallRulesetResponse401
    | GetGlobalFirewallRulesetResponse403
    | GetGlobalFirewallRulesetResponse404
    | None
):
    if response.status_code == 200:
        response_200 = GetGlobalFirewallRulesetResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetGlobalFirewallRulesetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetGlobalFirewallRulesetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetGlobalFirewallRulesetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetGlobalFirewallRulesetResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetGlobalFirewallRulesetResponse200
    | GetGlobalFirewallRulesetResponse400
    | GetGlobalFirewallRulesetResponse401
    | GetGlobalFirewallRulesetResponse403
    | GetGlobalFirewallRulesetResponse404
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
) -> Response[
    GetGlobalFirewallRulesetResponse200
    | GetGlobalFirewallRulesetResponse400
    | GetGlobalFirewallRulesetResponse401
    | GetGlobalFirewallRulesetResponse403
    | GetGlobalFirewallRulesetResponse404
]:
    """Show the global ruleset, which applies in every region

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGlobalFirewallRulesetResponse200 | GetGlobalFirewallRulesetResponse400 | GetGlobalFirewallRulesetResponse401 | GetGlobalFirewallRulesetResponse403 | GetGlobalFirewallRulesetResponse404]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetGlobalFirewallRulesetResponse200
    | GetGlobalFirewallRulesetResponse400
    | GetGlobalFirewallRulesetResponse401
    | GetGlobalFirewallRulesetResponse403
    | GetGlobalFirewallRulesetResponse404
    | None
):
    """Show the global ruleset, which applies in every region

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGlobalFirewallRulesetResponse200 | GetGlobalFirewallRulesetResponse400 | GetGlobalFirewallRulesetResponse401 | GetGlobalFirewallRulesetResponse403 | GetGlobalFirewallRulesetResponse404
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetGlobalFirewallRulesetResponse200
    | GetGlobalFirewallRulesetResponse400
    | GetGlobalFirewallRulesetResponse401
    | GetGlobalFirewallRulesetResponse403
    | GetGlobalFirewallRulesetResponse404
]:
    """Show the global ruleset, which applies in every region

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetGlobalFirewallRulesetResponse200 | GetGlobalFirewallRulesetResponse400 | GetGlobalFirewallRulesetResponse401 | GetGlobalFirewallRulesetResponse403 | GetGlobalFirewallRulesetResponse404]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetGlobalFirewallRulesetResponse200
    | GetGlobalFirewallRulesetResponse400
    | GetGlobalFirewallRulesetResponse401
    | GetGlobalFirewallRulesetResponse403
    | GetGlobalFirewallRulesetResponse404
    | None
):
    """Show the global ruleset, which applies in every region

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetGlobalFirewallRulesetResponse200 | GetGlobalFirewallRulesetResponse400 | GetGlobalFirewallRulesetResponse401 | GetGlobalFirewallRulesetResponse403 | GetGlobalFirewallRulesetResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
