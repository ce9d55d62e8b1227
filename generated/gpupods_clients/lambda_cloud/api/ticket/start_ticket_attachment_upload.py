from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.start_ticket_attachment_upload_attachment_initiate_request import (
    StartTicketAttachmentUploadAttachmentInitiateRequest,
)
from ...models.start_ticket_attachment_upload_response_200 import (
    StartTicketAttachmentUploadResponse200,
)
from ...models.start_ticket_attachment_upload_response_400 import (
    StartTicketAttachmentUploadResponse400,
)
from ...models.start_ticket_attachment_upload_response_401 import (
    StartTicketAttachmentUploadResponse401,
)
from ...models.start_ticket_attachment_upload_response_403 import (
    StartTicketAttachmentUploadResponse403,
)
from ...models.start_ticket_attachment_upload_response_404 import (
    StartTicketAttachmentUploadResponse404,
)
from ...types import Response


def _get_kwargs(
    ticket_id: str,
    *,
    body: StartTicketAttachmentUploadAttachmentInitiateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{ticket_id}/attachments".format(
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
    StartTicketAttachmentUploadResponse200
    | StartTicketAttachmentUploadResponse400
    | StartTicketAttachmentUploadResponse401
    | StartTicketAttachmentUploadResponse403
    | StartTicketAttachmentUploadResponse404
    | None
):
    if response.status_code == 200:
        response_200 = StartTicketAttachmentUploadResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = StartTicketAttachmentUploadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StartTicketAttachmentUploadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = StartTicketAttachmentUploadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StartTicketAttachmentUploadResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StartTicketAttachmentUploadResponse200
    | StartTicketAttachmentUploadResponse400
    | StartTicketAttachmentUploadResponse401
    | StartTicketAttachmentUploadResponse403
    | StartTicketAttachmentUploadResponse404
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
    body: StartTicketAttachmentUploadAttachmentInitiateRequest,
) -> Response[
    StartTicketAttachmentUploadResponse200
    | StartTicketAttachmentUploadResponse400
    | StartTicketAttachmentUploadResponse401
    | StartTicketAttachmentUploadResponse403
    | StartTicketAttachmentUploadResponse404
]:
    """Start an attachment upload and get a presigned upload URL

     Upload the file to `upload_url` with `upload_method`, then mark the upload complete.

    Args:
        ticket_id (str):
        body (StartTicketAttachmentUploadAttachmentInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartTicketAttachmentUploadResponse200 | StartTicketAttachmentUploadResponse400 | StartTicketAttachmentUploadResponse401 | StartTicketAttachmentUploadResponse403 | StartTicketAttachmentUploadResponse404]
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
    body: StartTicketAttachmentUploadAttachmentInitiateRequest,
) -> (
    StartTicketAttachmentUploadResponse200
    | StartTicketAttachmentUploadResponse400
    | StartTicketAttachmentUploadResponse401
    | StartTicketAttachmentUploadResponse403
    | StartTicketAttachmentUploadResponse404
    | None
):
    """Start an attachment upload and get a presigned upload URL

     Upload the file to `upload_url` with `upload_method`, then mark the upload complete.

    Args:
        ticket_id (str):
        body (StartTicketAttachmentUploadAttachmentInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartTicketAttachmentUploadResponse200 | StartTicketAttachmentUploadResponse400 | StartTicketAttachmentUploadResponse401 | StartTicketAttachmentUploadResponse403 | StartTicketAttachmentUploadResponse404
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
    body: StartTicketAttachmentUploadAttachmentInitiateRequest,
) -> Response[
    StartTicketAttachmentUploadResponse200
    | StartTicketAttachmentUploadResponse400
    | StartTicketAttachmentUploadResponse401
    | StartTicketAttachmentUploadResponse403
    | StartTicketAttachmentUploadResponse404
]:
    """Start an attachment upload and get a presigned upload URL

     Upload the file to `upload_url` with `upload_method`, then mark the upload complete.

    Args:
        ticket_id (str):
        body (StartTicketAttachmentUploadAttachmentInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartTicketAttachmentUploadResponse200 | StartTicketAttachmentUploadResponse400 | StartTicketAttachmentUploadResponse401 | StartTicketAttachmentUploadResponse403 | StartTicketAttachmentUploadResponse404]
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
    body: StartTicketAttachmentUploadAttachmentInitiateRequest,
) -> (
    StartTicketAttachmentUploadResponse200
    | StartTicketAttachmentUploadResponse400
    | StartTicketAttachmentUploadResponse401
    | StartTicketAttachmentUploadResponse403
    | StartTicketAttachmentUploadResponse404
    | None
):
    """Start an attachment upload and get a presigned upload URL

     Upload the file to `upload_url` with `upload_method`, then mark the upload complete.

    Args:
        ticket_id (str):
        body (StartTicketAttachmentUploadAttachmentInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartTicketAttachmentUploadResponse200 | StartTicketAttachmentUploadResponse400 | StartTicketAttachmentUploadResponse401 | StartTicketAttachmentUploadResponse403 | StartTicketAttachmentUploadResponse404
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
        )
    ).parsed
