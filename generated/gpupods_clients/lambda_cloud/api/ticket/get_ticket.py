from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_ticket_response_200 import GetTicketResponse200
from ...models.get_ticket_response_400 import GetTicketResponse400
from ...models.get_ticket_response_401 import GetTicketResponse401
from ...models.get_ticket_response_403 import GetTicketResponse403
from ...models.get_ticket_response_404 import GetTicketResponse404
from ...types import Response


def _get_kwargs(
    ticket_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets/{ticket_id}".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetTicketResponse200
    | GetTicketResponse400
    | GetTicketResponse401
    | GetTicketResponse403
    | GetTicketResponse404
    | None
):
    if response.status_code == 200:
        response_200 = GetTicketResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetTicketResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetTicketResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetTicketResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetTicketResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetTicketResponse200
    | GetTicketResponse400
    | GetTicketResponse401
    | GetTicketResponse403
    | GetTicketResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetTicketResponse200
    | GetTicketResponse400
    | GetTicketResponse401
    | GetTicketResponse403
    | GetTicketResponse404
]:
    """Show one ticket with its comments

    Args:
        ticket_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTicketResponse200 | GetTicketResponse400 | GetTicketResponse401 | GetTicketResponse403 | GetTicketResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetTicketResponse200
    | GetTicketResponse400
    | GetTicketResponse401
    | GetTicketResponse403
    | GetTicketResponse404
    | None
):
    """Show one ticket with its comments

    Args:
        ticket_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTicketResponse200 | GetTicketResponse400 | GetTicketResponse401 | GetTicketResponse403 | GetTicketResponse404
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetTicketResponse200
    | GetTicketResponse400
    | GetTicketResponse401
    | GetTicketResponse403
    | GetTicketResponse404
]:
    """Show one ticket with its comments

    Args:
        ticket_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTicketResponse200 | GetTicketResponse400 | GetTicketResponse401 | GetTicketResponse403 | GetTicketResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetTicketResponse200
    | GetTicketResponse400
    | GetTicketResponse401
    | GetTicketResponse403
    | GetTicketResponse404
    | None
):
    """Show one ticket with its comments

    Args:
        ticket_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTicketResponse200 | GetTicketResponse400 | GetTicketResponse401 | GetTicketResponse403 | GetTicketResponse404
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
        )
    ).parsed
