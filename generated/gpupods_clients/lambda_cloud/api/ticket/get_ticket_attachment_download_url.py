from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_ticket_attachment_download_url_response_200 import (
    GetTicketAttachmentDownloadUrlResponse200,
)
from ...models.get_ticket_attachment_download_url_response_400 import (
    GetTicketAttachmentDownloadUrlResponse400,
)
from ...models.get_ticket_attachment_download_url_response_401 import (
    GetTicketAttachmentDownloadUrlResponse401,
)
from ...models.get_ticket_attachment_download_url_response_403 import (
    GetTicketAttachmentDownloadUrlResponse403,
)
from ...models.get_ticket_attachment_download_url_response_404 import (
    GetTicketAttachmentDownloadUrlResponse404,
)
from ...types import Response


def _get_kwargs(
    ticket_id: str,
    attachment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets/{ticket_id}/attachments/{attachment_id}/download".format(
            ticket_id=quote(str(ticket_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetTicketAttachmentDownloadUrlResponse200
    | GetTicketAttachmentDownloadUrlResponse400
    | GetTicketAttachmentDownloadUrlResponse401
    | GetTicketAttachmentDownloadUrlResponse403
    | GetTicketAttachmentDownloadUrlResponse404
    | None
):
    if response.status_code == 200:
        response_200 = GetTicketAttachmentDownloadUrlResponse200.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = GetTicketAttachmentDownloadUrlResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = GetTicketAttachmentDownloadUrlResponse401.from_dict(
            response.json()
        )

        return response_401

    if response.status_code == 403:
        response_403 = GetTicketAttachmentDownloadUrlResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 404:
        response_404 = GetTicketAttachmentDownloadUrlResponse404.from_dict(
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
    GetTicketAttachmentDownloadUrlResponse200
    | GetTicketAttachmentDownloadUrlResponse400
    | GetTicketAttachmentDownloadUrlResponse401
    | GetTicketAttachmentDownloadUrlResponse403
    | GetTicketAttachmentDownloadUrlResponse404
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
    GetTicketAttachmentDownloadUrlResponse200
    | GetTicketAttachmentDownloadUrlResponse400
    | GetTicketAttachmentDownloadUrlResponse401
    | GetTicketAttachmentDownloadUrlResponse403
    | GetTicketAttachmentDownloadUrlResponse404
]:
    """A short-lived link to download an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTicketAttachmentDownloadUrlResponse200 | GetTicketAttachmentDownloadUrlResponse400 | GetTicketAttachmentDownloadUrlResponse401 | GetTicketAttachmentDownloadUrlResponse403 | GetTicketAttachmentDownloadUrlResponse404]
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
    GetTicketAttachmentDownloadUrlResponse200
    | GetTicketAttachmentDownloadUrlResponse400
    | GetTicketAttachmentDownloadUrlResponse401
    | GetTicketAttachmentDownloadUrlResponse403
    | GetTicketAttachmentDownloadUrlResponse404
    | None
):
    """A short-lived link to download an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTicketAttachmentDownloadUrlResponse200 | GetTicketAttachmentDownloadUrlResponse400 | GetTicketAttachmentDownloadUrlResponse401 | GetTicketAttachmentDownloadUrlResponse403 | GetTicketAttachmentDownloadUrlResponse404
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
    GetTicketAttachmentDownloadUrlResponse200
    | GetTicketAttachmentDownloadUrlResponse400
    | GetTicketAttachmentDownloadUrlResponse401
    | GetTicketAttachmentDownloadUrlResponse403
    | GetTicketAttachmentDownloadUrlResponse404
]:
    """A short-lived link to download an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTicketAttachmentDownloadUrlResponse200 | GetTicketAttachmentDownloadUrlResponse400 | GetTicketAttachmentDownloadUrlResponse401 | GetTicketAttachmentDownloadUrlResponse403 | GetTicketAttachmentDownloadUrlResponse404]
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
    GetTicketAttachmentDownloadUrlResponse200
    | GetTicketAttachmentDownloadUrlResponse400
    | GetTicketAttachmentDownloadUrlResponse401
    | GetTicketAttachmentDownloadUrlResponse403
    | GetTicketAttachmentDownloadUrlResponse404
    | None
):
    """A short-lived link to download an attachment

    Args:
        ticket_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTicketAttachmentDownloadUrlResponse200 | GetTicketAttachmentDownloadUrlResponse400 | GetTicketAttachmentDownloadUrlResponse401 | GetTicketAttachmentDownloadUrlResponse403 | GetTicketAttachmentDownloadUrlResponse404
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            attachment_id=attachment_id,
            client=client,
        )
    ).parsed
