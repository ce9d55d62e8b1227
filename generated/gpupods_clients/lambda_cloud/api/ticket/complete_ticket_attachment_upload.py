from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_ticket_attachment_upload_response_200 import (
    CompleteTicketAttachmentUploadResponse200,
)
from ...models.complete_ticket_attachment_upload_response_400 import (
    CompleteTicketAttachmentUploadResponse400,
)
from ...models.complete_ticket_attachment_upload_response_401 import (
    CompleteTicketAttachmentUploadResponse401,
)
from ...models.complete_ticket_attachment_upload_response_403 import (
    CompleteTicketAttachmentUploadResponse403,
)
from ...models.complete_ticket_attachment_upload_response_404 import (
    CompleteTicketAttachmentUploadResponse404,
)
from ...types import Response


def _get_kwargs(
    ticket_id: str,
    attachment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/attachments/{attachment_id}/complete".format(
            ticket_id=quote(str(ticket_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompleteTicketAttachmentUploadResponse200
    | CompleteTicketAttachmentUploadResponse400
    | CompleteTicketAttachmentUploadResponse401
    | CompleteTicketAttachmentUploadResponse403
    | CompleteTicketAttachmentUploadResponse404
    | None
):
    if response.status_code == 200:
        response_200 = CompleteTicketAttachmentUploadResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = CompleteTicketAttachmentUploadResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = CompleteTicketAttachmentUploadResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = CompleteTicketAttachmentUploadResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 404:
        response_404 = CompleteTicketAttachmentUploadResponse404.from_dict(
            response.json()
        )

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompleteTicketAttachmentUploadResponse200
    | CompleteTicketAttachmentUploadResponse400
    | CompleteTicketAttachmentUploadResponse401
    | CompleteTicketAttachmentUploadResponse403
    | CompleteTicketAttachmentUploadResponse404
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
    CompleteTicketAttachmentUploadResponse200
    | CompleteTicketAttachmentUploadResponse400
    | CompleteTicketAttachmentUploadResponse401
    | CompleteTicketAttachmentUploadResponse403
    | CompleteTicketAttachmentUploadResponse404
]:
    """Mark an attachment's upload as finished

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteTicketAttachmentUploadResponse200 | CompleteTicketAttachmentUploadResponse400 | CompleteTicketAttachmentUploadResponse401 | CompleteTicketAttachmentUploadResponse403 | CompleteTicketAttachmentUploadResponse404]
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
    CompleteTicketAttachmentUploadResponse200
    | CompleteTicketAttachmentUploadResponse400
    | CompleteTicketAttachmentUploadResponse401
    | CompleteTicketAttachmentUploadResponse403
    | CompleteTicketAttachmentUploadResponse404
    | None
):
    """Mark an attachment's upload as finished

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteTicketAttachmentUploadResponse200 | CompleteTicketAttachmentUploadResponse400 | CompleteTicketAttachmentUploadResponse401 | CompleteTicketAttachmentUploadResponse403 | CompleteTicketAttachmentUploadResponse404
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
    CompleteTicketAttachmentUploadResponse200
    | CompleteTicketAttachmentUploadResponse400
    | CompleteTicketAttachmentUploadResponse401
    | CompleteTicketAttachmentUploadResponse403
    | CompleteTicketAttachmentUploadResponse404
]:
    """Mark an attachment's upload as finished

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteTicketAttachmentUploadResponse200 | CompleteTicketAttachmentUploadResponse400 | CompleteTicketAttachmentUploadResponse401 | CompleteTicketAttachmentUploadResponse403 | CompleteTicketAttachmentUploadResponse404]
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
    CompleteTicketAttachmentUploadResponse200
    | CompleteTicketAttachmentUploadResponse400
    | CompleteTicketAttachmentUploadResponse401
    | CompleteTicketAttachmentUploadResponse403
    | CompleteTicketAttachmentUploadResponse404
    | None
):
    """Mark an attachment's upload as finished

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteTicketAttachmentUploadResponse200 | CompleteTicketAttachmentUploadResponse400 | CompleteTicketAttachmentUploadResponse401 | CompleteTicketAttachmentUploadResponse403 | CompleteTicketAttachmentUploadResponse404
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            attachment_id=attachment_id,
            client=client,
        )
    ).parsed
