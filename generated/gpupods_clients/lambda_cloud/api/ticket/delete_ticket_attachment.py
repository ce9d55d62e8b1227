from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_ticket_attachment_response_200 import (
    DeleteTicketAttachmentResponse200,
)
from ...models.delete_ticket_attachment_response_400 import (
    DeleteTicketAttachmentResponse400,
)
from ...models.delete_ticket_attachment_response_401 import (
    DeleteTicketAttachmentResponse401,
)
from ...models.delete_ticket_attachment_response_403 import (
    DeleteTicketAttachmentResponse403,
)
from ...models.delete_ticket_attachment_response_404 import (
    DeleteTicketAttachmentResponse404,
)
from ...types import Response


def _get_kwargs(
    ticket_id: str,
    attachment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/tickets/{ticket_id}/attachments/{attachment_id}".format(
            ticket_id=quote(str(ticket_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteTicketAttachmentResponse200
    | DeleteTicketAttachmentResponse400
    | DeleteTicketAttachmentResponse401
    | DeleteTicketAttachmentResponse403
    | DeleteTicketAttachmentResponse404
    | None
):
    if response.status_code == 200:
        response_200 = DeleteTicketAttachmentResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteTicketAttachmentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteTicketAttachmentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteTicketAttachmentResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteTicketAttachmentResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteTicketAttachmentResponse200
    | DeleteTicketAttachmentResponse400
    | DeleteTicketAttachmentResponse401
    | DeleteTicketAttachmentResponse403
    | DeleteTicketAttachmentResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteTicketAttachmentResponse200
    | DeleteTicketAttachmentResponse400
    | DeleteTicketAttachmentResponse401
    | DeleteTicketAttachmentResponse403
    | DeleteTicketAttachmentResponse404
]:
    """Delete an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTicketAttachmentResponse200 | DeleteTicketAttachmentResponse400 | DeleteTicketAttachmentResponse401 | DeleteTicketAttachmentResponse403 | DeleteTicketAttachmentResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        attachment_id=attachment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteTicketAttachmentResponse200
    | DeleteTicketAttachmentResponse400
    | DeleteTicketAttachmentResponse401
    | DeleteTicketAttachmentResponse403
    | DeleteTicketAttachmentResponse404
    | None
):
    """Delete an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTicketAttachmentResponse200 | DeleteTicketAttachmentResponse400 | DeleteTicketAttachmentResponse401 | DeleteTicketAttachmentResponse403 | DeleteTicketAttachmentResponse404
    """

    return sync_detailed(
        ticket_id=ticket_id,
        attachment_id=attachment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteTicketAttachmentResponse200
    | DeleteTicketAttachmentResponse400
    | DeleteTicketAttachmentResponse401
    | DeleteTicketAttachmentResponse403
    | DeleteTicketAttachmentResponse404
]:
    """Delete an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTicketAttachmentResponse200 | DeleteTicketAttachmentResponse400 | DeleteTicketAttachmentResponse401 | DeleteTicketAttachmentResponse403 | DeleteTicketAttachmentResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        attachment_id=attachment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteTicketAttachmentResponse200
    | DeleteTicketAttachmentResponse400
    | DeleteTicketAttachmentResponse401
    | DeleteTicketAttachmentResponse403
    | DeleteTicketAttachmentResponse404
    | None
):
    """Delete an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTicketAttachmentResponse200 | DeleteTicketAttachmentResponse400 | DeleteTicketAttachmentResponse401 | DeleteTicketAttachmentResponse403 | DeleteTicketAttachmentResponse404
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            attachment_id=attachment_id,
            client=client,
        )
    ).parsed
