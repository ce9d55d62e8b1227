from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_ticket_response_202 import UpdateTicketResponse202
from ...models.update_ticket_response_400 import UpdateTicketResponse400
from ...models.update_ticket_response_401 import UpdateTicketResponse401
from ...models.update_ticket_response_403 import UpdateTicketResponse403
from ...models.update_ticket_response_404 import UpdateTicketResponse404
from ...models.update_ticket_ticket_update_request import (
    UpdateTicketTicketUpdateRequest,
)
from ...types import Response


def _get_kwargs(
    ticket_id: str,
    *,
    body: UpdateTicketTicketUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/tickets/{ticket_id}".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateTicketResponse202
    | UpdateTicketResponse400
    | UpdateTicketResponse401
    | UpdateTicketResponse403
    | UpdateTicketResponse404
    | None
):
    if response.status_code == 202:
        response_202 = UpdateTicketResponse202.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = UpdateTicketResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateTicketResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTicketResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateTicketResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateTicketResponse202
    | UpdateTicketResponse400
    | UpdateTicketResponse401
    | UpdateTicketResponse403
    | UpdateTicketResponse404
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
    body: UpdateTicketTicketUpdateRequest,
) -> Response[
    UpdateTicketResponse202
    | UpdateTicketResponse400
    | UpdateTicketResponse401
    | UpdateTicketResponse403
    | UpdateTicketResponse404
]:
    """Mark a ticket solved, change its severity or add a comment

     Accepted and applied asynchronously, hence 202.

    Args:
        ticket_id (str):
        body (UpdateTicketTicketUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTicketResponse202 | UpdateTicketResponse400 | UpdateTicketResponse401 | UpdateTicketResponse403 | UpdateTicketResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTicketUpdateRequest,
) -> (
    UpdateTicketResponse202
    | UpdateTicketResponse400
    | UpdateTicketResponse401
    | UpdateTicketResponse403
    | UpdateTicketResponse404
    | None
):
    """Mark a ticket solved, change its severity or add a comment

     Accepted and applied asynchronously, hence 202.

    Args:
        ticket_id (str):
        body (UpdateTicketTicketUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTicketResponse202 | UpdateTicketResponse400 | UpdateTicketResponse401 | UpdateTicketResponse403 | UpdateTicketResponse404
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTicketUpdateRequest,
) -> Response[
    UpdateTicketResponse202
    | UpdateTicketResponse400
    | UpdateTicketResponse401
    | UpdateTicketResponse403
    | UpdateTicketResponse404
]:
    """Mark a ticket solved, change its severity or add a comment

     Accepted and applied asynchronously, hence 202.

    Args:
        ticket_id (str):
        body (UpdateTicketTicketUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTicketResponse202 | UpdateTicketResponse400 | UpdateTicketResponse401 | UpdateTicketResponse403 | UpdateTicketResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTicketTicketUpdateRequest,
) -> (
    UpdateTicketResponse202
    | UpdateTicketResponse400
    | UpdateTicketResponse401
    | UpdateTicketResponse403
    | UpdateTicketResponse404
    | None
):
    """Mark a ticket solved, change its severity or add a comment

     Accepted and applied asynchronously, hence 202.

    Args:
        ticket_id (str):
        body (UpdateTicketTicketUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTicketResponse202 | UpdateTicketResponse400 | UpdateTicketResponse401 | UpdateTicketResponse403 | UpdateTicketResponse404
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
        )
    ).parsed
