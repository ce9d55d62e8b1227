from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_upload_status import (
    AttachmentUploadStatus,
)
from ...models.list_ticket_attachments_response_200 import (
    ListTicketAttachmentsResponse200,
)
from ...models.list_ticket_attachments_response_400 import (
    ListTicketAttachmentsResponse400,
)
from ...models.list_ticket_attachments_response_401 import (
    ListTicketAttachmentsResponse401,
)
from ...models.list_ticket_attachments_response_403 import (
    ListTicketAttachmentsResponse403,
)
from ...models.list_ticket_attachments_response_404 import (
    ListTicketAttachmentsResponse404,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket_id: str,
    *,
    status: AttachmentUploadStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets/{ticket_id}/attachments".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListTicketAttachmentsResponse200
    | ListTicketAttachmentsResponse400
    | ListTicketAttachmentsResponse401
    | ListTicketAttachmentsResponse403
    | ListTicketAttachmentsResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ListTicketAttachmentsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListTicketAttachmentsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListTicketAttachmentsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListTicketAttachmentsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListTicketAttachmentsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListTicketAttachmentsResponse200
    | ListTicketAttachmentsResponse400
    | ListTicketAttachmentsResponse401
    | ListTicketAttachmentsResponse403
    | ListTicketAttachmentsResponse404
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
    status: AttachmentUploadStatus | Unset = UNSET,
) -> Response[
    ListTicketAttachmentsResponse200
    | ListTicketAttachmentsResponse400
    | ListTicketAttachmentsResponse401
    | ListTicketAttachmentsResponse403
    | ListTicketAttachmentsResponse404
]:
    """List a ticket's attachments

    Args:
        ticket_id (str):
        status (AttachmentUploadStatus | Unset): Where an attachment's upload is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTicketAttachmentsResponse200 | ListTicketAttachmentsResponse400 | ListTicketAttachmentsResponse401 | ListTicketAttachmentsResponse403 | ListTicketAttachmentsResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: AttachmentUploadStatus | Unset = UNSET,
) -> (
    ListTicketAttachmentsResponse200
    | ListTicketAttachmentsResponse400
    | ListTicketAttachmentsResponse401
    | ListTicketAttachmentsResponse403
    | ListTicketAttachmentsResponse404
    | None
):
    """List a ticket's attachments

    Args:
        ticket_id (str):
        status (AttachmentUploadStatus | Unset): Where an attachment's upload is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTicketAttachmentsResponse200 | ListTicketAttachmentsResponse400 | ListTicketAttachmentsResponse401 | ListTicketAttachmentsResponse403 | ListTicketAttachmentsResponse404
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: AttachmentUploadStatus | Unset = UNSET,
) -> Response[
    ListTicketAttachmentsResponse200
    | ListTicketAttachmentsResponse400
    | ListTicketAttachmentsResponse401
    | ListTicketAttachmentsResponse403
    | ListTicketAttachmentsResponse404
]:
    """List a ticket's attachments

    Args:
        ticket_id (str):
        status (AttachmentUploadStatus | Unset): Where an attachment's upload is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTicketAttachmentsResponse200 | ListTicketAttachmentsResponse400 | ListTicketAttachmentsResponse401 | ListTicketAttachmentsResponse403 | ListTicketAttachmentsResponse404]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: AttachmentUploadStatus | Unset = UNSET,
) -> (
    ListTicketAttachmentsResponse200
    | ListTicketAttachmentsResponse400
    | ListTicketAttachmentsResponse401
    | ListTicketAttachmentsResponse403
    | ListTicketAttachmentsResponse404
    | None
):
    """List a ticket's attachments

    Args:
        ticket_id (str):
        status (AttachmentUploadStatus | Unset): Where an attachment's upload is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTicketAttachmentsResponse200 | ListTicketAttachmentsResponse400 | ListTicketAttachmentsResponse401 | ListTicketAttachmentsResponse403 | ListTicketAttachmentsResponse404
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            status=status,
        )
    ).parsed
