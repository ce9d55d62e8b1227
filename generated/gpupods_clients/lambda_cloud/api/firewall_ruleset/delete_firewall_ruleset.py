from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_firewall_ruleset_response_200 import (
    DeleteFirewallRulesetResponse200,
)
from ...models.delete_firewall_ruleset_response_400 import (
    DeleteFirewallRulesetResponse400,
)
from ...models.delete_firewall_ruleset_response_401 import (
    DeleteFirewallRulesetResponse401,
)
from ...models.delete_firewall_ruleset_response_403 import (
    DeleteFirewallRulesetResponse403,
)
from ...models.delete_firewall_ruleset_response_404 import (
    DeleteFirewallRulesetResponse404,
)
from ...models.delete_firewall_ruleset_response_409 import (
    DeleteFirewallRulesetResponse409,
)
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/firewall-rulesets/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteFirewallRulesetResponse200
    | DeleteFirewallRulesetResponse400
    | DeleteFirewallRulesetResponse401
    | DeleteFirewallRulesetResponse403
    | DeleteFirewallRulesetResponse404
    | DeleteFirewallRulesetResponse409
    | None
):
    if response.status_code == 200:
        response_200 = DeleteFirewallRulesetResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteFirewallRulesetResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteFirewallRulesetResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteFirewallRulesetResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteFirewallRulesetResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DeleteFirewallRulesetResponse409.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteFirewallRulesetResponse200
    | DeleteFirewallRulesetResponse400
    | DeleteFirewallRulesetResponse401
    | DeleteFirewallRulesetResponse403
    | DeleteFirewallRulesetResponse404
    | DeleteFirewallRulesetResponse409
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteFirewallRulesetResponse200
    | DeleteFirewallRulesetResponse400
    | DeleteFirewallRulesetResponse401
    | DeleteFirewallRulesetResponse403
    | DeleteFirewallRulesetResponse404
    | DeleteFirewallRulesetResponse409
]:
    """Delete a ruleset no instance uses

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFirewallRulesetResponse200 | DeleteFirewallRulesetResponse400 | DeleteFirewallRulesetResponse401 | DeleteFirewallRulesetResponse403 | DeleteFirewallRulesetResponse404 | DeleteFirewallRulesetResponse409]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteFirewallRulesetResponse200
    | DeleteFirewallRulesetResponse400
    | DeleteFirewallRulesetResponse401
    | DeleteFirewallRulesetResponse403
    | DeleteFirewallRulesetResponse404
    | DeleteFirewallRulesetResponse409
    | None
):
    """Delete a ruleset no instance uses

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFirewallRulesetResponse200 | DeleteFirewallRulesetResponse400 | DeleteFirewallRulesetResponse401 | DeleteFirewallRulesetResponse403 | DeleteFirewallRulesetResponse404 | DeleteFirewallRulesetResponse409
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteFirewallRulesetResponse200
    | DeleteFirewallRulesetResponse400
    | DeleteFirewallRulesetResponse401
    | DeleteFirewallRulesetResponse403
    | DeleteFirewallRulesetResponse404
    | DeleteFirewallRulesetResponse409
]:
    """Delete a ruleset no instance uses

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFirewallRulesetResponse200 | DeleteFirewallRulesetResponse400 | DeleteFirewallRulesetResponse401 | DeleteFirewallRulesetResponse403 | DeleteFirewallRulesetResponse404 | DeleteFirewallRulesetResponse409]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteFirewallRulesetResponse200
    | DeleteFirewallRulesetResponse400
    | DeleteFirewallRulesetResponse401
    | DeleteFirewallRulesetResponse403
    | DeleteFirewallRulesetResponse404
    | DeleteFirewallRulesetResponse409
    | None
):
    """Delete a ruleset no instance uses

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFirewallRulesetResponse200 | DeleteFirewallRulesetResponse400 | DeleteFirewallRulesetResponse401 | DeleteFirewallRulesetResponse403 | DeleteFirewallRulesetResponse404 | DeleteFirewallRulesetResponse409
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
