from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_ticket_response_200 import CreateTicketResponse200
from ...models.create_ticket_response_400 import CreateTicketResponse400
from ...models.create_ticket_response_401 import CreateTicketResponse401
from ...models.create_ticket_response_403 import CreateTicketResponse403
from ...models.create_ticket_response_404 import CreateTicketResponse404
from ...models.create_ticket_ticket_create_request import (
    CreateTicketTicketCreateRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTicketTicketCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTicketResponse200
    | CreateTicketResponse400
    | CreateTicketResponse401
    | CreateTicketResponse403
    | CreateTicketResponse404
    | None
):
    if response.status_code == 200:
        response_200 = CreateTicketResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateTicketResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateTicketResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateTicketResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateTicketResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateTicketResponse200
    | CreateTicketResponse400
    | CreateTicketResponse401
    | CreateTicketResponse403
    | CreateTicketResponse404
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
    body: CreateTicketTicketCreateRequest,
) -> Response[
    CreateTicketResponse200
    | CreateTicketResponse400
    | CreateTicketResponse401
    | CreateTicketResponse403
    | CreateTicketResponse404
]:
    """Open a support ticket

     An incident needs a severity; a service request must not have one.

    Args:
        body (CreateTicketTicketCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTicketResponse200 | CreateTicketResponse400 | CreateTicketResponse401 | CreateTicketResponse403 | CreateTicketResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTicketTicketCreateRequest,
) -> (
    CreateTicketResponse200
    | CreateTicketResponse400
    | CreateTicketResponse401
    | CreateTicketResponse403
    | CreateTicketResponse404
    | None
):
    """Open a support ticket

     An incident needs a severity; a service request must not have one.

    Args:
        body (CreateTicketTicketCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTicketResponse200 | CreateTicketResponse400 | CreateTicketResponse401 | CreateTicketResponse403 | CreateTicketResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTicketTicketCreateRequest,
) -> Response[
    CreateTicketResponse200
    | CreateTicketResponse400
    | CreateTicketResponse401
    | CreateTicketResponse403
    | CreateTicketResponse404
]:
    """Open a support ticket

     An incident needs a severity; a service request must not have one.

    Args:
        body (CreateTicketTicketCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTicketResponse200 | CreateTicketResponse400 | CreateTicketResponse401 | CreateTicketResponse403 | CreateTicketResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTicketTicketCreateRequest,
) -> (
    CreateTicketResponse200
    | CreateTicketResponse400
    | CreateTicketResponse401
    | CreateTicketResponse403
    | CreateTicketResponse404
    | None
):
    """Open a support ticket

     An incident needs a severity; a service request must not have one.

    Args:
        body (CreateTicketTicketCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTicketResponse200 | CreateTicketResponse400 | CreateTicketResponse401 | CreateTicketResponse403 | CreateTicketResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
