from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_firewall_rules_response_200 import ListFirewallRulesResponse200
from ...models.list_firewall_rules_response_401 import ListFirewallRulesResponse401
from ...models.list_firewall_rules_response_403 import ListFirewallRulesResponse403
from ...models.list_firewall_rules_response_404 import ListFirewallRulesResponse404
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/firewall-rules",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListFirewallRulesResponse200
    | ListFirewallRulesResponse401
    | ListFirewallRulesResponse403
    | ListFirewallRulesResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ListFirewallRulesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ListFirewallRulesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListFirewallRulesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListFirewallRulesResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListFirewallRulesResponse200
    | ListFirewallRulesResponse401
    | ListFirewallRulesResponse403
    | ListFirewallRulesResponse404
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
    ListFirewallRulesResponse200
    | ListFirewallRulesResponse401
    | ListFirewallRulesResponse403
    | ListFirewallRulesResponse404
]:
    """List the account-wide inbound rules

     The older, account-wide firewall; it applies in every region except us-south-1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFirewallRulesResponse200 | ListFirewallRulesResponse401 | ListFirewallRulesResponse403 | ListFirewallRulesResponse404]
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
    ListFirewallRulesResponse200
    | ListFirewallRulesResponse401
    | ListFirewallRulesResponse403
    | ListFirewallRulesResponse404
    | None
):
    """List the account-wide inbound rules

     The older, account-wide firewall; it applies in every region except us-south-1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFirewallRulesResponse200 | ListFirewallRulesResponse401 | ListFirewallRulesResponse403 | ListFirewallRulesResponse404
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListFirewallRulesResponse200
    | ListFirewallRulesResponse401
    | ListFirewallRulesResponse403
    | ListFirewallRulesResponse404
]:
    """List the account-wide inbound rules

     The older, account-wide firewall; it applies in every region except us-south-1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFirewallRulesResponse200 | ListFirewallRulesResponse401 | ListFirewallRulesResponse403 | ListFirewallRulesResponse404]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListFirewallRulesResponse200
    | ListFirewallRulesResponse401
    | ListFirewallRulesResponse403
    | ListFirewallRulesResponse404
    | None
):
    """List the account-wide inbound rules

     The older, account-wide firewall; it applies in every region except us-south-1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFirewallRulesResponse200 | ListFirewallRulesResponse401 | ListFirewallRulesResponse403 | ListFirewallRulesResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
