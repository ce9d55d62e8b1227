from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_firewall_rulesets_response_200 import (
    ListFirewallRulesetsResponse200,
)
from ...models.list_firewall_rulesets_response_400 import (
    ListFirewallRulesetsResponse400,
)
from ...models.list_firewall_rulesets_response_401 import (
    ListFirewallRulesetsResponse401,
)
from ...models.list_firewall_rulesets_response_403 import (
    ListFirewallRulesetsResponse403,
)
from ...models.list_firewall_rulesets_response_404 import (
    ListFirewallRulesetsResponse404,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/firewall-rulesets",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListFirewallRulesetsResponse200
    | ListFirewallRulesetsResponse400
    | ListFirewallRulesetsResponse401
    | ListFirewallRulesetsResponse403
    | ListFirewallRulesetsResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ListFirewallRulesetsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListFirewallRulesetsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListFirewallRulesetsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListFirewallRulesetsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListFirewallRulesetsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListFirewallRulesetsResponse200
    | ListFirewallRulesetsResponse400
    | ListFirewallRulesetsResponse401
    | ListFirewallRulesetsResponse403
    | ListFirewallRulesetsResponse404
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
    ListFirewallRulesetsResponse200
    | ListFirewallRulesetsResponse400
    | ListFirewallRulesetsResponse401
    | ListFirewallRulesetsResponse403
    | ListFirewallRulesetsResponse404
]:
    """List the firewall rulesets

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFirewallRulesetsResponse200 | ListFirewallRulesetsResponse400 | ListFirewallRulesetsResponse401 | ListFirewallRulesetsResponse403 | ListFirewallRulesetsResponse404]
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
    ListFirewallRulesetsResponse200
    | ListFirewallRulesetsResponse400
    | ListFirewallRulesetsResponse401
    | ListFirewallRulesetsResponse403
    | ListFirewallRulesetsResponse404
    | None
):
    """List the firewall rulesets

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFirewallRulesetsResponse200 | ListFirewallRulesetsResponse400 | ListFirewallRulesetsResponse401 | ListFirewallRulesetsResponse403 | ListFirewallRulesetsResponse404
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListFirewallRulesetsResponse200
    | ListFirewallRulesetsResponse400
    | ListFirewallRulesetsResponse401
    | ListFirewallRulesetsResponse403
    | ListFirewallRulesetsResponse404
]:
    """List the firewall rulesets

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFirewallRulesetsResponse200 | ListFirewallRulesetsResponse400 | ListFirewallRulesetsResponse401 | ListFirewallRulesetsResponse403 | ListFirewallRulesetsResponse404]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListFirewallRulesetsResponse200
    | ListFirewallRulesetsResponse400
    | ListFirewallRulesetsResponse401
    | ListFirewallRulesetsResponse403
    | ListFirewallRulesetsResponse404
    | None
):
    """List the firewall rulesets

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFirewallRulesetsResponse200 | ListFirewallRulesetsResponse400 | ListFirewallRulesetsResponse401 | ListFirewallRulesetsResponse403 | ListFirewallRulesetsResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
